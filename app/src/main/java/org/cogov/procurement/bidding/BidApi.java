package org.cogov.procurement.bidding;

import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.net.URI;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import java.util.regex.Pattern;

import jakarta.servlet.http.HttpServletRequest;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.ArraySchema;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import org.cogov.procurement.ProcedureId;
import org.cogov.shared.Actor;
import org.cogov.shared.Forbidden;
import org.cogov.shared.RuleViolation;
import org.cogov.shared.document.StoredBytes;
import org.cogov.shared.web.multipart.MultipartLimits;
import org.cogov.shared.web.multipart.MultipartReader;
import org.cogov.shared.web.multipart.MultipartRefused;
import org.jspecify.annotations.Nullable;
import org.springframework.http.ResponseEntity;
import org.springframework.validation.BindException;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.multipart.MultipartHttpServletRequest;
import org.springframework.web.util.WebUtils;


/**
 * Bids over the API: a bid sealed on the bidder's machine (the envelope as the body, see
 * docs/sealed-bids.md), or the bid's parts as a form, sealed on arrival; withdrawal; the bidder's own
 * bids and receipts. Submissions and withdrawals take an {@code Idempotency-Key}.
 */
@RestController
@RequestMapping("/api/v1")
class BidApi {

    /** The media type of an envelope sealed on the bidder's machine. */
    static final String SEALED_BID = "application/vnd.cogov.sealed-bid";
    private static final Pattern KEY = Pattern.compile("[\\x21-\\x7E]{1,255}");

    /** A receipt: what arrived, when, and the entry of the audit log that proves it. */
    record Receipt(UUID id, UUID procedure, int lot, int version, SealedBid.Kind kind, SealedBid.SealedBy sealedBy,
            Instant receivedAt, @Nullable String envelopeSha256, long envelopeSize, UUID auditEntry) {

        static Receipt of(SealedBid b) {
            return new Receipt(b.id().value(), b.procedure().value(), b.lot(), b.version(), b.kind(), b.sealedBy(), b.receivedAt(),
                    b.envelopeSha256(), b.envelopeSize(), b.auditEntry());
        }
    }

    record LotView(int lot, String title, int nextVersion, @Nullable Receipt standing, List<Receipt> arrivals) {

        static LotView of(Bidding.LotBids l) {
            return new LotView(l.lot().number(), l.lot().title(), l.nextVersion(),
                    l.standing() == null ? null : Receipt.of(l.standing()), l.arrivals().stream().map(Receipt::of).toList());
        }
    }

    private final Bidding bidding;
    private final BiddingSettings settings;
    private final MultipartLimits limits;

    BidApi(Bidding bidding, BiddingSettings settings, MultipartLimits limits) {
        this.bidding = bidding;
        this.settings = settings;
        this.limits = limits;
    }

    @PostMapping(path = "/procedures/{id}/lots/{lot}/bids", consumes = SEALED_BID)
    ResponseEntity<Receipt> submitSealed(@PathVariable UUID id, @PathVariable int lot,
            @RequestParam(defaultValue = "false") boolean confirmWarnings,
            @RequestHeader(name = "Idempotency-Key", required = false) @Nullable String key, HttpServletRequest request)
            throws IOException {
        try (InputStream body = request.getInputStream()) {
            return created(bidding.submitSealed(actor(), new ProcedureId(id), lot, body, confirmWarnings, checked(key)));
        }
    }

    /**
     * A bid's form, sealed on arrival. Its body is read here as it streams in ({@link BidForm}), not by
     * the container before: the form's fields are therefore no request parameters, and only the query
     * string's are (a CSRF token goes in the {@code X-CSRF-TOKEN} header, or the request carries a bearer token).
     */
    @PostMapping(path = "/procedures/{id}/lots/{lot}/bids", consumes = "multipart/form-data")
    @Operation(requestBody = @io.swagger.v3.oas.annotations.parameters.RequestBody(required = true, content = @Content(
            mediaType = "multipart/form-data", schema = @Schema(implementation = BidFormFields.class))))
    ResponseEntity<Receipt> submit(@PathVariable UUID id, @PathVariable int lot,
            @RequestHeader(name = "Idempotency-Key", required = false) @Nullable String key, HttpServletRequest request)
            throws IOException, BindException {
        Actor actor = actor();
        // Who may not bid learns nothing from the body's limits: refused before a byte of it is read.
        actor.require("procurement:bid:submit", "procurement.bid.submit", "procedure", id);
        String checkedKey = checked(key);
        BidForm.Submission form = form(actor, request);
        return created(bidding.submit(actor, new ProcedureId(id), lot, form.proposal(), form.confirmWarnings(), checkedKey));
    }

