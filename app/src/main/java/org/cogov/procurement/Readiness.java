package org.cogov.procurement;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.cogov.shared.Domain;
import org.cogov.shared.Money;
import org.cogov.shared.RuleViolation;

/**
 * What still stands between a draft and its publication, every item at once: lots, the method's
 * justification and approval, the dates each method needs and their periods, the custodians and their
 * keys, the documents, the acknowledged intention warning. Publication (the next step of a procedure's life)
 * refuses a draft while this list is not empty.
 */
@Domain
public final class Readiness {

    /** At least one custodian comes from outside the purchasing department, so that it alone cannot open. */
    public static final int DEFAULT_CUSTODIANS_NEEDED = 3;

    private Readiness() {
    }

    /**
     * @param requestEstimate what the request holds, the estimate until lots divide it
     * @param history what the request went through before this procedure
     * @param custodiansWithKeys the named custodians who have enrolled a custodian key, to which a share can be sealed
     */
    public record Draft(Procedure procedure, Money requestEstimate, List<Lot> lots, List<Custodian> custodians,
            List<TenderDocument> documents, boolean intentionWarning, History history, Set<UUID> custodiansWithKeys) {

        public Money estimate() {
            return lots.isEmpty() ? requestEstimate : lots.stream().map(Lot::budget).reduce(Money.ZERO, Money::plus);
        }
    }

    /**
     * What the procedure's request went through: the method of the failed procedure it follows, if any, and
     * whether an upheld objection ruled single source out. Following a failure with another method needs the
     * finance bureau's approval at any amount — unless it is public tender, the default that needs none.
     */
    public record History(@org.jspecify.annotations.Nullable Method failedMethod, boolean singleSourceRefused) {

        public boolean methodChanged(Method method) {
            return failedMethod != null && failedMethod != method && method != Method.PUBLIC_TENDER;
        }
    }

    public static List<RuleViolation> blockers(Draft draft, MethodRules methods, TimetableRules periods, LocalDate today) {
        Procedure procedure = draft.procedure();
        Method method = procedure.method();
        Timetable dates = procedure.timetable();
        List<RuleViolation> blockers = new ArrayList<>();
        if (draft.lots().isEmpty()) {
            blockers.add(RuleViolation.refused("procurement.blocker.lots-missing", "lots"));
        }
        blockers.addAll(methods.violations(method, procedure.justification(), draft.estimate(), today));
        if (method.needsJustification() && (procedure.justification() == null || blank(procedure.justificationText()))) {
            blockers.add(RuleViolation.refused("procurement.blocker.justification-missing", "justification"));
        }
        if (method == Method.SINGLE_SOURCE && procedure.singleSourceSupplier() == null) {
            blockers.add(RuleViolation.refused("procurement.blocker.single-source-supplier-missing", "singleSourceSupplier"));
        }
        if (!procedure.approval().covers(method, draft.estimate())) {
            if (methods.needsApproval(method, draft.estimate(), today)) {
                blockers.add(RuleViolation.refused("procurement.blocker.approval-missing", "method"));
            } else if (draft.history().methodChanged(method)) {
                blockers.add(RuleViolation.refused("procurement.blocker.approval-missing-after-failure", "method"));
            }
        }
        if (method == Method.SINGLE_SOURCE && draft.history().singleSourceRefused()) {
            blockers.add(RuleViolation.refused("procurement.blocker.single-source-refused", "method"));
        }
        if (dates.noticeOn() == null) {
            blockers.add(RuleViolation.refused("procurement.blocker.date-missing.notice-on", "noticeOn"));
        } else if (dates.noticeOn().isBefore(today)) {
            blockers.add(RuleViolation.refused("procurement.blocker.notice-in-past", "noticeOn", today.toString()));
        }
        if (method != Method.SINGLE_SOURCE) {
            if (dates.documentsUntil() == null) {
                blockers.add(RuleViolation.refused("procurement.blocker.date-missing.documents-until", "documentsUntil"));
            }
            if (dates.deadline() == null) {
                blockers.add(RuleViolation.refused("procurement.blocker.date-missing.deadline", "deadline"));
            }
        }
        if (method.sealsBids() && (dates.openingFrom() == null || dates.openingUntil() == null)) {
            blockers.add(RuleViolation.refused("procurement.blocker.date-missing.opening", "openingFrom"));
        }
        if (method == Method.INVITATIONAL_TENDER && (dates.prequalificationOn() == null || dates.prequalificationUntil() == null)) {
            blockers.add(RuleViolation.refused("procurement.blocker.date-missing.prequalification", "prequalificationUntil"));
        }
        if (methods.needsPublicity(method, procedure.justification(), draft.estimate(), today)
                && (dates.publicityFrom() == null || dates.publicityUntil() == null)) {
            blockers.add(RuleViolation.refused("procurement.blocker.date-missing.publicity", "publicityUntil"));
        }
        blockers.addAll(periods.violations(method, dates));
        if (method.sealsBids()) {
            blockers.addAll(custodianProblems(draft.custodians(), procedure));
            blockers.addAll(custodiansWithoutKeys(draft.custodians(), draft.custodiansWithKeys()));
        }
        if (draft.documents().stream().noneMatch(d -> d.kind() == TenderDocument.Kind.TENDER_DOCUMENTS)) {
            blockers.add(RuleViolation.refused("procurement.blocker.documents-missing", "documents"));
        }
        if (draft.intentionWarning() && procedure.intentionAcknowledgedAt() == null) {
            blockers.add(RuleViolation.refused("procurement.blocker.intention-unacknowledged", "intention"));
        }
        return blockers;
    }

    /** k of n: at least k named, and at least one of them outside the purchasing department. */
    static List<RuleViolation> custodianProblems(List<Custodian> custodians, Procedure procedure) {
        List<RuleViolation> problems = new ArrayList<>();
        if (custodians.size() < procedure.custodiansNeeded()) {
            problems.add(RuleViolation.refused("procurement.blocker.custodians-too-few", "custodians", procedure.custodiansNeeded(), custodians.size()));
        }
        if (!custodians.isEmpty() && custodians.stream().allMatch(c -> c.organization().equals(procedure.purchaser()))) {
            problems.add(RuleViolation.refused("procurement.blocker.custodians-all-inside", "custodians"));
        }
        return problems;
    }

    /**
     * Each custodian's share is sealed at publication to the custodian's own key: a custodian who has not
     * enrolled one holds up the publication until it does.
     */
    static List<RuleViolation> custodiansWithoutKeys(List<Custodian> custodians, Set<UUID> withKeys) {
        return custodians.stream().filter(c -> !withKeys.contains(c.userId()))
                .map(c -> RuleViolation.refused("procurement.blocker.custodian-without-key", "custodians", c.displayName()))
                .toList();
    }

    private static boolean blank(@org.jspecify.annotations.Nullable String text) {
        return text == null || text.isBlank();
    }
}
