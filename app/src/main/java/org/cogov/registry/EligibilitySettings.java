package org.cogov.registry;

import java.time.Period;
import java.util.Objects;

import org.cogov.shared.Domain;

/**
 * The eligibility rules that RULES.md leaves to the operator.
 *
 * @param abnormalActivity what an entry in the abnormal-activity list does to a bid: a warning by
 *        default, or exclusion; never eligible, the list is a credit record the purchaser must see
 * @param decouplingGrace how long after its decoupling a former host or supervising organ still
 *        conflicts; RULES.md names no figure, so the default mirrors the 3 years that a retired official
 *        still counts; zero ends the conflict on the day of decoupling
 * @param retiredOfficialWindow how long after retirement an official still counts among an
 *        association's staff (3 years)
 * @param avoidanceWindow how far back an expert's employment, office or control ties them to a bidder
 *        (3 years)
 */
@Domain
public record EligibilitySettings(Verdict abnormalActivity, Period decouplingGrace, Period retiredOfficialWindow,
        Period avoidanceWindow) {

    public EligibilitySettings {
        Objects.requireNonNull(abnormalActivity, "abnormalActivity");
        if (abnormalActivity == Verdict.ELIGIBLE) {
            throw new IllegalArgumentException("the abnormal-activity list warns or excludes");
        }
        requireNotNegative(decouplingGrace, "decouplingGrace");
        requireNotNegative(retiredOfficialWindow, "retiredOfficialWindow");
        requireNotNegative(avoidanceWindow, "avoidanceWindow");
    }

    public static EligibilitySettings defaults() {
        return new EligibilitySettings(Verdict.WARNING, Period.ofYears(3), Period.ofYears(3), Period.ofYears(3));
    }

    public EligibilitySettings withAbnormalActivity(Verdict verdict) {
        return new EligibilitySettings(verdict, decouplingGrace, retiredOfficialWindow, avoidanceWindow);
    }

    public EligibilitySettings withDecouplingGrace(Period grace) {
        return new EligibilitySettings(abnormalActivity, grace, retiredOfficialWindow, avoidanceWindow);
    }

    private static void requireNotNegative(Period period, String name) {
        Objects.requireNonNull(period, name);
        if (period.isNegative()) {
            throw new IllegalArgumentException(name + " cannot be negative: " + period);
        }
    }
}
