package org.cogov.procurement.bidding;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.ByteArrayOutputStream;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.cogov.DatabaseTest;
import org.cogov.TestUsers;
import org.cogov.procurement.Method;
import org.cogov.procurement.Procedure;
import org.cogov.procurement.ProcedureDrafts;
import org.cogov.procurement.ProcedureId;
import org.cogov.procurement.ReadyDraft;
import org.cogov.procurement.custody.OpeningKeys;
import org.cogov.registry.OrganizationId;
import org.cogov.registry.Verdict;
import org.cogov.sealing.BidContent;
import org.cogov.sealing.BidEnvelope;
import org.cogov.sealing.Binding;
import org.cogov.shared.RuleViolation;
import org.cogov.shared.time.SettableClock;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The opening: custodians present their shares after the deadline; at k the key is rebuilt and each lot
 * is opened or fails by the method's minimum; the record lists every bid that counted, with the price it
 * was sealed with, and why any was not opened.
 */
@DatabaseTest
class OpeningTests {

    /** The procedures the scenarios open, made at one moment so that they share one deadline (the clock moves once). */
    private static final Map<String, ProcedureId> MADE = new HashMap<>();

    @Autowired
    Opening opening;
    @Autowired
    Bidding bidding;
    @Autowired
    ProcedureDrafts drafts;
    @Autowired
    OpeningKeys openingKeys;
    @Autowired
    TestUsers users;
    @Autowired
    MockMvc mvc;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    ApplicationContext context;
    @Autowired
    SettableClock clock;

    private synchronized ProcedureId made(String scenario) {
        if (MADE.isEmpty()) {
            String third = Bidders.ofVerdict(context, purchaser(), Verdict.ELIGIBLE, organization("provider"),
                    organization("provider2"));
            ProcedureId threeBids = tender("provider", "provider2", third);
            bid("provider", threeBids, "2100000.00");
            bid("provider", threeBids, "1980000.00");
            bid("provider2", threeBids, "2050000.00");
            bidSealedOnTheBiddersMachineWithAForbiddenFile(third, threeBids);
            MADE.put("three bids", threeBids);
            ProcedureId twoBids = tender("provider", "provider2");
            bid("provider", twoBids, "1500000.00");
            bid("provider2", twoBids, "1450000.00");
            MADE.put("two bids", twoBids);
            ProcedureId consultation = ReadyDraft.published(context, users, Method.COMPETITIVE_CONSULTATION,
                    Method.Justification.PURCHASE_OF_SERVICES, 1_500_000, "provider", "provider2");
            bid("provider", consultation, "1300000.00");
            bid("provider2", consultation, "1250000.00");
            MADE.put("consultation", consultation);
        }
        ProcedureId id = MADE.get(scenario);
        var deadline = procedure(id).timetable().deadline();
        if (clock.instant().isBefore(deadline)) {
            clock.set(deadline);
        }
        return id;
    }

    @Test
    void anOpeningBeforeTheDeadlineIsRefusedAndRecorded() throws Exception {
        ProcedureId id = tender("provider");
        long refusals = users.refusalsOf("auditor");

        mvc.perform(post("/api/v1/procedures/{id}/opening/shares", id.value()).with(users.as("auditor")).with(csrf())
                .contentType(MediaType.APPLICATION_JSON).content("{\"passphrase\":\"auditor-opening-key\"}"))
                .andExpect(status().isConflict());

        assertThat(users.refusalsOf("auditor")).isEqualTo(refusals + 1);
        assertThat(opening.record(id).presented()).isEmpty();
    }

