package org.cogov.registry;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

import org.cogov.shared.Domain;

/**
 * Whether an organization may bid in a procedure of a purchasing department on a day, with every
 * reason found: the verdict is the worst of them, and eligible when there is none.
 */
@Domain
public record Eligibility(Verdict verdict, List<EligibilityReason> reasons) {

    public Eligibility {
        Objects.requireNonNull(verdict, "verdict");
        reasons = List.copyOf(reasons);
        Verdict worst = reasons.stream().map(EligibilityReason::verdict).reduce(Verdict.ELIGIBLE, Verdict::worst);
        if (worst != verdict) {
            throw new IllegalArgumentException("the verdict is the worst of the reasons: " + worst + ", not " + verdict);
        }
    }

    static Eligibility of(List<EligibilityReason> reasons) {
        return new Eligibility(
                reasons.stream().map(EligibilityReason::verdict).reduce(Verdict.ELIGIBLE, Verdict::worst), reasons);
    }

    /**
     * May {@code supplier} bid in a procedure of {@code purchaser} on {@code date}? Every rule is
     * applied, so that the answer lists every reason and not only the first.
     */
    public static Eligibility assess(SupplierFacts supplier, OrganizationId purchaser, LocalDate date,
            EligibilitySettings settings) {
        List<EligibilityReason> reasons = new ArrayList<>();
        if (!supplier.kind().maySupply()) {
            reasons.add(new EligibilityReason.KindMayNotSupply(supplier.kind()));
        }
        if (!supplier.verified()) {
            reasons.add(new EligibilityReason.RegistrationNotVerified());
        }
        for (CreditListEntry entry : supplier.creditListEntries()) {
            if (entry.listedOn(date)) {
                reasons.add(switch (entry.list()) {
                    case ABNORMAL_ACTIVITY -> new EligibilityReason.OnAbnormalActivityList(entry.listedOn(),
                            settings.abnormalActivity());
                    case SERIOUS_DISHONESTY -> new EligibilityReason.OnSeriousDishonestyList(entry.listedOn());
                });
            }
        }
        for (ProcurementBan ban : supplier.bans()) {
            if (ban.barsOn(date)) {
                reasons.add(new EligibilityReason.Barred(ban.from(), ban.lastDay()));
            }
        }
        reasons.addAll(Conflicts.between(supplier, purchaser, date, settings));
        return of(reasons);
    }

    public boolean isEligible() {
        return verdict == Verdict.ELIGIBLE;
    }

    public boolean isExcluded() {
        return verdict == Verdict.EXCLUDED;
    }

    /** A conflict with the purchaser lets the bid stand only with the purchaser's written justification. */
    public boolean requiresJustification() {
        return reasons.stream().anyMatch(EligibilityReason.Conflict.class::isInstance);
    }

    /** The organs whose staff may not sit on the panel, because of a conflict with them. */
    public Set<OrganizationId> organsExcludedFromThePanel() {
        Set<OrganizationId> organs = new LinkedHashSet<>();
        for (EligibilityReason reason : reasons) {
            if (reason instanceof EligibilityReason.Conflict conflict) {
                organs.add(conflict.organ());
            }
        }
        return Set.copyOf(organs);
    }
}
