package org.cogov.planning;

import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.cogov.registry.Organization;
import org.cogov.registry.OrganizationId;
import org.cogov.registry.Registry;
import org.cogov.shared.Actor;
import org.cogov.shared.Bilingual;
import org.cogov.shared.Money;
import org.cogov.shared.FileRejected;
import org.cogov.shared.RuleViolation;
import org.cogov.shared.Sha256;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Budget lines: a department proposes its own, the finance bureau approves or rejects them, or records
 * a line approved at once. A purchaser reads its own department's lines; the finance bureau and the
 * auditor read every department's.
 */
@Service
public class Budgets {

    /** A line as proposed or recorded: its year, code in the budget, name and amount. */
    public record NewLine(int fiscalYear, String code, String name, Money amount) {
    }

    /** The fiscal years a line may belong to, as the table keeps them. */
    public static final int FIRST_YEAR = 2000;
    public static final int LAST_YEAR = 2100;

    private final BudgetLines lines;
    private final Registry registry;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    Budgets(BudgetLines lines, Registry registry, ApplicationEventPublisher events, Clock clock) {
        this.lines = lines;
        this.registry = registry;
        this.events = events;
        this.clock = clock;
    }

    /** The caller's department proposes a line; the finance bureau decides it. */
    @Transactional
    public BudgetLineId propose(Actor actor, NewLine line) {
        actor.require("planning:budget:propose", "planning.budget.propose", "budget-line", line.code());
        return add(actor, new OrganizationId(actor.organizationId()), line, BudgetLine.Status.PROPOSED);
    }

    /** The finance bureau records a line of a department, approved at once. */
    @Transactional
    public BudgetLineId record(Actor actor, OrganizationId department, NewLine line) {
        actor.require("planning:budget:approve", "planning.budget.record", "budget-line", line.code());
        return add(actor, department, line, BudgetLine.Status.APPROVED);
    }

    /**
     * The finance bureau records a file of lines of any departments, approved at once: every line or
     * none (see {@link BudgetFile}), each line checked as {@link #record} checks it.
     *
     * @return how many lines were recorded
     * @throws FileRejected naming every wrong line and column
     */
    @Transactional
    public int importFile(Actor actor, String file) {
        actor.require("planning:budget:import", "planning.budget.import", "budget-file", null);
        List<BudgetFile.Entry> entries = BudgetFile.read(file, new BudgetFile.Rules() {
            @Override
            public Optional<OrganizationId> departmentOf(String creditCode) {
                return registry.organizationByCreditCode(creditCode).map(Organization::id);
            }

            @Override
            public void check(OrganizationId department, NewLine line) {
                Budgets.this.check(department, line);
            }
        });
        String digest = Sha256.hex(file);
        for (BudgetFile.Entry entry : entries) {
            insert(actor, entry.department(), entry.line(), BudgetLine.Status.APPROVED, Map.of("file", digest));
        }
        return entries.size();
    }

    private BudgetLineId add(Actor actor, OrganizationId department, NewLine line, BudgetLine.Status status) {
        check(department, line);
        return insert(actor, department, line, status, Map.of());
    }

    private BudgetLineId insert(Actor actor, OrganizationId department, NewLine line, BudgetLine.Status status,
            Map<String, String> extra) {
        BudgetLine added = new BudgetLine(new BudgetLineId(UUID.randomUUID()), department, line.fiscalYear(),
                line.code().strip(), line.name().strip(), line.amount(), Money.ZERO, Money.ZERO, status, null, 0);
        lines.add(added, actor.userId(), clock.instant());
        publish(actor, status == BudgetLine.Status.APPROVED ? "planning.budget.recorded" : "planning.budget.proposed", added,
                extra);
        return added.id();
    }

    /** The rules a new line must keep, named by field; shared with the import, which reports them per line. */
    void check(OrganizationId department, NewLine line) {
        Organization organization = registry.organization(department)
                .orElseThrow(() -> RuleViolation.refused("planning.budget.department-unknown", "department"));
        if (!organization.kind().mayPurchase()) {
            throw RuleViolation.refused("planning.budget.not-a-purchaser", "department",
                    new Bilingual(organization.nameZh(), organization.nameEn()));
        }
        if (line.fiscalYear() < FIRST_YEAR || line.fiscalYear() > LAST_YEAR) {
            // Years as text: a message would print 2027 as "2,027".
            throw RuleViolation.refused("planning.budget.year-out-of-range", "fiscalYear", Integer.toString(FIRST_YEAR),
                    Integer.toString(LAST_YEAR));
        }
        if (line.amount().amount().signum() <= 0) {
            throw RuleViolation.refused("planning.budget.amount-not-positive", "amount");
        }
        if (line.code().isBlank() || line.name().isBlank()) {
            throw RuleViolation.refused("planning.budget.code-and-name-needed", line.code().isBlank() ? "code" : "name");
        }
        if (lines.exists(department, line.fiscalYear(), line.code().strip())) {
            throw RuleViolation.refused("planning.budget.code-taken", "code", line.code().strip(),
                    Integer.toString(line.fiscalYear()));
        }
    }

