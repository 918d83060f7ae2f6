package org.cogov.performance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.List;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;

/** Satisfaction = satisfied / valid × weight, once the minimum sample of valid answers came (RULES.md "Performance evaluation"). */
class SatisfactionTests {

    @Test
    void oneHundredSeventySixSatisfiedOfTwoHundredValidAnswersScore8Point80OutOf10() {
        Satisfaction s = new Satisfaction(203, 200, 176, 30, 4, false, List.of());

        assertThat(s.enough()).isTrue();
        assertThat(s.points(BigDecimal.TEN)).contains(new BigDecimal("8.8000"));
        assertThat(s.percent()).contains(new BigDecimal("88.0"));
    }

    @Test
    void belowTheMinimumSampleThereIsNoScoreAndItSaysHowManyAreMissing() {
        Satisfaction s = new Satisfaction(40, 29, 29, 30, 4, true, List.of("很好"));

        assertThat(s.enough()).isFalse();
        assertThat(s.points(BigDecimal.TEN)).isEmpty();
        assertThat(s.missing()).isEqualTo(1);
        assertThat(s.percent()).contains(new BigDecimal("100.0"));
    }

    @Test
    void withoutAnyValidAnswerThereIsNoScoreWhateverTheMinimum() {
        Satisfaction s = new Satisfaction(3, 0, 0, 1, 4, true, List.of());

        assertThat(s.enough()).isFalse();
        assertThat(s.points(BigDecimal.TEN)).isEmpty();
        assertThat(s.percent()).isEmpty();
        assertThat(s.missing()).isEqualTo(1);
    }

    @Test
    void countsThatContradictEachOtherAreRefused() {
        assertThatThrownBy(() -> new Satisfaction(10, 11, 5, 30, 4, true, List.of())).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new Satisfaction(10, 10, 11, 30, 4, true, List.of())).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new Satisfaction(10, 10, 5, 0, 4, true, List.of())).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new Satisfaction(10, 10, 5, 30, 6, true, List.of())).isInstanceOf(IllegalArgumentException.class);
    }

    @Property
    void pointsNeverExceedTheWeightNorFallBelowZero(@ForAll @IntRange(min = 1, max = 10_000) int valid, @ForAll @IntRange(min = 0, max = 10_000) int satisfied,
            @ForAll @IntRange(min = 1, max = 100) int weight) {
        int s = Math.min(satisfied, valid);
        BigDecimal points = new Satisfaction(valid, valid, s, 1, 4, true, List.of()).points(BigDecimal.valueOf(weight)).orElseThrow();

        assertThat(points).isBetween(BigDecimal.ZERO, BigDecimal.valueOf(weight));
        assertThat(points.scale()).isEqualTo(Satisfaction.SCALE);
    }

    @Property
    void thereIsAScoreExactlyWhenTheValidAnswersReachTheMinimumSample(@ForAll @IntRange(min = 0, max = 500) int valid,
            @ForAll @IntRange(min = 1, max = 500) int minimum) {
        Satisfaction s = new Satisfaction(valid, valid, valid / 2, minimum, 4, true, List.of());

        assertThat(s.points(BigDecimal.TEN).isPresent()).isEqualTo(valid >= minimum);
        assertThat(s.enough()).isEqualTo(valid >= minimum);
        assertThat(s.missing()).isEqualTo(Math.max(0, minimum - valid));
    }

    @Property
    void answersThatCannotSayChangeNoScore(@ForAll @IntRange(min = 1, max = 1000) int valid, @ForAll @IntRange(min = 0, max = 1000) int cannotSay,
            @ForAll @IntRange(min = 0, max = 1000) int satisfied) {
        int s = Math.min(satisfied, valid);
        Satisfaction without = new Satisfaction(valid, valid, s, 1, 4, true, List.of());
        Satisfaction with = new Satisfaction(valid + cannotSay, valid, s, 1, 4, true, List.of());

        assertThat(with.points(BigDecimal.TEN)).isEqualTo(without.points(BigDecimal.TEN));
    }

    @Property
    void moreSatisfiedAnswersNeverLowerTheScore(@ForAll @IntRange(min = 1, max = 1000) int valid, @ForAll @IntRange(min = 0, max = 999) int satisfied) {
        int s = Math.min(satisfied, valid - 1);
        BigDecimal fewer = new Satisfaction(valid, valid, s, 1, 4, true, List.of()).points(BigDecimal.TEN).orElseThrow();
        BigDecimal more = new Satisfaction(valid, valid, s + 1, 1, 4, true, List.of()).points(BigDecimal.TEN).orElseThrow();

        assertThat(more).isGreaterThanOrEqualTo(fewer);
    }
}
