package org.cogov.registry;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;

import org.cogov.shared.RuleViolation;
import org.junit.jupiter.api.Test;

class RatingTests {

    private static final LocalDate RATED = LocalDate.of(2022, 7, 1);

    @Test
    void aRatingIsValidFiveYearsToTheDayBeforeItsFifthAnniversary() {
        Rating rating = Rating.given(4, RATED, List.of());

        assertThat(rating.validUntil()).isEqualTo(LocalDate.of(2027, 6, 30));
        assertThat(rating.validOn(LocalDate.of(2027, 6, 30))).isTrue();
        assertThat(rating.validOn(LocalDate.of(2027, 7, 1))).isFalse();
        assertThat(rating.label()).isEqualTo("4A");
    }

    @Test
    void anOrganizationOnACreditListCannotBeRated() {
        List<CreditListEntry> listed = List.of(new CreditListEntry(CreditListEntry.CreditList.ABNORMAL_ACTIVITY,
                RATED.minusMonths(2), null));

        assertThatThrownBy(() -> Rating.given(3, RATED, listed)).isInstanceOf(RuleViolation.class)
                .hasMessage("registry.rating.on-credit-list");
    }

    @Test
    void anEntryRemovedBeforeTheRatingDoesNotStandInItsWay() {
        List<CreditListEntry> removed = List.of(new CreditListEntry(CreditListEntry.CreditList.ABNORMAL_ACTIVITY,
                RATED.minusYears(1), RATED.minusMonths(1)));

        assertThat(Rating.given(3, RATED, removed).grade()).isEqualTo(3);
    }

    @Test
    void aGradeOutsideOneToFiveIsRefused() {
        assertThatThrownBy(() -> Rating.given(6, RATED, List.of())).isInstanceOf(RuleViolation.class);
        assertThatThrownBy(() -> Rating.given(0, RATED, List.of())).isInstanceOf(RuleViolation.class);
    }
}