    @Test
    void threeCustodiansOpenAndTheRecordListsEveryBidWithThePriceItWasSealedWith() throws Exception {
        ProcedureId id = made("three bids");

        OpeningRecord afterTwo = present(id, "auditor", "registrar");
        assertThat(afterTwo.state()).isEqualTo(OpeningRecord.RecordState.WAITING);
        assertThat(afterTwo.presented()).hasSize(2);
        OpeningRecord record = present(id, "purchaser");

        assertThat(record.state()).isEqualTo(OpeningRecord.RecordState.OPENED);
        assertThat(record.lots()).singleElement().satisfies(lot -> {
            assertThat(lot.outcome()).isEqualTo(OpeningRecord.LotOutcome.OPENED);
            assertThat(lot.standing()).isEqualTo(3);
            assertThat(lot.bids()).filteredOn(b -> b.outcome() == OpeningRecord.BidOutcome.OPENED)
                    .extracting(b -> b.price().toPlainString(), OpeningRecord.Bid::version)
                    .containsExactlyInAnyOrder(org.assertj.core.groups.Tuple.tuple("1980000.00", 2),
                            org.assertj.core.groups.Tuple.tuple("2050000.00", 1));
            assertThat(lot.bids()).filteredOn(b -> b.outcome() == OpeningRecord.BidOutcome.REVOKED).singleElement()
                    .satisfies(b -> assertThat(b.reason()).isEqualTo("procurement.opening.forbidden-type"));
        });
        assertThat(procedure(id).state()).isEqualTo(Procedure.State.OPENED);
        assertThat(jdbc.sql("SELECT COUNT(*) FROM opening_presentation WHERE procedure_id = :p AND sealed_share IS NOT NULL")
                .param("p", id.value()).query(Long.class).single()).as("the kept shares are wiped").isZero();
        mvc.perform(get("/api/v1/public/procedures/{id}/opening", id.value())).andExpect(status().isOk())
                .andExpect(jsonPath("$.lots[0].bids.length()").value(3));
    }

    @Test
    void aTwoBidPublicTenderLotIsNotOpenedAndFails() {
        ProcedureId id = made("two bids");

        OpeningRecord record = present(id, "auditor", "registrar", "purchaser");

        assertThat(record.lots()).singleElement().satisfies(lot -> {
            assertThat(lot.outcome()).isEqualTo(OpeningRecord.LotOutcome.FAILED);
            assertThat(lot.standing()).isEqualTo(2);
            assertThat(lot.needed()).isEqualTo(3);
            assertThat(lot.bids()).as("its bids stay sealed").isEmpty();
        });
        assertThat(procedure(id).state()).isEqualTo(Procedure.State.FAILED);
    }

    @Test
    void aTwoBidConsultationLotForPurchaseOfServicesIsOpened() {
        ProcedureId id = made("consultation");

        OpeningRecord record = present(id, "auditor", "registrar", "purchaser");

        assertThat(record.lots()).singleElement().satisfies(lot -> {
            assertThat(lot.outcome()).isEqualTo(OpeningRecord.LotOutcome.OPENED);
            assertThat(lot.needed()).isEqualTo(2);
            assertThat(lot.bids()).extracting(b -> b.price().toPlainString()).containsExactlyInAnyOrder("1300000.00", "1250000.00");
        });
        assertThat(procedure(id).state()).isEqualTo(Procedure.State.OPENED);
    }

    @Test
    void anOpenedProcedureTakesNoMoreShares() {
        ProcedureId id = made("consultation");
        present(id, "auditor", "registrar", "purchaser");

        assertThatThrownBy(() -> present(id, "finance")).isInstanceOfSatisfying(RuleViolation.class,
                v -> assertThat(v.messageKey()).isEqualTo("procurement.opening.not-closed"));
    }

    @Test
    void aBidderObjectsOnTheRecordAndThePurchaserAnswersOnIt() {
        ProcedureId id = made("consultation");
        present(id, "auditor", "registrar", "purchaser");

        OpeningRecord objected = opening.object(users.user("provider2"), id, 1, "我方报价应为 1,250,000 元，记录无误，但接收时间请核实。");
        UUID objection = objected.lots().get(0).objections().get(0).id();
        OpeningRecord answered = opening.answer(users.user("purchaser"), objection, "接收时间以平台回执为准，已核实无误。");

        assertThat(answered.lots().get(0).objections()).singleElement().satisfies(o -> {
            assertThat(o.bidder()).isEqualTo(organization("provider2"));
            assertThat(o.answer()).isEqualTo("接收时间以平台回执为准，已核实无误。");
        });
        assertThatThrownBy(() -> opening.answer(users.user("purchaser"), objection, "再次答复"))
                .isInstanceOfSatisfying(RuleViolation.class, v -> assertThat(v.messageKey()).isEqualTo("procurement.opening.objection-answered"));
    }

