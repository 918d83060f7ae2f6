package org.cogov.planning;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.cogov.catalogue.Catalogue;
import org.cogov.catalogue.CatalogueItem;
import org.cogov.registry.Organization;
import org.cogov.registry.OrganizationId;
import org.cogov.registry.Registry;
import org.cogov.shared.Actor;
import org.cogov.shared.RuleViolations;
import org.cogov.shared.web.FormErrors;
import org.cogov.shared.web.FormOutcome;
import org.jspecify.annotations.Nullable;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Needs consultation on screen. A department publishes and answers, and sees who commented; a provider
 * finds the open consultations and comments, and sees its own comments among the others, which are not
 * named; the finance bureau and the auditors read everything.
 */
@Controller
class ConsultationPages {

    record ConsultationForm(@Nullable @Size(max = 200) String title, @Nullable @Size(max = 4000) String description,
            @Nullable @Size(max = 8) String catalogueCode, @Nullable UUID request,
            @NotNull @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate closesOn) {

        Consultations.NewConsultation consultation() {
            return new Consultations.NewConsultation(title == null ? "" : title, description == null ? "" : description,
                    catalogueCode == null ? "" : catalogueCode, request == null ? null : new PurchaseRequestId(request),
                    closesOn);
        }
    }

    /** A consultation in a list, with its department and catalogue item. */
    record Listed(Consultations.Summary summary, @Nullable Organization department, @Nullable CatalogueItem item) {
    }

    private final Consultations consultations;
    private final PurchaseRequests requests;
    private final Registry registry;
    private final Catalogue catalogue;
    private final PlannableItems items;
    private final FormOutcome outcome;

    ConsultationPages(Consultations consultations, PurchaseRequests requests, Registry registry, Catalogue catalogue,
            PlannableItems items, FormOutcome outcome) {
        this.consultations = consultations;
        this.requests = requests;
        this.registry = registry;
        this.catalogue = catalogue;
        this.items = items;
        this.outcome = outcome;
    }

    /** A department's consultations and the form for a new one; for a provider, the consultations open for comment. */
    @GetMapping("/planning/consultations")
    String list(@AuthenticationPrincipal Actor me, Model model) {
        boolean provider = !me.can("planning:consultation:read") && me.can("planning:consultation:comment");
        List<Consultations.Summary> found = provider ? consultations.open() : consultations.consultations(me);
        Map<OrganizationId, Organization> organizations = organizations();
        Map<String, CatalogueItem> catalogueItems = catalogueItems();
        model.addAttribute("consultations", found.stream().map(s -> new Listed(s,
                organizations.get(s.consultation().department()), catalogueItems.get(s.consultation().catalogueCode()))).toList());
        model.addAttribute("provider", provider);
        model.addAttribute("supervising", me.can("planning:consultation:read-all"));
        boolean mayPublish = me.can("planning:consultation:publish");
        model.addAttribute("mayPublish", mayPublish);
        if (mayPublish) {
            if (!model.containsAttribute("consultationForm")) {
                model.addAttribute("consultationForm", new ConsultationForm(null, null, null, null,
                        catalogue.today().plusDays(14)));
            }
            model.addAttribute("catalogueItems", items.offered());
            model.addAttribute("requests", requests.requests(me).stream()
                    .filter(r -> r.department().value().equals(me.organizationId())
                            && r.status() != PurchaseRequest.Status.CANCELLED).toList());
        }
        return "planning/consultations";
    }

    @PostMapping("/planning/consultations")
    String publish(@AuthenticationPrincipal Actor me, @Valid @ModelAttribute ConsultationForm consultationForm,
            BindingResult binding, Model model, RedirectAttributes redirect) {
        if (!binding.hasErrors()) {
            try {
                ConsultationId id = consultations.publish(me, consultationForm.consultation());
                redirect.addFlashAttribute("saved", "planning.consultation.published");
                return "redirect:/planning/consultations/" + id.value();
            } catch (RuleViolations refused) {
                FormErrors.reject(binding, refused);
            }
        }
        return list(me, model);
    }

    /**
     * One consultation: with who commented for its department and those who supervise; for a provider, as
     * the public reads it, with its own comments apart and the comment form while it is open.
     */
    @GetMapping("/planning/consultations/{id}")
    String consultation(@AuthenticationPrincipal Actor me, @PathVariable UUID id, Model model) {
        ConsultationId consultationId = new ConsultationId(id);
        NeedsConsultation consultation;
        if (!me.can("planning:consultation:read") && me.can("planning:consultation:comment")) {
            Consultations.PublicView view = consultations.publicView(consultationId);
            consultation = view.consultation();
            model.addAttribute("publicView", view);
            model.addAttribute("ownComments", consultations.ownComments(me, consultationId));
            model.addAttribute("mayComment", view.open());
        } else {
            Consultations.FullView view = consultations.consultation(me, consultationId);
            consultation = view.consultation();
            model.addAttribute("fullView", view);
            model.addAttribute("mayAnswer", me.can("planning:consultation:answer")
                    && consultation.department().value().equals(me.organizationId()));
            model.addAttribute("organizations", organizations());
        }
        model.addAttribute("department", registry.organization(consultation.department()).orElse(null));
        model.addAttribute("item", catalogue.item(consultation.catalogueCode()).orElse(null));
        return "planning/consultation";
    }

    @PostMapping("/planning/consultations/{id}/comments")
    String comment(@AuthenticationPrincipal Actor me, @PathVariable UUID id, @RequestParam(defaultValue = "") String body,
            Locale locale, RedirectAttributes redirect) {
        outcome.flash(redirect, locale, "planning.consultation.commented",
                () -> consultations.comment(me, new ConsultationId(id), body));
        return "redirect:/planning/consultations/" + id;
    }

    @PostMapping("/planning/consultations/{id}/comments/{comment}/answer")
    String answer(@AuthenticationPrincipal Actor me, @PathVariable UUID id, @PathVariable UUID comment,
            @RequestParam int version, @RequestParam(defaultValue = "") String answer, Locale locale,
            RedirectAttributes redirect) {
        outcome.flash(redirect, locale, "planning.consultation.answered",
                () -> consultations.answer(me, new ConsultationId(id), new CommentId(comment), version, answer));
        return "redirect:/planning/consultations/" + id;
    }

    private Map<OrganizationId, Organization> organizations() {
        return registry.organizations().stream().collect(Collectors.toMap(Organization::id, Function.identity()));
    }

    private Map<String, CatalogueItem> catalogueItems() {
        return catalogue.items().stream().collect(Collectors.toMap(CatalogueItem::code, Function.identity()));
    }
}
