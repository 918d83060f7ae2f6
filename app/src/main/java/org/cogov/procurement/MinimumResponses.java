package org.cogov.procurement;

import java.time.LocalDate;

import org.cogov.shared.Domain;
import org.jspecify.annotations.Nullable;

/**
 * How many bids standing at the deadline a lot needs before it is opened (RULES.md "Minimum responses"):
 * with fewer it is not opened, and fails. The rule's row comes with its legal basis, for the failure
 * notice to cite.
 */
@Domain
public final class MinimumResponses {

    private MinimumResponses() {
    }

    /** The row that counts for the method (and, for a consultation, whether it buys services) on the day. */
    public static ProcurementRule rule(Rulebook rules, Method method, Method.@Nullable Justification justification,
            LocalDate day) {
        if (method == Method.COMPETITIVE_CONSULTATION && justification == Method.Justification.PURCHASE_OF_SERVICES) {
            var services = rules.rule(ProcurementRule.Name.MIN_RESPONSES_PURCHASE_OF_SERVICES, method, day);
            if (services.isPresent()) {
                return services.get();
            }
        }
        return rules.required(ProcurementRule.Name.MIN_RESPONSES, method, day);
    }

    /** Whether a lot with this many standing bids is opened. */
    public static boolean enough(Rulebook rules, Method method, Method.@Nullable Justification justification, LocalDate day,
            int standingBids) {
        return standingBids >= rule(rules, method, justification, day).count();
    }
}
