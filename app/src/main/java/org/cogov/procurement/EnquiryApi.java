package org.cogov.procurement;

import java.io.IOException;
import java.io.InputStream;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.cogov.shared.Actor;
import org.cogov.shared.Forbidden;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

/**
 * Enquiries, answers and amendments of a tendering procedure over the API, and, for the auditor after
 * the opening, who obtained its documents: the same services and refusals as the pages.
 */
@RestController
@RequestMapping("/api/v1")
class EnquiryApi {

    record Question(@NotBlank @Size(max = Enquiries.MAX_QUESTION) String question) {
    }

    record Asked(UUID id) {
    }

    /** An enquiry as its reader may see it: never its asker. */
    record EnquiryView(UUID id, String question, Instant askedAt, @Nullable String publishedQuestion, @Nullable String answer,
            @Nullable Instant answeredAt) {

        static EnquiryView of(Enquiry e) {
            return new EnquiryView(e.id().value(), e.question(), e.askedAt(), e.publishedQuestion(), e.answer(), e.answeredAt());
        }
    }

    record Answer(@NotNull Integer version, @NotBlank @Size(max = Enquiries.MAX_QUESTION) String publishedQuestion,
            @NotBlank @Size(max = Clarifications.MAX_TEXT) String answer, boolean affectsBids) {
    }

    record Amendment(@NotNull Integer version, @NotBlank @Size(max = Clarifications.MAX_TEXT) String text,
            @Nullable OffsetDateTime deadline, boolean affectsBids) {

        Clarifications.Amendment amendment() {
            return new Clarifications.Amendment(text, deadline == null ? null : deadline.toInstant(), affectsBids);
        }
    }

    record Clarified(UUID notice, String number, Notice.Kind kind, String sha256, Instant deadlineBefore, Instant deadline,
            boolean deadlineMoved) {

        static Clarified of(Clarifications.Outcome outcome) {
            Notice n = outcome.notice();
            return new Clarified(n.id().value(), n.number(), n.kind(), n.sha256(), outcome.deadlineBefore(), outcome.deadline(),
                    outcome.deadlineMoved());
        }
    }

    record ObtainedView(UUID organization, String organizationZh, String organizationEn, UUID user, UUID document, Instant at) {
    }

    private final Enquiries enquiries;
    private final Clarifications clarifications;

    EnquiryApi(Enquiries enquiries, Clarifications clarifications) {
        this.enquiries = enquiries;
        this.clarifications = clarifications;
    }

    /** A provider asks, privately. */
    @PostMapping("/procedures/{id}/enquiries")
    @ResponseStatus(HttpStatus.CREATED)
    Asked ask(@PathVariable UUID id, @Valid @RequestBody Question question) {
        return new Asked(enquiries.ask(actor(), new ProcedureId(id), question.question()).value());
    }

    /** The organizations that run the procedure read every question; a provider reads its own. */
    @GetMapping("/procedures/{id}/enquiries")
    List<EnquiryView> enquiries(@PathVariable UUID id) {
        Actor actor = actor();
        List<Enquiry> list = actor.can("procurement:enquiry:answer") ? enquiries.received(actor, new ProcedureId(id))
                : enquiries.asked(actor, new ProcedureId(id));
        return list.stream().map(EnquiryView::of).toList();
    }

    @GetMapping("/enquiries/{id}")
    EnquiryView enquiry(@PathVariable UUID id) {
        return EnquiryView.of(enquiries.received(actor(), new EnquiryId(id)));
    }

    @PostMapping("/enquiries/{id}/answer")
    @ResponseStatus(HttpStatus.CREATED)
    Clarified answer(@PathVariable UUID id, @Valid @RequestBody Answer answer) {
        return Clarified.of(clarifications.answer(actor(), new EnquiryId(id), answer.version(), answer.publishedQuestion(),
                answer.answer(), answer.affectsBids()));
    }

    @PostMapping(path = "/procedures/{id}/amendments", consumes = MediaType.APPLICATION_JSON_VALUE)
    @ResponseStatus(HttpStatus.CREATED)
    Clarified amend(@PathVariable UUID id, @Valid @RequestBody Amendment amendment) {
        return Clarified.of(clarifications.amend(actor(), new ProcedureId(id), amendment.version(), amendment.amendment(), null));
    }

    /** An amendment that brings a new version of one kind of the documents. */
    @PostMapping(path = "/procedures/{id}/amendments", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    @ResponseStatus(HttpStatus.CREATED)
    Clarified amendWithDocument(@PathVariable UUID id, @Valid @RequestPart("amendment") Amendment amendment,
            @RequestParam TenderDocument.Kind kind, @RequestPart("file") MultipartFile file) throws IOException {
        try (InputStream content = file.getInputStream()) {
            return Clarified.of(clarifications.amend(actor(), new ProcedureId(id), amendment.version(), amendment.amendment(),
                    new Clarifications.NewDocument(kind, content,
                            file.getOriginalFilename() == null ? "document" : file.getOriginalFilename())));
        }
    }

    @GetMapping("/procedures/{id}/downloads")
    List<ObtainedView> obtained(@PathVariable UUID id) {
        return enquiries.obtained(actor(), new ProcedureId(id)).stream().map(o -> new ObtainedView(o.organization().id().value(),
                o.organization().nameZh(), o.organization().nameEn(), o.userId(), o.documentId(), o.at())).toList();
    }

    private static Actor actor() {
        return Actor.current().orElseThrow(() -> new Forbidden("procurement.procedure.read", "procedure", null));
    }
}
