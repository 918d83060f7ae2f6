package org.cogov.contracting;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Objects;
import java.util.Optional;

import org.cogov.shared.Domain;
import org.cogov.shared.RuleViolation;
import org.jspecify.annotations.Nullable;

/**
 * The term of a contract: from its first day, so many whole months. A purchased service runs at most CONTRACT_TERM_MAX
 * months; a stable, continuous service whose budget is secured may run up to CONTRACT_TERM_MAX_STABLE months, and then
 * the justification is written into the contract (MoF Order No. 102 Art. 24; Caiku [2020] No. 46).
 *
 * @param stableService the purchaser declares the service stable and continuous
 * @param justification why, in the purchaser's words; needed only beyond the normal term
 */
@Domain
public record ServicePeriod(LocalDate start, int months, boolean stableService, @Nullable String justification) {

    public static final int JUSTIFICATION_MAX = 2000;

    public ServicePeriod {
        Objects.requireNonNull(start, "start");
    }

    /**
     * The term a purchase request asked for, in whole months: a request from 1 January to 31 December is twelve
     * months; a part of a month counts as one, so the contract never ends before the request's last day.
     */
    public static ServicePeriod covering(LocalDate start, LocalDate end, @Nullable String stableReason) {
        long months = ChronoUnit.MONTHS.between(start, end.plusDays(1));
        if (start.plusMonths(months).minusDays(1).isBefore(end)) {
            months++;
        }
        boolean stable = stableReason != null && !stableReason.isBlank();
        return new ServicePeriod(start, (int) Math.max(1, months), stable, stable ? stableReason.strip() : null);
    }

    /** The last day of the term: the day before the start's monthly anniversary. */
    public LocalDate end() {
        return start.plusMonths(months).minusDays(1);
    }

    public boolean covers(LocalDate day) {
        return !day.isBefore(start) && !day.isAfter(end());
    }

    /** What, if anything, the term rule refuses. */
    public Optional<RuleViolation> violation(ContractLimits limits) {
        if (months < 1) {
            return Optional.of(RuleViolation.refused("contracting.term.at-least-a-month", "termMonths"));
        }
        if (months > limits.stableTermMonths()) {
            return Optional.of(RuleViolation.refused("contracting.term.over-longest", "termMonths",
                    Integer.toString(limits.stableTermMonths())));
        }
        if (months > limits.termMonths()) {
            if (!stableService) {
                return Optional.of(RuleViolation.refused("contracting.term.needs-stable-service", "stableService",
                        Integer.toString(limits.termMonths()), Integer.toString(limits.stableTermMonths())));
            }
            if (justification == null || justification.isBlank()) {
                return Optional.of(RuleViolation.refused("contracting.term.needs-justification", "justification",
                        Integer.toString(limits.termMonths())));
            }
        }
        if (justification != null && justification.length() > JUSTIFICATION_MAX) {
            return Optional.of(RuleViolation.refused("contracting.text.too-long", "justification", Integer.toString(JUSTIFICATION_MAX)));
        }
        return Optional.empty();
    }
}
