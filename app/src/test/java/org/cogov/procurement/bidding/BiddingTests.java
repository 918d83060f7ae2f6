package org.cogov.procurement.bidding;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.cogov.DatabaseTest;
import org.cogov.TestUsers;
import org.cogov.procurement.ProcedureDrafts;
import org.cogov.procurement.ProcedureId;
import org.cogov.procurement.ReadyDraft;
import org.cogov.procurement.custody.OpeningKeys;
import org.cogov.registry.Verdict;
import org.cogov.sealing.BidContent;
import org.cogov.sealing.BidEnvelope;
import org.cogov.sealing.Binding;
import org.cogov.sealing.EnvelopeRefused;
import org.cogov.sealing.OpeningKey;
import org.cogov.sealing.Share;
import org.cogov.shared.document.Ciphertexts;
import org.cogov.shared.document.StoredBytes;
import org.cogov.shared.RuleViolation;
import org.cogov.shared.RuleViolations;
import org.cogov.shared.time.SettableClock;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

/**
 * A provider submits, revises and withdraws sealed bids: the receipt's time is the clock's in the
 * locked transaction, the last version counts, an Idempotency-Key makes one bid of many tries, and
 * nobody else learns of any of it.
 */
@DatabaseTest
class BiddingTests {

    static final String PDF = "%PDF-1.4\n1 0 obj << >> endobj\ntrailer << >>\n%%EOF\n";

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
    @Autowired
    SealedBids sealedBids;
    @Autowired
    Ciphertexts ciphertexts;

    ProcedureId tenderWithDocumentsObtainedBy(String... providers) {
        return ReadyDraft.tenderingWithDocumentsObtainedBy(context, users, 2_500_000, providers);
    }

    static Bidding.Proposal proposal(String price, String text) {
        return new Bidding.Proposal(new BigDecimal(price), text, List.of());
    }

    Instant deadline(ProcedureId id) {
        return drafts.draft(users.user("purchaser"), id).procedure().timetable().deadline();
    }

    @Test
    void aBidIsSealedOnArrivalAndItsReceiptNamesItsHashAndItsAuditEntry() throws Exception {
        ProcedureId id = tenderWithDocumentsObtainedBy("provider");

        SealedBid receipt = bidding.submit(users.user("provider"), id, 1, proposal("1980000.00", "监测方案：按月发布行业运行报告。"), false,
                null);

        assertThat(receipt.version()).isEqualTo(1);
        assertThat(receipt.kind()).isEqualTo(SealedBid.Kind.BID);
        assertThat(receipt.sealedBy()).isEqualTo(SealedBid.SealedBy.PLATFORM);
        assertThat(receipt.receivedAt()).isEqualTo(clock.instant());
        assertThat(receipt.envelopeSha256()).hasSize(64);
        assertThat(jdbc.sql("SELECT action FROM audit_entry WHERE id = :id").param("id", receipt.auditEntry()).query(String.class)
                .single()).isEqualTo("procurement.bid.received");
        assertThat(jdbc.sql("SELECT actor_id FROM audit_entry WHERE id = :id").param("id", receipt.auditEntry())
                .query(UUID.class).optional()).as("the entry names no bidder").isEmpty();
        assertThat(bidding.receipt(users.user("provider"), receipt.id())).isEqualTo(receipt);
    }

    @Test
    void onTimeMeansBeforeTheDeadlineToTheMillisecond() throws Exception {
        ProcedureId id = tenderWithDocumentsObtainedBy("provider");
        Instant deadline = deadline(id);

        clock.set(deadline.minusMillis(1));
        SealedBid accepted = bidding.submit(users.user("provider"), id, 1, proposal("1500000", "一毫秒之前"), false, null);
        clock.set(deadline);

        assertThat(accepted.receivedAt()).isEqualTo(deadline.minusMillis(1));
        assertThatThrownBy(() -> bidding.submit(users.user("provider"), id, 1, proposal("1400000", "正好截止"), false, null))
                .isInstanceOfSatisfying(RuleViolation.class, v -> assertThat(v.messageKey()).isEqualTo("procurement.bid.too-late"));
        assertThat(bidding.mine(users.user("provider"), id).lots().get(0).arrivals()).hasSize(1);
    }

