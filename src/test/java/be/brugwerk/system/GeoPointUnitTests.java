package be.brugwerk.system;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class GeoPointUnitTests {

    private static final GeoPoint BRUSSELS_GRAND_PLACE = new GeoPoint(50.8467, 4.3525);
    private static final GeoPoint ANTWERP_CENTRAL = new GeoPoint(51.2172, 4.4211);

    @Test
    void measuresAStraightLineInKilometres() {
        // 41.5 km as the crow flies, by the haversine formula on the mean radius (computed independently)
        assertThat(BRUSSELS_GRAND_PLACE.kilometresTo(ANTWERP_CENTRAL)).isCloseTo(41.48, within(0.01));
        assertThat(ANTWERP_CENTRAL.kilometresTo(BRUSSELS_GRAND_PLACE))
                .isEqualTo(BRUSSELS_GRAND_PLACE.kilometresTo(ANTWERP_CENTRAL));
        assertThat(BRUSSELS_GRAND_PLACE.kilometresTo(BRUSSELS_GRAND_PLACE)).isZero();
    }

    @Test
    void oneKilometreNorthIsAbout0Point009Degrees() {
        GeoPoint north = new GeoPoint(50.8467 + 1 / 111.195, 4.3525);
        assertThat(BRUSSELS_GRAND_PLACE.kilometresTo(north)).isCloseTo(1.0, within(0.001));
    }

    @Test
    void takesAPointInBelgiumAndRefusesOneOutsideNamingTheField() {
        assertThat(GeoPoint.inBelgium("place", 50.8467, 4.3525)).isEqualTo(BRUSSELS_GRAND_PLACE);
        assertThatThrownBy(() -> GeoPoint.inBelgium("place", 48.8566, 2.3522)) // Paris
                .isInstanceOfSatisfying(Refusal.class, refusal -> {
                    assertThat(refusal.field()).isEqualTo("place");
                    assertThat(refusal.messageKey()).isEqualTo("geo.outsideBelgium");
                });
        // latitude and longitude swapped
        assertThatThrownBy(() -> GeoPoint.inBelgium("place", 4.3525, 50.8467)).isInstanceOf(Refusal.class);
        assertThatThrownBy(() -> GeoPoint.inBelgium("place", Double.NaN, 4.3525))
                .isInstanceOfSatisfying(
                        Refusal.class,
                        refusal -> assertThat(refusal.messageKey()).isEqualTo("geo.unreadable"));
    }
}
