package org.cogov.planning;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.cogov.catalogue.Catalogue;
import org.cogov.registry.Organization;
import org.cogov.registry.OrganizationId;
import org.cogov.registry.Registry;
import org.cogov.shared.Actor;
import org.cogov.shared.FileRejected;
import org.cogov.shared.Money;
import org.cogov.shared.RuleViolation;
import org.cogov.shared.web.FormErrors;
import org.cogov.shared.web.FormOutcome;
import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The budget screens: a department's lines with what is committed, spent and still free, and its
 * proposals; for the finance bureau every department's lines, the decisions on proposals, a line recorded
 * by hand and the import of a file.
 */
@Controller
class BudgetPages {

    record LineForm(@NotNull Integer fiscalYear, @NotBlank @Size(max = BudgetFile.MAX_CODE) String code,
            @NotBlank @Size(max = BudgetFile.MAX_NAME) String name,
            @NotNull @Digits(integer = 16, fraction = 2) BigDecimal amount, @Nullable UUID department) {

        Budgets.NewLine line() {
            return new Budgets.NewLine(fiscalYear, code, name, new Money(amount));
        }
    }

    /** A line with the department it belongs to, as a row of the table. */
    record Row(BudgetLine line, Organization department) {
    }

    /** A wrong line of an imported file, in the reader's words. */
    record Problem(int line, String column, String reason) {
    }

    private final Budgets budgets;
    private final Registry registry;
    private final Catalogue catalogue;
    private final FormOutcome outcome;
    private final MessageSource messages;

    BudgetPages(Budgets budgets, Registry registry, Catalogue catalogue, FormOutcome outcome, MessageSource messages) {
        this.budgets = budgets;
        this.registry = registry;
        this.catalogue = catalogue;
        this.outcome = outcome;
        this.messages = messages;
    }

    @GetMapping("/planning/budgets")
    String lines(@AuthenticationPrincipal Actor me, @RequestParam(required = false) @Nullable Integer year,
            @RequestParam(required = false) @Nullable UUID department, Model model) {
        Map<OrganizationId, Organization> organizations = registry.organizations().stream()
                .collect(Collectors.toMap(Organization::id, Function.identity()));
        List<Row> rows = budgets.lines(me, year, department == null ? null : new OrganizationId(department)).stream()
                .map(line -> new Row(line, organizations.get(line.department()))).toList();
        int thisYear = catalogue.today().getYear();
        model.addAttribute("rows", rows);
        model.addAttribute("year", year);
        model.addAttribute("department", department);
        model.addAttribute("years", IntStream.rangeClosed(thisYear - 2, thisYear + 1).boxed()
                .sorted(Comparator.reverseOrder()).toList());
        model.addAttribute("supervising", me.can("planning:budget:read-all"));
        model.addAttribute("departments", registry.organizations().stream().filter(o -> o.kind().mayPurchase())
                .sorted(Comparator.comparing(Organization::creditCode)).toList());
        model.addAttribute("mayPropose", me.can("planning:budget:propose"));
        model.addAttribute("mayDecide", me.can("planning:budget:approve"));
        model.addAttribute("mayImport", me.can("planning:budget:import"));
        if (!model.containsAttribute("lineForm")) {
            model.addAttribute("lineForm", new LineForm(thisYear + 1, "", "", null, null));
        }
        return "planning/budgets";
    }

    /** A department proposes a line; the finance bureau records one for a department, approved at once. */
    @PostMapping("/planning/budgets")
    String add(@AuthenticationPrincipal Actor me, @Valid @ModelAttribute LineForm lineForm, BindingResult binding,
            Model model, RedirectAttributes redirect) {
        if (!binding.hasErrors()) {
            try {
                if (me.can("planning:budget:approve")) {
                    if (lineForm.department() == null) {
                        throw RuleViolation.refused("planning.budget.department-unknown", "department");
                    }
                    budgets.record(me, new OrganizationId(lineForm.department()), lineForm.line());
                    redirect.addFlashAttribute("saved", "planning.budget.recorded");
                } else {
                    budgets.propose(me, lineForm.line());
                    redirect.addFlashAttribute("saved", "planning.budget.proposed");
                }
                return "redirect:/planning/budgets";
            } catch (RuleViolation violation) {
                FormErrors.reject(binding, violation);
            }
        }
        return lines(me, null, null, model);
    }

    @PostMapping("/planning/budgets/{id}/approval")
    String approve(@AuthenticationPrincipal Actor me, @PathVariable UUID id, @RequestParam int version, Locale locale,
            RedirectAttributes redirect) {
        outcome.flash(redirect, locale, "planning.budget.approved", () -> budgets.approve(me, new BudgetLineId(id), version));
        return "redirect:/planning/budgets";
    }

    @PostMapping("/planning/budgets/{id}/rejection")
    String reject(@AuthenticationPrincipal Actor me, @PathVariable UUID id, @RequestParam int version,
            @RequestParam(defaultValue = "") String reason, Locale locale, RedirectAttributes redirect) {
        outcome.flash(redirect, locale, "planning.budget.rejected",
                () -> budgets.reject(me, new BudgetLineId(id), version, reason));
        return "redirect:/planning/budgets";
    }

    @GetMapping("/planning/budgets/import")
    String importForm(@AuthenticationPrincipal Actor me, Model model) {
        me.require("planning:budget:import", "planning.budget.import", "budget-file", null);
        model.addAttribute("header", BudgetFile.HEADER);
        return "planning/budget-import";
    }

    @PostMapping("/planning/budgets/import")
    String importFile(@AuthenticationPrincipal Actor me, @RequestParam("file") MultipartFile file, Model model, Locale locale)
            throws IOException {
        try {
            model.addAttribute("imported", budgets.importFile(me, new String(file.getBytes(), StandardCharsets.UTF_8)));
        } catch (FileRejected rejected) {
            model.addAttribute("problems", rejected.problems().stream().map(p -> new Problem(p.line(), p.column(),
                    messages.getMessage(p.messageKey(), p.arguments().toArray(), p.messageKey(), locale))).toList());
            model.addAttribute("wrongLines", rejected.problems().stream().mapToInt(p -> p.line()).distinct().count());
            model.addAttribute("truncated", rejected.truncated());
        }
        return importForm(me, model);
    }
}
