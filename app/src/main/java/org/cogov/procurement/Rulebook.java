package org.cogov.procurement;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

import org.cogov.shared.Domain;
import org.jspecify.annotations.Nullable;

/**
 * The rule table as it applies in one region: for a rule, a method and a day, the row in force. The
 * most specific row wins — a method's row over the general one, the region's over every region's —
 * and among those the latest in force on that day.
 */
@Domain
public final class Rulebook {

    private final List<ProcurementRule> rules;
    private final String region;

    public Rulebook(List<ProcurementRule> rules, String region) {
        this.rules = List.copyOf(rules);
        this.region = region;
    }

    public String region() {
        return region;
    }

    public Optional<ProcurementRule> rule(ProcurementRule.Name name, @Nullable Method method, LocalDate day) {
        return rules.stream()
                .filter(r -> r.rule() == name)
                .filter(r -> r.method() == null || r.method() == method)
                .filter(r -> r.region() == null || r.region().equals(region))
                .filter(r -> !r.effectiveFrom().isAfter(day))
                .max(Comparator.<ProcurementRule>comparingInt(r -> r.method() == null ? 0 : 1)
                        .thenComparingInt(r -> r.region() == null ? 0 : 1)
                        .thenComparing(ProcurementRule::effectiveFrom));
    }

    /** A rule every procedure needs (a threshold, a weight band): its absence is a gap in the table, not a choice. */
    public ProcurementRule required(ProcurementRule.Name name, @Nullable Method method, LocalDate day) {
        return rule(name, method, day).orElseThrow(() -> new IllegalStateException(
                "the rule table has no " + name + " for " + method + " in " + region + " on " + day));
    }

    public BigDecimal value(ProcurementRule.Name name, LocalDate day) {
        return required(name, null, day).value();
    }

    public List<ProcurementRule> all() {
        return rules;
    }
}