    @Test
    void theLastVersionCountsAndAWithdrawalLeavesNoBid() throws Exception {
        ProcedureId id = tenderWithDocumentsObtainedBy("provider");
        bidding.submit(users.user("provider"), id, 1, proposal("2000000", "第一版"), false, null);
        SealedBid second = bidding.submit(users.user("provider"), id, 1, proposal("1900000", "第二版"), false, null);

        Bidding.LotBids lot = bidding.mine(users.user("provider"), id).lots().get(0);
        assertThat(lot.standing()).isEqualTo(second);
        assertThat(lot.nextVersion()).isEqualTo(3);

        SealedBid withdrawal = bidding.withdraw(users.user("provider"), id, 1, null);

        assertThat(withdrawal.kind()).isEqualTo(SealedBid.Kind.WITHDRAWAL);
        assertThat(withdrawal.version()).isEqualTo(3);
        assertThat(withdrawal.envelopeSha256()).isNull();
        assertThat(bidding.mine(users.user("provider"), id).lots().get(0).standing()).isNull();
        assertThat(bidding.mine(users.user("provider"), id).lots().get(0).arrivals()).hasSize(3);
    }

    @Test
    void withoutABidThereIsNothingToWithdraw() throws Exception {
        ProcedureId id = tenderWithDocumentsObtainedBy("provider");

        assertThatThrownBy(() -> bidding.withdraw(users.user("provider"), id, 1, null)).isInstanceOfSatisfying(RuleViolation.class,
                v -> assertThat(v.messageKey()).isEqualTo("procurement.bid.nothing-to-withdraw"));
    }

    @Test
    void aProviderMustObtainTheDocumentsBeforeItBids() throws Exception {
        ProcedureId id = tenderWithDocumentsObtainedBy();
        long refusals = users.refusalsOf("provider");

        assertThatThrownBy(() -> bidding.submit(users.user("provider"), id, 1, proposal("1000000", "未获取文件"), false, null))
                .isInstanceOfSatisfying(RuleViolation.class,
                        v -> assertThat(v.messageKey()).isEqualTo("procurement.bid.documents-not-obtained"));
        assertThat(users.refusalsOf("provider")).isEqualTo(refusals + 1);
    }

    @Test
    void anAttachmentNotOnTheListIsRefusedBeforeAnythingIsSealed() throws Exception {
        ProcedureId id = tenderWithDocumentsObtainedBy("provider");
        long rows = jdbc.sql("SELECT COUNT(*) FROM sealed_bid").query(Long.class).single();
        MockMultipartFile script = new MockMultipartFile("attachments", "方案.exe", "application/pdf",
                new byte[] { 'M', 'Z', 0, 1, 2, 3, 4, 5, 6, 7 });

        mvc.perform(multipart("/api/v1/procedures/{id}/lots/1/bids", id.value()).file(script).param("price", "100000")
                .param("proposal", "附件类型不对").with(users.as("provider")).with(csrf())).andExpect(status().isUnprocessableContent());

        assertThat(jdbc.sql("SELECT COUNT(*) FROM sealed_bid").query(Long.class).single()).isEqualTo(rows);
    }

    @Test
    void fiftyParallelSubmissionsWithOneKeyMakeOneBidAndFiftyIdenticalAnswers() throws Exception {
        ProcedureId id = tenderWithDocumentsObtainedBy("provider");
        String key = UUID.randomUUID().toString();
        MockMultipartFile attachment = new MockMultipartFile("attachments", "方案.pdf", "application/pdf",
                PDF.getBytes(StandardCharsets.US_ASCII));
        Callable<MvcResult> submit = () -> mvc.perform(multipart("/api/v1/procedures/{id}/lots/1/bids", id.value())
                .file(attachment).param("price", "1234567.89").param("proposal", "并发提交").header("Idempotency-Key", key)
                .with(users.as("provider")).with(csrf())).andReturn();

        List<Future<MvcResult>> answers = new ArrayList<>();
        ExecutorService pool = Executors.newFixedThreadPool(50);
        try {
            for (int i = 0; i < 50; i++) {
                answers.add(pool.submit(submit));
            }
            List<String> bodies = new ArrayList<>();
            for (Future<MvcResult> answer : answers) {
                MvcResult result = answer.get();
                assertThat(result.getResponse().getStatus()).isEqualTo(201);
                bodies.add(result.getResponse().getContentAsString());
            }
            assertThat(bodies).hasSize(50).containsOnly(bodies.get(0));
        } finally {
            pool.shutdownNow();
        }
        assertThat(bidding.mine(users.user("provider"), id).lots().get(0).arrivals()).hasSize(1);

        mvc.perform(multipart("/api/v1/procedures/{id}/lots/1/bids", id.value()).file(attachment).param("price", "1234567.80")
                .param("proposal", "并发提交").header("Idempotency-Key", key).with(users.as("provider")).with(csrf()))
                .andExpect(status().isUnprocessableContent());
    }

