package org.cogov.planning;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.cogov.catalogue.Catalogue;
import org.cogov.catalogue.CatalogueItem;
import org.cogov.catalogue.SubjectKind;
import org.cogov.registry.Organization;
import org.cogov.registry.OrganizationId;
import org.cogov.registry.Registry;
import org.cogov.shared.Actor;
import org.cogov.shared.Money;
import org.cogov.shared.RuleViolations;
import org.cogov.shared.web.FormErrors;
import org.cogov.shared.web.FormOutcome;
import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
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
 * The purchase-request screens: the list, the form that either accepts a request or shows every reason
 * beside its field, and a request's page where the department cancels it.
 */
@Controller
class PurchaseRequestPages {

    /** Unticked boxes arrive as nothing at all, hence the nullable yes/no answers; blank texts are the rules' to refuse. */
    record RequestForm(@NotNull UUID budgetLine, @Nullable @Size(max = 8) String catalogueCode,
            @Nullable @Size(max = 200) String title, @Nullable @Size(max = 4000) String description,
            @NotNull @Digits(integer = 16, fraction = 2) BigDecimal estimatedAmount,
            @NotNull @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate termStart,
            @NotNull @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate termEnd,
            @Nullable @Size(max = 1000) String stableServiceReason, @Nullable @Size(max = 1000) String beneficiaries,
            @Nullable SubjectKind subjectKind, @Nullable Boolean outsideDuties, @Nullable Boolean coreFunction,
            @Nullable Boolean financing, @Nullable Boolean forOwnStaff) {

        PurchaseRequests.NewRequest request() {
            return new PurchaseRequests.NewRequest(new BudgetLineId(budgetLine), catalogueCode, text(title), description,
                    new Money(estimatedAmount), new ContractTerm(termStart, termEnd), stableServiceReason, text(beneficiaries),
                    subjectKind == null ? SubjectKind.SERVICE : subjectKind, yes(outsideDuties), yes(coreFunction),
                    yes(financing), yes(forOwnStaff));
        }

        private static String text(@Nullable String text) {
            return text == null ? "" : text;
        }

        private static boolean yes(@Nullable Boolean answer) {
            return Boolean.TRUE.equals(answer);
        }
    }

    /** A request with its budget line, department and catalogue item, as a row or a page shows it. */
    record Shown(PurchaseRequest request, @Nullable BudgetLine line, @Nullable Organization department,
            @Nullable CatalogueItem item) {
    }

    private final PurchaseRequests requests;
    private final Budgets budgets;
    private final Registry registry;
    private final Catalogue catalogue;
    private final PlannableItems items;
    private final FormOutcome outcome;
    private final MessageSource messages;

    PurchaseRequestPages(PurchaseRequests requests, Budgets budgets, Registry registry, Catalogue catalogue,
            PlannableItems items, FormOutcome outcome, MessageSource messages) {
        this.requests = requests;
        this.budgets = budgets;
        this.registry = registry;
        this.catalogue = catalogue;
        this.items = items;
        this.outcome = outcome;
        this.messages = messages;
    }

    @GetMapping("/planning/requests")
    String list(@AuthenticationPrincipal Actor me, Model model) {
        List<PurchaseRequest> found = requests.requests(me);
        Map<BudgetLineId, BudgetLine> lines = budgets.lines(me, null).stream()
                .collect(Collectors.toMap(BudgetLine::id, Function.identity()));
        Map<OrganizationId, Organization> organizations = organizations();
        Map<String, CatalogueItem> catalogueItems = catalogueItems();
        model.addAttribute("requests", found.stream().map(r -> new Shown(r, lines.get(r.budgetLine()),
                organizations.get(r.department()), catalogueItems.get(r.catalogueCode()))).toList());
        model.addAttribute("supervising", me.can("planning:request:read-all"));
        model.addAttribute("mayCreate", me.can("planning:request:create"));
        return "planning/requests";
    }

    @GetMapping("/planning/requests/new")
    String newRequest(@AuthenticationPrincipal Actor me, Model model) {
        me.require("planning:request:create", "planning.request.create", "purchase-request", null);
        if (!model.containsAttribute("requestForm")) {
            LocalDate start = catalogue.today().withDayOfMonth(1).plusMonths(1);
            model.addAttribute("requestForm", new RequestForm(null, null, null, null, null, start,
                    start.plusYears(1).minusDays(1), null, null, SubjectKind.SERVICE, false, false, false, false));
        }
        model.addAttribute("lines", budgets.lines(me, null).stream()
                .filter(line -> line.status() == BudgetLine.Status.APPROVED).toList());
        model.addAttribute("catalogueItems", items.offered());
        model.addAttribute("subjectKinds", SubjectKind.values());
        return "planning/new-request";
    }

    /** Accepted: to the request's page, with the catalogue's warnings. Refused: the form again, every reason beside its field. */
    @PostMapping("/planning/requests/new")
    String submit(@AuthenticationPrincipal Actor me, @Valid @ModelAttribute RequestForm requestForm, BindingResult binding,
            Model model, Locale locale, RedirectAttributes redirect) {
        if (!binding.hasErrors()) {
            try {
                PurchaseRequests.Accepted accepted = requests.submit(me, requestForm.request());
                redirect.addFlashAttribute("saved", "planning.request.accepted");
                redirect.addFlashAttribute("warnings", PurchaseRequestApi.warnings(accepted.warnings(), messages, locale)
                        .stream().map(PurchaseRequestApi.Warning::message).toList());
                return "redirect:/planning/requests/" + accepted.id().value();
            } catch (RuleViolations refused) {
                FormErrors.reject(binding, refused);
            }
        }
        return newRequest(me, model);
    }

    @GetMapping("/planning/requests/{id}")
    String request(@AuthenticationPrincipal Actor me, @PathVariable UUID id, Model model) {
        PurchaseRequest request = requests.request(me, new PurchaseRequestId(id));
        model.addAttribute("shown", new Shown(request, budgets.line(me, request.budgetLine()),
                organizations().get(request.department()), catalogueItems().get(request.catalogueCode())));
        model.addAttribute("mayCancel", me.can("planning:request:cancel")
                && request.department().value().equals(me.organizationId())
                && request.status() == PurchaseRequest.Status.ACCEPTED);
        return "planning/request";
    }

    @PostMapping("/planning/requests/{id}/cancellation")
    String cancel(@AuthenticationPrincipal Actor me, @PathVariable UUID id, @RequestParam int version,
            @RequestParam(defaultValue = "") String reason, Locale locale, RedirectAttributes redirect) {
        outcome.flash(redirect, locale, "planning.request.cancelled",
                () -> requests.cancel(me, new PurchaseRequestId(id), version, reason));
        return "redirect:/planning/requests/" + id;
    }

    private Map<OrganizationId, Organization> organizations() {
        return registry.organizations().stream().collect(Collectors.toMap(Organization::id, Function.identity()));
    }

    private Map<String, CatalogueItem> catalogueItems() {
        return catalogue.items().stream().collect(Collectors.toMap(CatalogueItem::code, Function.identity()));
    }
}
