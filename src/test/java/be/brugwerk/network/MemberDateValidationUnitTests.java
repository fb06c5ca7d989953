package be.brugwerk.network;

import static org.assertj.core.api.Assertions.assertThat;

import be.brugwerk.network.MapDocument.MemberEntry;
import be.brugwerk.network.analysis.RelationCategory;
import be.brugwerk.network.analysis.RelationshipStatus;
import be.brugwerk.network.analysis.Ring;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** The date a relationship got its status is a date of someone's life: not before 1900, not in the future. */
class MemberDateValidationUnitTests {

    private final Validator validator =
            Validation.buildDefaultValidatorFactory().getValidator();

    @Test
    void refusesAStatusDateFarInTheFutureFarInThePastOrNextMillennium() {
        for (LocalDate wrong : List.of(
                LocalDate.parse("+99999-01-01"),
                LocalDate.parse("-0500-01-01"),
                LocalDate.of(1899, 12, 31),
                LocalDate.of(3000, 1, 1))) {
            List<ConstraintViolation<MemberEntry>> violations = List.copyOf(validator.validate(memberSince(wrong)));

            assertThat(violations).as(wrong.toString()).hasSize(1);
            assertThat(violations.get(0).getPropertyPath().toString()).isEqualTo("statusSince");
            assertThat(violations.get(0).getMessage()).isEqualTo("must be a date from 1900-01-01 until today");
        }
    }

    @Test
    void acceptsNoDateAndDatesOfAPersonsLife() {
        assertThat(validator.validate(memberSince(null))).isEmpty();
        assertThat(validator.validate(memberSince(LocalDate.of(1900, 1, 1)))).isEmpty();
        assertThat(validator.validate(memberSince(LocalDate.of(2019, 6, 30)))).isEmpty();
    }

    @Test
    void namesTheMemberAndFieldInAWholeMap() {
        MapDocument map = new MapDocument(0, List.of(memberSince(LocalDate.parse("+99999-01-01"))), List.of());

        assertThat(validator.validate(map))
                .extracting(violation -> violation.getPropertyPath().toString())
                .containsExactly("members[0].statusSince");
    }

    private static MemberEntry memberSince(LocalDate since) {
        return MapFixtures.member(
                UUID.randomUUID(),
                "Mira",
                RelationCategory.FRIEND,
                Ring.INNER,
                Map.of(),
                RelationshipStatus.ACTIVE,
                since);
    }
}