    @Transactional
    public void approve(Actor actor, BudgetLineId id, int version) {
        decide(actor, id, version, BudgetLine.Status.APPROVED, null);
    }

    /** A rejection always says why: the department reads it to correct its proposal. */
    @Transactional
    public void reject(Actor actor, BudgetLineId id, int version, String reason) {
        if (reason.isBlank()) {
            throw RuleViolation.refused("planning.budget.reason-needed", "reason");
        }
        decide(actor, id, version, BudgetLine.Status.REJECTED, reason.strip());
    }

    private void decide(Actor actor, BudgetLineId id, int version, BudgetLine.Status decision, @Nullable String reason) {
        String action = decision == BudgetLine.Status.APPROVED ? "planning.budget.approved" : "planning.budget.rejected";
        actor.require("planning:budget:approve", action, "budget-line", id.value());
        BudgetLine line = lines.find(id).orElseThrow(() -> RuleViolation.notFound("planning.budget.unknown", id.value()));
        if (!lines.decide(id, version, decision, reason, actor.userId(), clock.instant())) {
            throw RuleViolation.conflict("planning.budget.decided-meanwhile", line.code());
        }
        publish(actor, action, line, reason == null ? Map.of() : Map.of("reason", reason));
    }

    /** The caller's department's lines, or every department's for those who supervise. */
    @Transactional(readOnly = true)
    public List<BudgetLine> lines(Actor actor, @Nullable Integer fiscalYear) {
        return lines(actor, fiscalYear, null);
    }

    /**
     * The lines of one department, or of every department when {@code department} is null, for those who
     * supervise; a department's official always reads its own department's, whatever it names.
     */
    @Transactional(readOnly = true)
    public List<BudgetLine> lines(Actor actor, @Nullable Integer fiscalYear, @Nullable OrganizationId department) {
        actor.require("planning:budget:read", "planning.budget.list", "budget-line", null);
        return lines.all(actor.can("planning:budget:read-all") ? department : new OrganizationId(actor.organizationId()),
                fiscalYear);
    }

    /** One line, if the caller may see it: its own department's, or any for those who supervise. */
    @Transactional(readOnly = true)
    public BudgetLine line(Actor actor, BudgetLineId id) {
        actor.require("planning:budget:read", "planning.budget.read", "budget-line", id.value());
        return lines.find(id).filter(line -> mayRead(actor, line.department()))
                .orElseThrow(() -> RuleViolation.notFound("planning.budget.unknown", id.value()));
    }

    /**
     * For contracting, which decides itself who may pay: money paid out of a line, taken from what the line holds
     * committed and, beyond that, from its uncommitted money.
     *
     * @return false when the line lacks the money: nothing is spent
     */
    @Transactional
    public boolean spend(BudgetLineId id, Money amount) {
        return lines.spend(id, amount);
    }

    /**
     * For contracting: more money held on an approved line (an add-on purchase), if it has that much uncommitted.
     *
     * @return false when the line is not approved or lacks the money: nothing is committed
     */
    @Transactional
    public boolean commit(BudgetLineId id, Money amount) {
        return lines.commit(id, amount);
    }

    /** For contracting: money a contract held and will not spend goes back to the line, as far as the line holds it. */
    @Transactional
    public void giveBack(BudgetLineId id, Money amount) {
        lines.giveBack(id, amount);
    }

    static boolean mayRead(Actor actor, OrganizationId department) {
        return actor.can("planning:budget:read-all") || department.value().equals(actor.organizationId());
    }

    private void publish(Actor actor, String action, BudgetLine line, Map<String, String> extra) {
        Map<String, String> payload = new LinkedHashMap<>();
        payload.put("department", line.department().value().toString());
        payload.put("fiscalYear", Integer.toString(line.fiscalYear()));
        payload.put("code", line.code());
        payload.put("amount", line.amount().amount().toPlainString());
        payload.putAll(extra);
        events.publishEvent(new PlanningChanged(actor.userId(), actor.organizationId(), action, "budget-line",
                line.id().value().toString(), payload));
    }
}
