package org.cogov.procurement;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Optional;

import org.cogov.registry.Organization;
import org.cogov.registry.OrganizationId;
import org.cogov.registry.Registry;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What challenges and complaints do to the procedure, for the challenges, which live in a package of their own: the
 * rule table they count their windows by, the finance bureau's suspension and its end (compare-and-sets on the
 * procedure's state and version, as every change of state), and the published decision on a complaint. The
 * challenges call it; nothing else does.
 */
@Service
public class ChallengeResults {

    private final ProcurementRules rules;
    private final StoredEndings endings;
    private final EndingNotices notices;
    private final Registry registry;
    private final Clock clock;

    ChallengeResults(ProcurementRules rules, StoredEndings endings, EndingNotices notices, Registry registry, Clock clock) {
        this.rules = rules;
        this.endings = endings;
        this.notices = notices;
        this.registry = registry;
        this.clock = clock;
    }

    /** The rule table in force. */
    @Transactional(readOnly = true)
    public Rulebook rulebook() {
        return rules.rulebook();
    }

    /** {@code from} → SUSPENDED, remembering {@code from}; false when the procedure changed since it was read. */
    @Transactional
    public boolean suspend(ProcedureId id, int version, Procedure.State from) {
        return endings.suspend(id, version, from);
    }

    /** SUSPENDED → the state it was suspended from; false when the procedure changed since it was read. */
    @Transactional
    public boolean resume(ProcedureId id, int version) {
        return endings.resume(id, version);
    }

    /** The state a suspended procedure resumes to. */
    @Transactional(readOnly = true)
    public Optional<Procedure.State> suspendedFrom(ProcedureId id) {
        return endings.suspendedFrom(id);
    }

    /**
     * Publishes the finance bureau's decision on a complaint, in both languages, numbered after the procedure's notices.
     *
     * @param remedy none when the complaint is dismissed
     */
    @Transactional
    public Notice publishComplaintDecision(Procedure procedure, LocalDate lodgedOn, OrganizationId complainant, @Nullable Integer lot,
            @Nullable String lotTitle, @Nullable Remedy remedy, String reason) {
        Organization organization = registry.organization(complainant).orElseThrow();
        return notices.publish(procedure, new EndingNoticeFacts.ComplaintDecided(lodgedOn,
                new NoticeFacts.Names(organization.nameZh(), organization.nameEn()), lot, lotTitle, remedy, reason), clock.instant());
    }
}
