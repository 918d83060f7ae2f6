package org.cogov;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Supplier;

import org.cogov.procurement.ProcedureId;
import org.cogov.procurement.ReadyDraft;
import org.cogov.procurement.bidding.Bidding;
import org.cogov.procurement.custody.OpeningKeys;
import org.cogov.sealing.BidContent;
import org.cogov.sealing.BidEnvelope;
import org.cogov.sealing.Binding;
import org.springframework.test.web.servlet.request.AbstractMockHttpServletRequestBuilder;

/**
 * Sealed bids for the access matrix: a tendering procedure whose documents the demo providers
 * obtained, and a bid of each, made once. Only a provider bids, and a receipt is its bidder's alone.
 */
final class BidMatrix {

    static final String SEALED_BID = "application/vnd.cogov.sealed-bid";
    private static final List<String> PROVIDERS = List.of("provider", "provider2");
    private static final Map<String, Object> MADE = new HashMap<>();

    private BidMatrix() {
    }

    @SuppressWarnings("unchecked")
    private static synchronized <T> T once(String what, Supplier<T> make) {
        return (T) MADE.computeIfAbsent(what, w -> make.get());
    }

    /** A tendering procedure whose documents both demo providers obtained. */
    private static ProcedureId tendering(AccessMatrixTests t) {
        return once("tendering", () -> ReadyDraft.tenderingWithDocumentsObtainedBy(t.context, t.users, 2_500_000,
                PROVIDERS.toArray(String[]::new)));
    }

    /** The bid of a demo provider on the procedure, made once: its receipt. */
    private static UUID receiptOf(AccessMatrixTests t, String provider) {
        return once("receipt " + provider, () -> t.context.getBean(Bidding.class).submit(t.users.user(provider), tendering(t), 1,
                new Bidding.Proposal(new BigDecimal("1000000"), "矩阵投标", List.of()), false, null).id().value());
    }

    static AbstractMockHttpServletRequestBuilder<?> apiSubmit(AccessMatrixTests t, String actor, UUID target) {
        return multipart("/api/v1/procedures/" + tendering(t).value() + "/lots/1/bids").param("price", "990000")
                .param("proposal", "新版本").with(csrf());
    }

    static AbstractMockHttpServletRequestBuilder<?> pageSubmit(AccessMatrixTests t, String actor, UUID target) {
        return multipart("/tenders/" + tendering(t).value() + "/lots/1/bid").param("price", "980000").param("proposal", "新版本")
                .param("formKey", UUID.randomUUID().toString()).with(csrf());
    }

    static AbstractMockHttpServletRequestBuilder<?> apiSubmitSealed(AccessMatrixTests t, String actor, UUID target) {
        ProcedureId id = tendering(t);
        UUID bidder = t.users.user(actor).organizationId();
        int version = PROVIDERS.contains(actor)
                ? t.context.getBean(Bidding.class).mine(t.users.user(actor), id).lots().get(0).nextVersion() : 1;
        ByteArrayOutputStream envelope = new ByteArrayOutputStream();
        try (OutputStream plaintext = BidEnvelope.sealing(t.context.getBean(OpeningKeys.class).of(id).orElseThrow().publicKey(),
                new Binding(id.value(), 1, bidder, version), envelope);
                BidContent.Writer content = new BidContent.Writer(plaintext)) {
            content.price(new BigDecimal("970000"), "CNY").proposal("本机加密");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return post("/api/v1/procedures/" + id.value() + "/lots/1/bids").contentType(SEALED_BID).content(envelope.toByteArray())
                .with(csrf());
    }

    /** A withdrawal needs a bid to withdraw: the provider's own is made first. */
    static AbstractMockHttpServletRequestBuilder<?> apiWithdraw(AccessMatrixTests t, String actor, UUID target) {
        receiptOf(t, "provider");
        return post("/api/v1/procedures/" + tendering(t).value() + "/lots/1/bids/withdrawal").with(csrf());
    }

    static AbstractMockHttpServletRequestBuilder<?> pageWithdraw(AccessMatrixTests t, String actor, UUID target) {
        receiptOf(t, "provider");
        t.context.getBean(Bidding.class).submit(t.users.user("provider"), tendering(t), 1,
                new Bidding.Proposal(new BigDecimal("960000"), "撤回前的版本", List.of()), false, null);
        return post("/tenders/" + tendering(t).value() + "/lots/1/withdrawal").param("formKey", UUID.randomUUID().toString())
                .with(csrf());
    }

    static AbstractMockHttpServletRequestBuilder<?> apiMine(AccessMatrixTests t, String actor, UUID target) {
        return get("/api/v1/procedures/" + tendering(t).value() + "/bids/mine");
    }

    static AbstractMockHttpServletRequestBuilder<?> pageMine(AccessMatrixTests t, String actor, UUID target) {
        return get("/tenders/" + tendering(t).value() + "/bid");
    }

    /** The actor's own receipt if it bids; for the others, the demo provider's. */
    static AbstractMockHttpServletRequestBuilder<?> apiOwnReceipt(AccessMatrixTests t, String actor, UUID target) {
        return get("/api/v1/bids/" + receiptOf(t, PROVIDERS.contains(actor) ? actor : "provider"));
    }

    static AbstractMockHttpServletRequestBuilder<?> pageOwnReceipt(AccessMatrixTests t, String actor, UUID target) {
        return get("/bids/" + receiptOf(t, PROVIDERS.contains(actor) ? actor : "provider"));
    }

    /** Another bidder's receipt: for a provider it does not exist. */
    static AbstractMockHttpServletRequestBuilder<?> apiForeignReceipt(AccessMatrixTests t, String actor, UUID target) {
        return get("/api/v1/bids/" + receiptOf(t, actor.equals("provider") ? "provider2" : "provider"));
    }

    static AbstractMockHttpServletRequestBuilder<?> pageForeignReceipt(AccessMatrixTests t, String actor, UUID target) {
        return get("/bids/" + receiptOf(t, actor.equals("provider") ? "provider2" : "provider"));
    }
}
