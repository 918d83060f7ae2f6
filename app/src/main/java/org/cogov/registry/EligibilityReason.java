package org.cogov.registry;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

import org.cogov.shared.Domain;

/**
 * One reason why an organization may not, or may only with a warning, bid in a procedure. Each names
 * its message key and the arguments of that message, in order.
 */
@Domain
public sealed interface EligibilityReason {

    Verdict verdict();

    String messageKey();

    List<Object> arguments();

    /** Only suppliers of the kinds that MoF Order 102 admits may bid. */
    @Domain
    record KindMayNotSupply(OrganizationKind kind) implements EligibilityReason {

        public KindMayNotSupply {
            Objects.requireNonNull(kind, "kind");
        }

        @Override
        public Verdict verdict() {
            return Verdict.EXCLUDED;
        }

        @Override
        public String messageKey() {
            return "eligibility.kind-may-not-supply";
        }

        @Override
        public List<Object> arguments() {
            return List.of(kind);
        }
    }

    /** The GPL Art. 22 conditions are checked on a verified registration, not on a self-declaration. */
    @Domain
    record RegistrationNotVerified() implements EligibilityReason {

        @Override
        public Verdict verdict() {
            return Verdict.EXCLUDED;
        }

        @Override
        public String messageKey() {
            return "eligibility.registration-not-verified";
        }

        @Override
        public List<Object> arguments() {
            return List.of();
        }
    }

    /** On the abnormal-activity list; the settings decide whether it warns or excludes. */
    @Domain
    record OnAbnormalActivityList(LocalDate listedOn, Verdict verdict) implements EligibilityReason {

        public OnAbnormalActivityList {
            Objects.requireNonNull(listedOn, "listedOn");
            Objects.requireNonNull(verdict, "verdict");
            if (verdict == Verdict.ELIGIBLE) {
                throw new IllegalArgumentException("the abnormal-activity list warns or excludes");
            }
        }

        @Override
        public String messageKey() {
            return verdict == Verdict.EXCLUDED ? "eligibility.abnormal-activity-list.excluded"
                    : "eligibility.abnormal-activity-list.warning";
        }

        @Override
        public List<Object> arguments() {
            return List.of(listedOn);
        }
    }

    @Domain
    record OnSeriousDishonestyList(LocalDate listedOn) implements EligibilityReason {

        public OnSeriousDishonestyList {
            Objects.requireNonNull(listedOn, "listedOn");
        }

        @Override
        public Verdict verdict() {
            return Verdict.EXCLUDED;
        }

        @Override
        public String messageKey() {
            return "eligibility.serious-dishonesty-list";
        }

        @Override
        public List<Object> arguments() {
            return List.of(listedOn);
        }
    }

    @Domain
    record Barred(LocalDate from, LocalDate lastDay) implements EligibilityReason {

        public Barred {
            Objects.requireNonNull(from, "from");
            Objects.requireNonNull(lastDay, "lastDay");
        }

        @Override
        public Verdict verdict() {
            return Verdict.EXCLUDED;
        }

        @Override
        public String messageKey() {
            return "eligibility.procurement-ban";
        }

        @Override
        public List<Object> arguments() {
            return List.of(from, lastDay);
        }
    }

    /**
     * The purchasing department hosts, supervises or staffs the association (RULES.md, decoupling):
     * the bid stands, but it is flagged, the department's staff leave the panel and the purchaser must
     * justify the purchase.
     */
    @Domain
    sealed interface Conflict extends EligibilityReason {

        /** The purchasing department that the conflict is with. */
        OrganizationId organ();

        @Override
        default Verdict verdict() {
            return Verdict.WARNING;
        }
    }

    @Domain
    record HostedByPurchaser(OrganizationId organ, HostTie.Role role) implements Conflict {

        public HostedByPurchaser {
            Objects.requireNonNull(organ, "organ");
            Objects.requireNonNull(role, "role");
        }

        @Override
        public String messageKey() {
            return "eligibility.conflict.hosted." + role.name();
        }

        @Override
        public List<Object> arguments() {
            return List.of(organ);
        }
    }

    @Domain
    record FormerlyHostedByPurchaser(OrganizationId organ, HostTie.Role role, LocalDate decoupledOn)
            implements Conflict {

        public FormerlyHostedByPurchaser {
            Objects.requireNonNull(organ, "organ");
            Objects.requireNonNull(role, "role");
            Objects.requireNonNull(decoupledOn, "decoupledOn");
        }

        @Override
        public String messageKey() {
            return "eligibility.conflict.formerly-hosted." + role.name();
        }

        @Override
        public List<Object> arguments() {
            return List.of(organ, decoupledOn);
        }
    }

    @Domain
    record StaffedByServingOfficial(OrganizationId organ, PersonId person, Post post) implements Conflict {

        public StaffedByServingOfficial {
            Objects.requireNonNull(organ, "organ");
            Objects.requireNonNull(person, "person");
            Objects.requireNonNull(post, "post");
        }

        @Override
        public String messageKey() {
            return "eligibility.conflict.serving-official";
        }

        @Override
        public List<Object> arguments() {
            return List.of(organ, person, post);
        }
    }

    @Domain
    record StaffedByRetiredOfficial(OrganizationId organ, PersonId person, Post post, LocalDate retiredOn)
            implements Conflict {

        public StaffedByRetiredOfficial {
            Objects.requireNonNull(organ, "organ");
            Objects.requireNonNull(person, "person");
            Objects.requireNonNull(post, "post");
            Objects.requireNonNull(retiredOn, "retiredOn");
        }

        @Override
        public String messageKey() {
            return "eligibility.conflict.retired-official";
        }

        @Override
        public List<Object> arguments() {
            return List.of(organ, person, post, retiredOn);
        }
    }
}
