package org.cogov.bench;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.IntFunction;

import org.cogov.catalogue.SubjectKind;
import org.cogov.identity.Role;
import org.cogov.identity.UserProvisioning;
import org.cogov.planning.BudgetLineId;
import org.cogov.planning.Budgets;
import org.cogov.planning.ContractTerm;
import org.cogov.planning.PurchaseRequestId;
import org.cogov.planning.PurchaseRequests;
import org.cogov.procurement.AwardCriteria;
import org.cogov.procurement.Lot;
import org.cogov.procurement.Method;
import org.cogov.procurement.ProcedureDrafts;
import org.cogov.procurement.ProcedureId;
import org.cogov.procurement.Publication;
import org.cogov.procurement.TenderDocument;
import org.cogov.procurement.Timetable;
import org.cogov.registry.CreditCode;
import org.cogov.registry.Organization;
import org.cogov.registry.OrganizationId;
import org.cogov.registry.OrganizationKind;
import org.cogov.registry.Profile;
import org.cogov.registry.Registry;
import org.cogov.shared.Actor;
import org.cogov.shared.Money;
import org.cogov.shared.Sha256;
import org.cogov.shared.document.DocumentId;
import org.cogov.shared.document.Documents;
import org.cogov.shared.time.LegalPeriod;
import org.cogov.shared.time.WorkingDays;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * What a surge needs before it starts, made through the platform's own services as the demo city makes
 * its people: provider organizations of a supplying kind, registered and so verified, each with a provider
 * user and an API token (kept, like the platform's own, as the SHA-256 of the secret); public tenders of
 * the demo purchaser with one lot, the demo custodians (3 of 4) and tender documents, published, whose
 * deadlines fall on one day in one minute; and each provider's download of the documents of every
 * procedure it bids into, which a provider must have before it bids.
 */
final class SurgeCity {

    /** A provider: its organization, its user, acting, and the secret of its API token. */
    record Provider(OrganizationId organization, Actor actor, String token) {
    }

    /** A published procedure and its deadline. */
    record Tender(ProcedureId id, Instant deadline) {
    }

    /** A provider's bidding into a procedure: one slot of versions on the procedure's lot. */
    record Pair(int provider, int procedure) {
    }

    static final String PASSWORD = "Surge-bench-2026";
    private static final long AMOUNT = 2_500_000;

    final List<Provider> providers;
    final List<Tender> tenders;
    final List<Pair> pairs;
    /** Per procedure, the indexes into {@link #pairs} of its bidders. */
    final List<List<Integer>> biddersOf;

    private SurgeCity(List<Provider> providers, List<Tender> tenders, List<Pair> pairs, List<List<Integer>> biddersOf) {
        this.providers = providers;
        this.tenders = tenders;
        this.pairs = pairs;
        this.biddersOf = biddersOf;
    }

    /**
     * Makes the city on today's platform clock; the deadlines are {@code deadlineTime} on the day the legal
     * period of a public tender published today ends, each procedure's offset by {@link SurgeSize#deadlineOffsetMillis}.
     */
    static SurgeCity make(ApplicationContext context, SurgeSize size, LocalTime deadlineTime, Progress progress) {
        ExecutorService workers = Executors.newFixedThreadPool(2);
        try {
            List<Provider> providers = all(workers, size.providers(), i -> provider(context, i));
            progress.step("providers", providers.size());
            WorkingDays days = context.getBean(WorkingDays.class);
            LocalDate today = context.getBean(Clock.class).instant().atZone(days.zone()).toLocalDate();
            Instant firstDeadline = days.lastDay(LegalPeriod.days(today, 20)).atTime(deadlineTime).atZone(days.zone()).toInstant();
            // One after the other: two drafts of one purchaser made at once race for the next reference number,
            // and the unique column refuses the loser (a conflict, by design).
            List<Tender> tenders = new ArrayList<>();
            for (int i = 0; i < size.procedures(); i++) {
                tenders.add(tender(context, today, firstDeadline.plusMillis(size.deadlineOffsetMillis(i)), i));
            }
            progress.step("procedures", tenders.size());
            List<Pair> pairs = new ArrayList<>();
            List<List<Integer>> biddersOf = new ArrayList<>();
            for (int j = 0; j < tenders.size(); j++) {
                biddersOf.add(new ArrayList<>());
            }
            for (int p = 0; p < providers.size(); p++) {
                for (int k = 0; k < size.perProvider(); k++) {
                    int procedure = (int) (((long) p * size.perProvider() + k) % tenders.size());
                    biddersOf.get(procedure).add(pairs.size());
                    pairs.add(new Pair(p, procedure));
                }
            }
            List<UUID> documents = tenders.stream().map(t -> document(context, t.id())).toList();
            all(workers, pairs.size(), i -> {
                Pair pair = pairs.get(i);
                obtain(context, providers.get(pair.provider()).actor(), documents.get(pair.procedure()));
                return pair;
            });
            progress.step("documents obtained", pairs.size());
            return new SurgeCity(providers, tenders, pairs, biddersOf);
        } finally {
            workers.shutdownNow();
        }
    }

    private static <T> List<T> all(ExecutorService workers, int count, IntFunction<T> make) {
        List<Future<T>> futures = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            int n = i;
            futures.add(workers.submit(() -> make.apply(n)));
        }
        List<T> made = new ArrayList<>();
        for (Future<T> future : futures) {
            try {
                made.add(future.get());
            } catch (Exception e) {
                throw new IllegalStateException("the surge's city could not be made", e);
            }
        }
        return made;
    }

    /** An industry association, verified as the registry's seeding registers it, with a provider and a token. */
    private static Provider provider(ApplicationContext context, int i) {
        String first17 = String.format(Locale.ROOT, "51330199MJ%07d", i + 1);
        Organization organization = context.getBean(Registry.class).register(new Organization(new OrganizationId(UUID.randomUUID()),
                first17 + CreditCode.checkCharacter(first17), "澜江市压测行业协会" + (i + 1), "Lanjiang Surge Association " + (i + 1),
                OrganizationKind.INDUSTRY_ASSOCIATION), new Profile("压测" + (i + 1), "澜江市民政局", LocalDate.of(2015, 3, 1),
                        "澜江市滨江区压测路 " + (i + 1) + " 号", "压测联系人", "0571-86000000", null));
        String username = String.format(Locale.ROOT, "surge-%04d", i + 1);
        UserProvisioning users = context.getBean(UserProvisioning.class);
        UUID user = users.provision(organization.id().value(), username, "压测秘书长 " + (i + 1), PASSWORD, Set.of(Role.PROVIDER),
                "zh-CN", null);
        return new Provider(organization.id(), users.actingAs(username), token(context, user, username));
    }

    /** A token as the account page makes one: a random secret shown once, its SHA-256 kept. */
    private static String token(ApplicationContext context, UUID user, String username) {
        byte[] bytes = new byte[32];
        new SecureRandom().nextBytes(bytes);
        String secret = "cgv_" + Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
        Instant now = context.getBean(Clock.class).instant();
        context.getBean(JdbcClient.class).sql("""
                INSERT INTO api_token (id, user_id, name, token_hash, hint, created_at)
                VALUES (:id, :user, :name, :hash, :hint, :now)""")
                .param("id", UUID.randomUUID()).param("user", user).param("name", "surge " + username)
                .param("hash", Sha256.hex(secret)).param("hint", secret.substring(0, 8) + "…")
                .param("now", now.atOffset(ZoneOffset.UTC)).update();
        return secret;
    }

    /**
     * A public tender of the demo purchaser, as the tests' ready draft makes one, published today with
     * its deadline at {@code deadline} and its opening window from the deadline to noon.
     */
    private static Tender tender(ApplicationContext context, LocalDate today, Instant deadline, int i) {
        UserProvisioning users = context.getBean(UserProvisioning.class);
        ProcedureDrafts drafts = context.getBean(ProcedureDrafts.class);
        WorkingDays days = context.getBean(WorkingDays.class);
        Actor purchaser = users.actingAs("purchaser");
        Actor finance = users.actingAs("finance");
        BudgetLineId line = context.getBean(Budgets.class).record(finance, new OrganizationId(purchaser.organizationId()),
                new Budgets.NewLine(today.getYear(), String.format(Locale.ROOT, "SURGE-%04d", i + 1), "压测经费 " + (i + 1),
                        Money.yuan(AMOUNT * 2)));
        PurchaseRequestId request = context.getBean(PurchaseRequests.class).submit(purchaser, new PurchaseRequests.NewRequest(line,
                "030102", "行业运行监测服务 " + (i + 1), null, Money.yuan(AMOUNT),
                new ContractTerm(today.plusMonths(2), today.plusMonths(11)), null, "本市商贸企业", SubjectKind.SERVICE, false, false,
                false, false)).id();
        ProcedureId id = drafts.create(purchaser, request, new ProcedureDrafts.Description("行业运行监测服务采购（压测 " + (i + 1) + "）",
                null, Method.PUBLIC_TENDER, null, null, null));
        drafts.divide(purchaser, id, version(drafts, purchaser, id), List.of(new Lot(1, "行业运行监测", null, Money.yuan(AMOUNT),
                new AwardCriteria.ComprehensiveScoring(BigDecimal.valueOf(20), false, List.of(new AwardCriteria.Factor("监测方案",
                        BigDecimal.valueOf(80), "指标体系完整、方法可行", AwardCriteria.Factor.Kind.GENERAL))))));
        LocalDate day = deadline.atZone(days.zone()).toLocalDate();
        drafts.schedule(purchaser, id, version(drafts, purchaser, id), new Timetable(today, days.plusWorkingDays(today, 5), deadline,
                deadline, day.atTime(LocalTime.of(12, 0)).atZone(days.zone()).toInstant(), null, null, null, null));
        drafts.nameCustodians(purchaser, id, version(drafts, purchaser, id), 3, List.of(purchaser.userId(), finance.userId(),
                users.actingAs("registrar").userId(), users.actingAs("auditor").userId()));
        drafts.attach(purchaser, id, TenderDocument.Kind.TENDER_DOCUMENTS, new ByteArrayInputStream(
                ("%PDF-1.4\n% surge tender " + (i + 1) + "\n1 0 obj << >> endobj\ntrailer << >>\n%%EOF\n")
                        .getBytes(StandardCharsets.US_ASCII)), "采购文件.pdf");
        if (drafts.draft(purchaser, id).intentionWarning()) {
            drafts.acknowledgeIntentionWarning(purchaser, id, version(drafts, purchaser, id));
        }
        context.getBean(Publication.class).publish(purchaser, id, version(drafts, purchaser, id));
        return new Tender(id, deadline);
    }

    private static UUID document(ApplicationContext context, ProcedureId id) {
        Actor purchaser = context.getBean(UserProvisioning.class).actingAs("purchaser");
        return context.getBean(ProcedureDrafts.class).draft(purchaser, id).documents().get(0).document().value();
    }

    /** The provider downloads the procedure's documents, which records that it obtained them. */
    private static void obtain(ApplicationContext context, Actor provider, UUID document) {
        try (InputStream content = context.getBean(Documents.class)
                .open(provider, new DocumentId(document)).stream()) {
            content.transferTo(OutputStream.nullOutputStream());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static int version(ProcedureDrafts drafts, Actor actor, ProcedureId id) {
        return drafts.draft(actor, id).procedure().version();
    }

    /** Prints how far the making has come, with the seconds each step took. */
    static final class Progress {

        private long last = System.nanoTime();

        void step(String what, int count) {
            long now = System.nanoTime();
            System.out.printf(Locale.ROOT, "  %-20s %,7d in %5.1f s%n", what, count, (now - last) / 1e9);
            last = now;
        }
    }
}
