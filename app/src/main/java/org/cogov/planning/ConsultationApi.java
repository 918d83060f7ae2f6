package org.cogov.planning;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.cogov.registry.Registry;
import org.cogov.shared.Actor;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * Needs consultation over the API: the department publishes and answers, providers comment. The
 * department, the finance bureau and the auditors read who commented; everyone else reads
 * {@code /api/v1/public/consultations}, where nobody is named.
 */
@RestController
@RequestMapping("/api/v1/consultations")
class ConsultationApi {

    record SummaryView(UUID id, UUID department, @Nullable UUID purchaseRequest, String catalogueCode, String title,
            LocalDate closesOn, Instant publishedAt, boolean open, int comments) {

        static SummaryView of(Consultations.Summary summary) {
            NeedsConsultation c = summary.consultation();
            return new SummaryView(c.id().value(), c.department().value(), c.request() == null ? null : c.request().value(),
                    c.catalogueCode(), c.title(), c.closesOn(), c.publishedAt(), summary.open(), summary.comments());
        }
    }

    record CommentView(UUID id, UUID organization, String organizationName, String body, Instant commentedAt,
            @Nullable String answer, @Nullable Instant answeredAt, int version) {
    }

    record ConsultationView(UUID id, UUID department, @Nullable UUID purchaseRequest, String catalogueCode, String title,
            String description, LocalDate closesOn, Instant publishedAt, Instant deadline, boolean open,
            List<CommentView> comments) {
    }

    record NewConsultation(@NotNull @Size(max = 200) String title, @NotNull @Size(max = 4000) String description,
            @NotNull @Size(max = 8) String catalogueCode, @Nullable UUID purchaseRequest, @NotNull LocalDate closesOn) {
    }

    record NewComment(@NotBlank @Size(max = 4000) String body) {
    }

    record Answer(@NotNull Integer version, @NotBlank @Size(max = 4000) String answer) {
    }

    record Created(UUID id) {
    }

    private final Consultations consultations;
    private final Registry registry;

    ConsultationApi(Consultations consultations, Registry registry) {
        this.consultations = consultations;
        this.registry = registry;
    }

    @GetMapping
    List<SummaryView> list(@AuthenticationPrincipal Actor me) {
        return consultations.consultations(me).stream().map(SummaryView::of).toList();
    }

    /** The consultation with who made each comment. */
    @GetMapping("/{id}")
    ConsultationView one(@AuthenticationPrincipal Actor me, @PathVariable UUID id, Locale locale) {
        Consultations.FullView view = consultations.consultation(me, new ConsultationId(id));
        NeedsConsultation c = view.consultation();
        return new ConsultationView(c.id().value(), c.department().value(), c.request() == null ? null : c.request().value(),
                c.catalogueCode(), c.title(), c.description(), c.closesOn(), c.publishedAt(), view.deadline(), view.open(),
                view.comments().stream().map(comment -> comment(comment, locale)).toList());
    }

    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    Created publish(@AuthenticationPrincipal Actor me, @Valid @RequestBody NewConsultation consultation) {
        return new Created(consultations.publish(me, new Consultations.NewConsultation(consultation.title(),
                consultation.description(), consultation.catalogueCode(),
                consultation.purchaseRequest() == null ? null : new PurchaseRequestId(consultation.purchaseRequest()),
                consultation.closesOn())).value());
    }

    /** A provider comments until the closing day ends. */
    @PostMapping("/{id}/comments")
    @ResponseStatus(HttpStatus.CREATED)
    Created comment(@AuthenticationPrincipal Actor me, @PathVariable UUID id, @Valid @RequestBody NewComment comment) {
        return new Created(consultations.comment(me, new ConsultationId(id), comment.body()).value());
    }

    /** The caller's organization's own comments on the consultation, with their answers. */
    @GetMapping("/{id}/comments/mine")
    List<CommentView> mine(@AuthenticationPrincipal Actor me, @PathVariable UUID id, Locale locale) {
        return consultations.ownComments(me, new ConsultationId(id)).stream().map(c -> comment(c, locale)).toList();
    }

    /** The department answers a comment, once; everyone reads the answer. */
    @PostMapping("/{id}/comments/{comment}/answer")
    CommentView answer(@AuthenticationPrincipal Actor me, @PathVariable UUID id, @PathVariable UUID comment,
            @Valid @RequestBody Answer answer, Locale locale) {
        consultations.answer(me, new ConsultationId(id), new CommentId(comment), answer.version(), answer.answer());
        return consultations.consultation(me, new ConsultationId(id)).comments().stream()
                .filter(c -> c.id().value().equals(comment)).map(c -> comment(c, locale)).findFirst().orElseThrow();
    }

    private CommentView comment(ConsultationComment c, Locale locale) {
        String name = registry.organization(c.organization()).map(o -> o.name(locale)).orElse("");
        return new CommentView(c.id().value(), c.organization().value(), name, c.body(), c.commentedAt(), c.answer(),
                c.answeredAt(), c.version());
    }
}
