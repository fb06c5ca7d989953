package be.brugwerk.support;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class AxeOnEveryPageUnitTests {

    @Test
    void namesAPageByItsMethodItsPathWithIdsAsPlaceholdersAndItsQueryNames() {
        assertThat(
                        AxeOnEveryPage.kind(
                                "GET",
                                "http://localhost:8080/trajectories/3f2b9c1e-0a4d-4e5f-9a8b-7c6d5e4f3a2b?refused=1d2c3b4a-aaaa-bbbb-cccc-0123456789ab&lang=fr#actions"))
                .isEqualTo("GET /trajectories/{id}?lang&refused");
        assertThat(AxeOnEveryPage.kind("POST", "http://localhost:8080/programmes/12/buddies"))
                .isEqualTo("POST /programmes/{id}/buddies");
    }

    @Test
    void tellsTwoPagesOfTheSameAddressApartByTheirQuery() {
        assertThat(AxeOnEveryPage.kind("GET", "http://localhost/audit"))
                .isNotEqualTo(AxeOnEveryPage.kind("GET", "http://localhost/audit?page=2"));
        assertThat(AxeOnEveryPage.kind("GET", "http://localhost/audit?page=2"))
                .isEqualTo(AxeOnEveryPage.kind("GET", "http://localhost/audit?page=3"));
    }
}