    /** The form's fields as the API document shows them. */
    record BidFormFields(@Schema(requiredMode = Schema.RequiredMode.REQUIRED, example = "1234567.80") BigDecimal price,
            @Schema(requiredMode = Schema.RequiredMode.REQUIRED, maxLength = 20000) String proposal,
            @ArraySchema(schema = @Schema(type = "string", format = "binary"), maxItems = 10) @Nullable List<String> attachments,
            @Schema(defaultValue = "false") @Nullable Boolean confirmWarnings) {
    }

    private BidForm.Submission form(Actor actor, HttpServletRequest request) throws IOException, BindException {
        MultipartHttpServletRequest parsed = WebUtils.getNativeRequest(request, MultipartHttpServletRequest.class);
        if (parsed != null) {
            return BidForm.of(parsed);
        }
        if (request.getContentLengthLong() > limits.maxBodyBytes()) {
            throw new MultipartRefused(MultipartRefused.Reason.TOO_LARGE, "body");
        }
        try (InputStream body = request.getInputStream()) {
            return BidForm.read(new MultipartReader(body, MultipartReader.boundary(request.getContentType()), limits), settings,
                    request::getParameter);
        } catch (RuleViolation e) {
            bidding.refusedOnArrival(actor, e);
            throw e;
        } catch (MultipartRefused e) {
            throw e;
        } catch (IOException e) {
            // The connection broke, or timed out, while the bidder was sending: its side, not a server fault.
            throw new MultipartRefused(MultipartRefused.Reason.TRUNCATED, "body");
        }
    }

    @PostMapping("/procedures/{id}/lots/{lot}/bids/withdrawal")
    ResponseEntity<Receipt> withdraw(@PathVariable UUID id, @PathVariable int lot,
            @RequestHeader(name = "Idempotency-Key", required = false) @Nullable String key) {
        return created(bidding.withdraw(actor(), new ProcedureId(id), lot, checked(key)));
    }

    @GetMapping("/procedures/{id}/bids/mine")
    List<LotView> mine(@PathVariable UUID id) {
        return bidding.mine(actor(), new ProcedureId(id)).lots().stream().map(LotView::of).toList();
    }

    @GetMapping("/procedures/{id}/lots/{lot}/bids/mine")
    LotView mine(@PathVariable UUID id, @PathVariable int lot) {
        return bidding.mine(actor(), new ProcedureId(id)).lots().stream().filter(l -> l.lot().number() == lot).findFirst()
                .map(LotView::of).orElseThrow(() -> RuleViolation.notFound("procurement.bid.unknown-lot", lot));
    }

    @GetMapping("/bids/{receipt}")
    Receipt receipt(@PathVariable UUID receipt) {
        return Receipt.of(bidding.receipt(actor(), new SealedBidId(receipt)));
    }

    /** The form's parts as the service takes them, from parts the container parsed (the page's form): in memory, never spooled to disk. */
    static Bidding.Proposal proposal(BigDecimal price, String text, @Nullable List<MultipartFile> files) {
        List<Bidding.Attachment> attachments = files == null ? List.of()
                : files.stream().filter(f -> !f.isEmpty()).map(f -> new Bidding.Attachment(
                        f.getOriginalFilename() == null || f.getOriginalFilename().isBlank() ? "attachment" : f.getOriginalFilename(),
                        bytes(f))).toList();
        return new Bidding.Proposal(price, text, attachments);
    }

    static @Nullable String checked(@Nullable String key) {
        if (key != null && !KEY.matcher(key).matches()) {
            throw RuleViolation.refused("procurement.bid.idempotency-key", "Idempotency-Key");
        }
        return key;
    }

    private static StoredBytes bytes(MultipartFile file) {
        return new StoredBytes() {
            @Override
            public long size() {
                return file.getSize();
            }

            @Override
            public InputStream from(long offset) throws IOException {
                InputStream in = file.getInputStream();
                in.skipNBytes(offset);
                return in;
            }
        };
    }

    private static ResponseEntity<Receipt> created(SealedBid bid) {
        return ResponseEntity.created(URI.create("/api/v1/bids/" + bid.id().value())).body(Receipt.of(bid));
    }

    private static Actor actor() {
        return Actor.current().orElseThrow(() -> new Forbidden("procurement.bid.submit", "procedure", null));
    }
}
