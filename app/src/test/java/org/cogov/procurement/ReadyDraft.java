package org.cogov.procurement;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.UUID;
import java.util.function.Function;

import org.cogov.TestUsers;
import org.cogov.catalogue.SubjectKind;
import org.cogov.planning.BudgetLineId;
import org.cogov.planning.Budgets;
import org.cogov.planning.ContractTerm;
import org.cogov.planning.PurchaseRequestId;
import org.cogov.planning.PurchaseRequests;
import org.cogov.registry.OrganizationId;
import org.cogov.shared.Actor;
import org.cogov.shared.Money;
import org.cogov.shared.document.Documents;
import org.cogov.shared.time.LegalPeriod;
import org.cogov.shared.time.WorkingDays;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationContext;

/**
 * A draft of the demo purchaser with everything publication needs — lots, today's notice and the
 * periods that follow from it, custodians, documents, the intention warning acknowledged — so that a
 * test changes only what it is about.
 */
public final class ReadyDraft {

    private ReadyDraft() {
    }

    public static ProcedureId of(ApplicationContext context, TestUsers users, Method method,
            Method.@Nullable Justification justification, long amount) {
        return of(context, users::user, method, justification, amount);
    }

    /** @param users the demo city's user of a name, acting */
    public static ProcedureId of(ApplicationContext context, Function<String, Actor> users, Method method,
            Method.@Nullable Justification justification, long amount) {
        return of(context, users, method, justification, amount, "030102");
    }

    /** The same, buying another item of the catalogue. */
    public static ProcedureId of(ApplicationContext context, Function<String, Actor> users, Method method,
            Method.@Nullable Justification justification, long amount, String catalogueCode) {
        ProcedureDrafts drafts = context.getBean(ProcedureDrafts.class);
        WorkingDays days = context.getBean(WorkingDays.class);
        Actor purchaser = users.apply("purchaser");
        LocalDate today = context.getBean(Clock.class).instant().atZone(days.zone()).toLocalDate();
        BudgetLineId line = context.getBean(Budgets.class).record(users.apply("finance"),
                new OrganizationId(purchaser.organizationId()), new Budgets.NewLine(today.getYear(),
                        "N-" + UUID.randomUUID().toString().substring(0, 8), "公告测试经费", Money.yuan(amount * 2)));
        PurchaseRequestId request = context.getBean(PurchaseRequests.class).submit(purchaser, new PurchaseRequests.NewRequest(line,
                catalogueCode, "行业运行监测服务", null, Money.yuan(amount), new ContractTerm(today.plusMonths(2), today.plusMonths(11)),
                null, "本市商贸企业", SubjectKind.SERVICE, false, false, false, false)).id();
        ProcedureId id = drafts.create(purchaser, request, new ProcedureDrafts.Description("行业运行监测服务采购", null, method,
                justification, justification == null ? null : "政府购买服务项目", null));
        drafts.divide(purchaser, id, version(drafts, purchaser, id), List.of(new Lot(1, "行业运行监测", null, Money.yuan(amount),
                new AwardCriteria.ComprehensiveScoring(BigDecimal.valueOf(20), false, List.of(new AwardCriteria.Factor("监测方案",
                        BigDecimal.valueOf(80), "指标体系完整、方法可行", AwardCriteria.Factor.Kind.GENERAL))))));
        LocalDate deadline = days.lastDay(LegalPeriod.days(today, 20));
        drafts.schedule(purchaser, id, version(drafts, purchaser, id), new Timetable(today, days.plusWorkingDays(today, 5),
                deadline.atTime(LocalTime.of(9, 30)).atZone(days.zone()).toInstant(),
                deadline.atTime(LocalTime.of(9, 30)).atZone(days.zone()).toInstant(),
                deadline.atTime(LocalTime.of(12, 0)).atZone(days.zone()).toInstant(), null, null, null, null));
        drafts.nameCustodians(purchaser, id, version(drafts, purchaser, id), 3, List.of(purchaser.userId(),
                users.apply("finance").userId(), users.apply("registrar").userId(), users.apply("auditor").userId()));
        drafts.attach(purchaser, id, TenderDocument.Kind.TENDER_DOCUMENTS, new ByteArrayInputStream(
                "%PDF-1.4\n1 0 obj << >> endobj\ntrailer << >>\n%%EOF\n".getBytes(StandardCharsets.US_ASCII)), "采购文件.pdf");
        if (drafts.draft(purchaser, id).intentionWarning()) {
            drafts.acknowledgeIntentionWarning(purchaser, id, version(drafts, purchaser, id));
        }
        return id;
    }

    /**
     * A public tender of the demo purchaser, published, whose documents each named provider obtained
     * (as a provider must before it bids).
     */
    public static ProcedureId tenderingWithDocumentsObtainedBy(ApplicationContext context, TestUsers users, long amount,
            String... providers) {
        return published(context, users, Method.PUBLIC_TENDER, null, amount, providers);
    }

    /** A draft of the method published, whose documents each named provider obtained. */
    public static ProcedureId published(ApplicationContext context, TestUsers users, Method method,
            Method.@Nullable Justification justification, long amount, String... providers) {
        return publishedUnder(context, users, "030102", method, justification, amount, providers);
    }

    /** The same, buying another item of the catalogue. */
    public static ProcedureId publishedUnder(ApplicationContext context, TestUsers users, String catalogueCode, Method method,
            Method.@Nullable Justification justification, long amount, String... providers) {
        return publish(context, users, of(context, users::user, method, justification, amount, catalogueCode), providers);
    }

    /** Publishes a ready draft; each named provider then obtains its documents. */
    public static ProcedureId publish(ApplicationContext context, TestUsers users, ProcedureId id, String... providers) {
        ProcedureDrafts drafts = context.getBean(ProcedureDrafts.class);
        context.getBean(Publication.class).publish(users.user("purchaser"), id, version(drafts, users.user("purchaser"), id));
        Documents documents = context.getBean(Documents.class);
        for (String provider : providers) {
            for (TenderDocument document : drafts.draft(users.user("purchaser"), id).documents()) {
                try (InputStream content = documents.open(users.user(provider), document.document()).stream()) {
                    content.transferTo(OutputStream.nullOutputStream());
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }
        }
        return id;
    }

    public static int version(ProcedureDrafts drafts, Actor actor, ProcedureId id) {
        return drafts.draft(actor, id).procedure().version();
    }
}
