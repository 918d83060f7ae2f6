package org.cogov.disclosure;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.cogov.catalogue.Catalogue;
import org.cogov.catalogue.CatalogueItem;
import org.cogov.planning.ConsultationId;
import org.cogov.planning.Consultations;
import org.cogov.planning.Intention;
import org.cogov.planning.IntentionId;
import org.cogov.planning.Intentions;
import org.cogov.planning.NeedsConsultation;
import org.cogov.registry.Organization;
import org.cogov.registry.OrganizationId;
import org.cogov.registry.Registry;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;

/**
 * Planning as anyone sees it without signing in: the procurement intentions the departments published
 * (withdrawn ones marked, with the reason), and the needs consultations with their comments and the
 * departments' answers — never who commented.
 */
@Controller
class PublicPlanning {

    record PublishedIntention(UUID id, UUID department, String departmentZh, String departmentEn, String title,
            String catalogueCode, String catalogueItem, BigDecimal estimatedAmount, String expectedMonth,
            @Nullable String description, Instant publishedAt, boolean withdrawn, @Nullable Instant withdrawnAt,
            @Nullable String withdrawReason) {
    }

    record PublishedConsultation(UUID id, UUID department, String departmentZh, String departmentEn, String title,
            String catalogueCode, String catalogueItem, LocalDate closesOn, Instant deadline, Instant publishedAt,
            boolean open, int comments) {
    }

    record PublishedComment(int number, String body, Instant commentedAt, @Nullable String answer,
            @Nullable Instant answeredAt) {
    }

    record ConsultationWithComments(UUID id, UUID department, String departmentZh, String departmentEn, String title,
            String description, String catalogueCode, String catalogueItem, LocalDate closesOn, Instant deadline,
            Instant publishedAt, boolean open, List<PublishedComment> comments) {
    }

    /** An intention or a consultation with its department and catalogue item, for the pages. */
    record Shown<T>(T published, @Nullable Organization department, @Nullable CatalogueItem item) {
    }

    private final Intentions intentions;
    private final Consultations consultations;
    private final Registry registry;
    private final Catalogue catalogue;

    PublicPlanning(Intentions intentions, Consultations consultations, Registry registry, Catalogue catalogue) {
        this.intentions = intentions;
        this.consultations = consultations;
        this.registry = registry;
        this.catalogue = catalogue;
    }

    @GetMapping("/public/intentions")
    String intentions(@RequestParam(required = false) @Nullable UUID department,
            @RequestParam(required = false) @Nullable Integer year, Model model) {
        Map<OrganizationId, Organization> organizations = organizations();
        Map<String, CatalogueItem> items = items();
        model.addAttribute("intentions", intentions.published(department == null ? null : new OrganizationId(department), year)
                .stream().map(i -> new Shown<>(i, organizations.get(i.department()), items.get(i.catalogueCode()))).toList());
        filters(model, department, year);
        return "disclosure/intentions";
    }

    /** The same list as open data. */
    @GetMapping("/api/v1/public/intentions")
    @ResponseBody
    List<PublishedIntention> intentionData(@RequestParam(required = false) @Nullable UUID department,
            @RequestParam(required = false) @Nullable Integer year, Locale locale) {
        Map<OrganizationId, Organization> organizations = organizations();
        Map<String, CatalogueItem> items = items();
        return intentions.published(department == null ? null : new OrganizationId(department), year).stream()
                .map(i -> intention(i, organizations, items, locale)).toList();
    }

    @GetMapping("/api/v1/public/intentions/{id}")
    @ResponseBody
    PublishedIntention intentionData(@PathVariable UUID id, Locale locale) {
        return intention(intentions.publishedIntention(new IntentionId(id)), organizations(), items(), locale);
    }

    @GetMapping("/public/consultations")
    String consultations(@RequestParam(required = false) @Nullable UUID department,
            @RequestParam(required = false) @Nullable Integer year, Model model) {
        Map<OrganizationId, Organization> organizations = organizations();
        Map<String, CatalogueItem> items = items();
        model.addAttribute("consultations", consultations.published(department == null ? null : new OrganizationId(department),
                year).stream().map(s -> new Shown<>(s, organizations.get(s.consultation().department()),
                        items.get(s.consultation().catalogueCode()))).toList());
        filters(model, department, year);
        return "disclosure/consultations";
    }