    @Test
    void aBidSealedOnTheBiddersMachineArrivesAsItWasSealed() throws Exception {
        ProcedureId id = tenderWithDocumentsObtainedBy("provider");
        byte[] envelope = sealedOnTheBiddersMachine(id, 1, "provider", 1);

        MvcResult result = mvc.perform(post("/api/v1/procedures/{id}/lots/1/bids", id.value())
                .contentType(BidApi.SEALED_BID).content(envelope).with(users.as("provider")).with(csrf()))
                .andExpect(status().isCreated()).andReturn();

        assertThat(result.getResponse().getContentAsString()).contains(HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(envelope)),
                "\"sealedBy\":\"BIDDER\"");
    }

    @Test
    void aBidSealedForAnotherVersionIsRefusedOnArrival() throws Exception {
        ProcedureId id = tenderWithDocumentsObtainedBy("provider");
        byte[] envelope = sealedOnTheBiddersMachine(id, 1, "provider", 2);

        mvc.perform(post("/api/v1/procedures/{id}/lots/1/bids", id.value()).contentType(BidApi.SEALED_BID).content(envelope)
                .with(users.as("provider")).with(csrf())).andExpect(status().isUnprocessableContent());
    }

    @Test
    void aFileThatIsNoEnvelopeIsRefused() throws Exception {
        ProcedureId id = tenderWithDocumentsObtainedBy("provider");

        mvc.perform(post("/api/v1/procedures/{id}/lots/1/bids", id.value()).contentType(BidApi.SEALED_BID)
                .content(PDF.getBytes(StandardCharsets.US_ASCII)).with(users.as("provider")).with(csrf()))
                .andExpect(status().isUnprocessableContent());
    }

    @Test
    void nobodyButTheBidderReadsAReceipt() throws Exception {
        ProcedureId id = tenderWithDocumentsObtainedBy("provider");
        SealedBid receipt = bidding.submit(users.user("provider"), id, 1, proposal("1700000", "回执"), false, null);
        long refusals = users.refusalsOf("provider2");

        mvc.perform(get("/api/v1/bids/{id}", receipt.id().value()).with(users.as("provider2"))).andExpect(status().isNotFound());
        mvc.perform(get("/api/v1/bids/{id}", receipt.id().value()).with(users.as("purchaser"))).andExpect(status().isForbidden());
        mvc.perform(get("/api/v1/bids/{id}", receipt.id().value()).with(users.as("provider"))).andExpect(status().isOk());

        assertThat(users.refusalsOf("provider2")).isEqualTo(refusals + 1);
    }

    @Test
    void anExcludedProviderIsRefusedWithTheRegistrysReasons() throws Exception {
        ProcedureId id = tenderWithDocumentsObtainedBy();
        String bidder = providerOfVerdict(id, Verdict.EXCLUDED);
        obtainDocuments(id, bidder);

        assertThatThrownBy(() -> bidding.submit(users.user(bidder), id, 1, proposal("1200000", "被排除的供应商"), true, null))
                .isInstanceOfSatisfying(RuleViolations.class, v -> assertThat(v.violations().get(0).messageKey())
                        .isEqualTo("procurement.bid.excluded"));
        assertThat(bidding.mine(users.user(bidder), id).lots().get(0).arrivals()).isEmpty();
    }

    @Test
    void aProviderWithAWarningBidsOnceItConfirms() throws Exception {
        ProcedureId id = tenderWithDocumentsObtainedBy();
        String bidder = providerOfVerdict(id, Verdict.WARNING);
        obtainDocuments(id, bidder);

        assertThatThrownBy(() -> bidding.submit(users.user(bidder), id, 1, proposal("1300000", "有提示的供应商"), false, null))
                .isInstanceOfSatisfying(RuleViolations.class, v -> assertThat(v.violations()).extracting(RuleViolation::field)
                        .startsWith("confirm", "eligibility"));
        assertThat(bidding.submit(users.user(bidder), id, 1, proposal("1300000", "有提示的供应商"), true, null).version())
                .isEqualTo(1);
    }

    private String providerOfVerdict(ProcedureId id, Verdict verdict) {
        return Bidders.ofVerdict(context, drafts.draft(users.user("purchaser"), id).procedure().purchaser(), verdict);
    }

    private void obtainDocuments(ProcedureId id, String provider) throws Exception {
        UUID document = drafts.draft(users.user("purchaser"), id).documents().get(0).document().value();
        mvc.perform(get("/api/v1/documents/{id}/content", document).with(users.as(provider))).andExpect(status().isOk());
    }

    @Test
    void aPurchaserCannotBid() throws Exception {
        ProcedureId id = tenderWithDocumentsObtainedBy("provider");

        assertThatThrownBy(() -> bidding.submit(users.user("purchaser"), id, 1, proposal("1", "采购人"), false, null))
                .isInstanceOf(org.springframework.security.access.AccessDeniedException.class);
    }

    @Test
    void aProposalWithoutTextOrWithABadPriceIsRefusedWithEveryReason() throws Exception {
        ProcedureId id = tenderWithDocumentsObtainedBy("provider");

        assertThatThrownBy(() -> bidding.submit(users.user("provider"), id, 1, proposal("-3.999", " "), false, null))
                .isInstanceOfSatisfying(RuleViolations.class, v -> assertThat(v.violations()).extracting(RuleViolation::field)
                        .containsExactly("price", "proposal"));
    }

    @Test
    void aBidSealedOnArrivalOpensWithAnyThreeCustodiansSharesAndIsWhatWasSent() throws Exception {
        ProcedureId id = tenderWithDocumentsObtainedBy("provider");
        byte[] pdf = PDF.getBytes(StandardCharsets.US_ASCII);
        SealedBid receipt = bidding.submit(users.user("provider"), id, 1, new Bidding.Proposal(new BigDecimal("1666666.60"),
                "技术方案与商务条款", List.of(new Bidding.Attachment("方案.pdf", StoredBytes.of(pdf)))), false, null);

        byte[] envelope = keptEnvelope(receipt);
        List<Share> shares = new ArrayList<>();
        for (String custodian : List.of("auditor", "purchaser", "registrar")) {
            shares.add(openingKeys.openShare(users.user(custodian), id, (custodian + "-opening-key").toCharArray()));
        }
        byte[] privateKey = OpeningKey.combine(shares);
        ByteArrayOutputStream plaintext = new ByteArrayOutputStream();
        BidEnvelope.open(privateKey, new Binding(id.value(), 1, users.user("provider").organizationId(), 1),
                new ByteArrayInputStream(envelope), plaintext);
        BidContent.Bid bid = BidContent.read(new ByteArrayInputStream(plaintext.toByteArray()), 1 << 20);

        assertThat(HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(envelope)))
                .isEqualTo(receipt.envelopeSha256());
        assertThat(bid.price()).isEqualByComparingTo("1666666.60");
        assertThat(bid.proposal()).isEqualTo("技术方案与商务条款");
        assertThat(bid.attachments()).singleElement().satisfies(a -> assertThat(a.bytes()).isEqualTo(pdf));
        assertThatThrownBy(() -> BidEnvelope.open(OpeningKey.combine(shares.subList(0, 2)),
                new Binding(id.value(), 1, users.user("provider").organizationId(), 1), new ByteArrayInputStream(envelope),
                new ByteArrayOutputStream())).isInstanceOf(EnvelopeRefused.class);
    }

    /** The envelope as the bidder could check it: out of the blob store, through the at-rest layer. */
    private byte[] keptEnvelope(SealedBid receipt) throws Exception {
        String kept = jdbc.sql("SELECT kept_sha256 FROM sealed_bid WHERE id = :id").param("id", receipt.id().value())
                .query(String.class).single();
        try (InputStream in = sealedBids.key().fromRest(receipt.id().value(), ciphertexts.read(kept))) {
            return in.readAllBytes();
        }
    }

    private byte[] sealedOnTheBiddersMachine(ProcedureId id, int lot, String bidder, int version) throws Exception {
        byte[] publicKey = openingKeys.of(id).orElseThrow().publicKey();
        ByteArrayOutputStream envelope = new ByteArrayOutputStream();
        try (OutputStream plaintext = BidEnvelope.sealing(publicKey,
                new Binding(id.value(), lot, users.user(bidder).organizationId(), version), envelope);
                BidContent.Writer content = new BidContent.Writer(plaintext)) {
            content.price(new BigDecimal("1888000.00"), "CNY").proposal("本机加密的投标");
        }
        return envelope.toByteArray();
    }
}
