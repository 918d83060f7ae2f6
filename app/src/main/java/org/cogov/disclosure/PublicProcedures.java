package org.cogov.disclosure;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.cogov.procurement.Enquiries;
import org.cogov.procurement.Method;
import org.cogov.procurement.Notice;
import org.cogov.procurement.PlatformIncidents;
import org.cogov.procurement.Procedure;
import org.cogov.procurement.ProcedureEndings;
import org.cogov.procurement.ProcedureId;
import org.cogov.procurement.Publication;
import org.cogov.procurement.TenderDocument;
import org.cogov.registry.Organization;
import org.cogov.registry.OrganizationId;
import org.cogov.registry.Registry;
import org.cogov.shared.RuleViolation;
import org.cogov.shared.time.WorkingDays;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.ResponseBody;

/**
 * Published procedures for anyone, without signing in: the list, and each procedure with its notices
 * in the reader's language and the hash under which both texts were published. A draft is not shown:
 * it does not exist for the public until it is published.
 */
@Controller
class PublicProcedures {

    record PublishedSummary(UUID id, String reference, String title, Method method, Procedure.State state, UUID purchaser,
            String purchaserZh, String purchaserEn, @Nullable Instant publishedAt) {
    }

    record PublishedNotice(UUID id, String number, Notice.Kind kind, Instant publishedAt, String textZh, String textEn,
            String sha256) {
    }

    record PublishedDocument(TenderDocument.Kind kind, int version, String filename, String sha256, UUID document) {
    }

    /** An answered question as published: never its asker. */
    record PublishedAnswer(String question, String answer, Instant answeredAt) {
    }

    /**
     * With its documents, its answered questions, the published procedures it follows and that follow
     * it, and whether objections are taken now.
     */
    record PublishedDetail(PublishedSummary procedure, @Nullable Instant deadline, List<PublishedNotice> notices,
            List<PublishedDocument> documents, List<PublishedAnswer> answers, ProcedureEndings.@Nullable Link follows,
            List<ProcedureEndings.Link> followedBy, boolean objectionsOpen) {
    }

    private final Publication publication;
    private final Enquiries enquiries;
    private final Registry registry;
    private final WorkingDays workingDays;
    private final ProcedureEndings endings;
    private final PlatformIncidents incidents;

    PublicProcedures(Publication publication, Enquiries enquiries, Registry registry, WorkingDays workingDays,
            ProcedureEndings endings, PlatformIncidents incidents) {
        this.incidents = incidents;
        this.publication = publication;
        this.enquiries = enquiries;
        this.registry = registry;
        this.workingDays = workingDays;
        this.endings = endings;
    }

    @GetMapping("/public/procedures")
    String procedures(Model model) {
        model.addAttribute("procedures", summaries());
        model.addAttribute("zone", workingDays.zone());
        return "disclosure/procedures";
    }

    @GetMapping("/public/procedures/{id}")
    String procedure(@PathVariable UUID id, Model model) {
        model.addAttribute("published", one(id));
        model.addAttribute("answers", answers(id));
        model.addAttribute("lineage", endings.publicView(new ProcedureId(id)));
        model.addAttribute("extensions", incidents.extensionsOf(new ProcedureId(id)));
        model.addAttribute("zone", workingDays.zone());
        return "disclosure/procedure";
    }

    @GetMapping("/api/v1/public/procedures")
    @ResponseBody
    List<PublishedSummary> procedureData() {
        return summaries();
    }

    @GetMapping("/api/v1/public/procedures/{id}")
    @ResponseBody
    PublishedDetail procedureData(@PathVariable UUID id) {
        Publication.PublishedProcedure published = one(id);
        ProcedureEndings.PublicView lineage = endings.publicView(new ProcedureId(id));
        return new PublishedDetail(summary(published.procedure(), published.purchaser()),
                published.procedure().timetable().deadline(), published.notices().stream()
                        .map(n -> new PublishedNotice(n.id().value(), n.number(), n.kind(), n.publishedAt(), n.textZh(),
                                n.textEn(), n.sha256()))
                        .toList(),
                published.documents().stream().map(d -> new PublishedDocument(d.kind(), d.version(), d.filename(), d.sha256(),
                        d.document().value())).toList(),
                answers(id), lineage.follows(), lineage.followedBy(), lineage.objectionsOpen());
    }

    private List<PublishedAnswer> answers(UUID id) {
        return enquiries.answered(new ProcedureId(id)).stream()
                .map(e -> new PublishedAnswer(Objects.requireNonNull(e.publishedQuestion()), Objects.requireNonNull(e.answer()),
                        Objects.requireNonNull(e.answeredAt())))
                .toList();
    }

    private Publication.PublishedProcedure one(UUID id) {
        return publication.published(new ProcedureId(id))
                .orElseThrow(() -> RuleViolation.notFound("procurement.procedure.unknown", id));
    }

    private List<PublishedSummary> summaries() {
        Map<OrganizationId, Organization> organizations = registry.organizations().stream()
                .collect(Collectors.toMap(Organization::id, Function.identity()));
        return publication.published().stream().map(p -> summary(p, organizations.get(p.purchaser()))).toList();
    }

    private static PublishedSummary summary(Procedure p, Organization purchaser) {
        return new PublishedSummary(p.id().value(), p.reference(), p.title(), p.method(), p.state(), purchaser.id().value(),
                purchaser.nameZh(), purchaser.nameEn(), p.publishedAt());
    }
}