    @GetMapping("/public/consultations/{id}")
    String consultation(@PathVariable UUID id, Model model) {
        Consultations.PublicView view = consultations.publicView(new ConsultationId(id));
        model.addAttribute("view", view);
        model.addAttribute("department", registry.organization(view.consultation().department()).orElse(null));
        model.addAttribute("item", catalogue.item(view.consultation().catalogueCode()).orElse(null));
        return "disclosure/consultation";
    }

    @GetMapping("/api/v1/public/consultations")
    @ResponseBody
    List<PublishedConsultation> consultationData(@RequestParam(required = false) @Nullable UUID department,
            @RequestParam(required = false) @Nullable Integer year, Locale locale) {
        Map<OrganizationId, Organization> organizations = organizations();
        Map<String, CatalogueItem> items = items();
        return consultations.published(department == null ? null : new OrganizationId(department), year).stream()
                .map(s -> {
                    NeedsConsultation c = s.consultation();
                    Organization o = organizations.get(c.department());
                    return new PublishedConsultation(c.id().value(), c.department().value(), o.nameZh(), o.nameEn(),
                            c.title(), c.catalogueCode(), itemName(items.get(c.catalogueCode()), locale), c.closesOn(),
                            s.deadline(), c.publishedAt(), s.open(), s.comments());
                }).toList();
    }

    @GetMapping("/api/v1/public/consultations/{id}")
    @ResponseBody
    ConsultationWithComments consultationData(@PathVariable UUID id, Locale locale) {
        Consultations.PublicView view = consultations.publicView(new ConsultationId(id));
        NeedsConsultation c = view.consultation();
        Organization o = registry.organization(c.department()).orElseThrow();
        return new ConsultationWithComments(c.id().value(), c.department().value(), o.nameZh(), o.nameEn(), c.title(),
                c.description(), c.catalogueCode(), itemName(catalogue.item(c.catalogueCode()).orElse(null), locale),
                c.closesOn(), view.deadline(), c.publishedAt(), view.open(), view.comments().stream()
                        .map(m -> new PublishedComment(m.number(), m.body(), m.commentedAt(), m.answer(), m.answeredAt()))
                        .toList());
    }

    private static PublishedIntention intention(Intention i, Map<OrganizationId, Organization> organizations,
            Map<String, CatalogueItem> items, Locale locale) {
        Organization o = organizations.get(i.department());
        return new PublishedIntention(i.id().value(), i.department().value(), o.nameZh(), o.nameEn(), i.title(),
                i.catalogueCode(), itemName(items.get(i.catalogueCode()), locale), i.estimatedAmount().amount(),
                i.expectedMonth().toString(), i.description(), i.publishedAt(), i.status() == Intention.Status.WITHDRAWN,
                i.withdrawnAt(), i.withdrawReason());
    }

    private void filters(Model model, @Nullable UUID department, @Nullable Integer year) {
        int thisYear = catalogue.today().getYear();
        model.addAttribute("departments", registry.verified().stream().filter(o -> o.kind().mayPurchase())
                .sorted(Comparator.comparing(Organization::creditCode)).toList());
        model.addAttribute("years", List.of(thisYear + 1, thisYear, thisYear - 1, thisYear - 2));
        model.addAttribute("department", department);
        model.addAttribute("year", year);
    }

    private static String itemName(@Nullable CatalogueItem item, Locale locale) {
        return item == null ? "" : item.name(locale);
    }

    private Map<OrganizationId, Organization> organizations() {
        return registry.organizations().stream().collect(Collectors.toMap(Organization::id, Function.identity()));
    }

    private Map<String, CatalogueItem> items() {
        return catalogue.items().stream().collect(Collectors.toMap(CatalogueItem::code, Function.identity()));
    }
}