    @Test
    void custodiansPresentTheirSharesOnThePageAndAnyoneReadsTheRecord() throws Exception {
        ProcedureId id = made("two bids");
        for (String custodian : List.of("auditor", "registrar", "purchaser")) {
            if (opening.record(id).presented().stream().noneMatch(p -> p.custodian().equals(users.user(custodian).userId()))) {
                mvc.perform(post("/openings/{id}/shares", id.value()).with(users.as(custodian)).with(csrf())
                        .param("passphrase", custodian + "-opening-key")).andExpect(status().is3xxRedirection());
            }
        }

        String page = mvc.perform(get("/public/procedures/{id}/opening", id.value())).andExpect(status().isOk()).andReturn()
                .getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(page).contains("record-lot-1", "废标");
        mvc.perform(get("/openings/{id}", id.value()).with(users.as("provider"))).andExpect(status().isOk());
    }

    @Test
    void onlyABidderOnTheLotObjects() {
        ProcedureId id = made("consultation");
        present(id, "auditor", "registrar", "purchaser");
        String outsider = Bidders.ofVerdict(context, purchaser(), Verdict.ELIGIBLE, organization("provider"), organization("provider2"));

        assertThatThrownBy(() -> opening.object(users.user(outsider), id, 1, "我方未投标"))
                .isInstanceOfSatisfying(RuleViolation.class, v -> assertThat(v.messageKey()).isEqualTo("procurement.opening.not-a-bidder"));
    }

    @Test
    void aProviderCannotPresentAShare() {
        ProcedureId id = made("two bids");

        assertThatThrownBy(() -> opening.present(users.user("provider"), id, "provider-opening-key".toCharArray()))
                .isInstanceOf(org.springframework.security.access.AccessDeniedException.class);
    }

    private OpeningRecord present(ProcedureId id, String... custodians) {
        OpeningRecord record = null;
        for (String custodian : custodians) {
            if (opening.record(id).presented().stream().anyMatch(p -> p.custodian().equals(users.user(custodian).userId()))) {
                continue;
            }
            record = opening.present(users.user(custodian), id, (custodian + "-opening-key").toCharArray());
        }
        return record == null ? opening.record(id) : record;
    }

    private ProcedureId tender(String... providers) {
        return ReadyDraft.tenderingWithDocumentsObtainedBy(context, users, 2_500_000, providers);
    }

    private void bid(String provider, ProcedureId id, String price) {
        bidding.submit(users.user(provider), id, 1, new Bidding.Proposal(new BigDecimal(price), "投标方案：" + price, List.of()), true,
                null);
    }

    /** A bid its bidder sealed itself, carrying a program disguised as a PDF: only the opening can see it. */
    private void bidSealedOnTheBiddersMachineWithAForbiddenFile(String provider, ProcedureId id) {
        ByteArrayOutputStream envelope = new ByteArrayOutputStream();
        try (OutputStream plaintext = BidEnvelope.sealing(openingKeys.of(id).orElseThrow().publicKey(),
                new Binding(id.value(), 1, users.user(provider).organizationId(), 1), envelope);
                BidContent.Writer content = new BidContent.Writer(plaintext)) {
            content.price(new BigDecimal("1990000.00"), "CNY").proposal("本机加密")
                    .attachment("方案.pdf", new java.io.ByteArrayInputStream("MZ\u0090\u0000program".getBytes(StandardCharsets.ISO_8859_1)));
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        bidding.submitSealed(users.user(provider), id, 1, new java.io.ByteArrayInputStream(envelope.toByteArray()), true, null);
    }

    private Procedure procedure(ProcedureId id) {
        return drafts.draft(users.user("purchaser"), id).procedure();
    }

    private OrganizationId purchaser() {
        return new OrganizationId(users.user("purchaser").organizationId());
    }

    private UUID organization(String user) {
        return users.user(user).organizationId();
    }
}
