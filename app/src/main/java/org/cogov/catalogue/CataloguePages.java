package org.cogov.catalogue;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.cogov.shared.Actor;
import org.cogov.shared.RuleViolation;
import org.cogov.shared.web.FormErrors;
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

/** The catalogue's screens: the tree, an item, the negative list, the check, and the finance department's forms. */
@Controller
class CataloguePages {

    record NewItemForm(@NotBlank @Size(max = 8) @Pattern(regexp = CatalogueApi.CODE) String code,
            @NotBlank @Size(max = 200) String nameZh, @NotBlank @Size(max = 200) String nameEn,
            @Nullable @Size(max = 2000) String description,
            @NotNull @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate effectiveFrom,
            @Nullable @Min(1) @Max(6) Integer excludedAs) {
    }

    record RenameForm(@NotBlank @Size(max = 200) String nameZh, @NotBlank @Size(max = 200) String nameEn,
            @Nullable @Size(max = 2000) String description, int version) {
    }

    record CloseForm(@NotNull @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate effectiveTo, int version) {
    }

    record WordingForm(@NotBlank @Size(max = 500) String textZh, @NotBlank @Size(max = 500) String textEn,
            @NotBlank @Size(max = 300) String legalBasisZh, @NotBlank @Size(max = 300) String legalBasisEn, int version) {
    }

    /** Unticked boxes arrive as nothing at all, hence the nullable yes/no answers. */
    record CheckForm(@Nullable @Size(max = 8) String itemCode, @Nullable SubjectKind subjectKind,
            @Nullable Boolean outsideDuties, @Nullable Boolean coreFunction, @Nullable Boolean financing,
            @Nullable Boolean forOwnStaff, @Nullable @Size(max = 2000) String description,
            @Nullable @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate date) {
    }

    private final Catalogue catalogue;
    private final ReasonMessages reasons;

    CataloguePages(Catalogue catalogue, ReasonMessages reasons) {
        this.catalogue = catalogue;
        this.reasons = reasons;
    }

    @GetMapping("/catalogue")
    String tree(Model model) {
        model.addAttribute("items", catalogue.items());
        model.addAttribute("today", catalogue.today());
        return "catalogue/tree";
    }

    @GetMapping("/catalogue/items/{code:[0-9]+}")
    String item(@AuthenticationPrincipal Actor me, @PathVariable String code, Model model) {
        CatalogueItem item = catalogue.existingItem(code);
        List<CatalogueItem> all = catalogue.items();
        model.addAttribute("item", item);
        model.addAttribute("today", catalogue.today());
        model.addAttribute("ancestors", all.stream().filter(other -> item.isUnder(other.code())).toList());
        model.addAttribute("children", all.stream()
                .filter(other -> other.parentCode().filter(code::equals).isPresent()).toList());
        model.addAttribute("mayEdit", me.can("catalogue:item:edit"));
        if (!model.containsAttribute("renameForm")) {
            model.addAttribute("renameForm", new RenameForm(item.nameZh(), item.nameEn(), item.description(), item.version()));
        }
        if (!model.containsAttribute("closeForm")) {
            model.addAttribute("closeForm", new CloseForm(item.effectiveTo() == null ? catalogue.today() : item.effectiveTo(),
                    item.version()));
        }
        return "catalogue/item";
    }

    @PostMapping("/catalogue/items/{code:[0-9]+}")
    String rename(@AuthenticationPrincipal Actor me, @PathVariable String code, @Valid @ModelAttribute RenameForm renameForm,
            BindingResult binding, Model model, RedirectAttributes redirect) {
        if (!binding.hasErrors()) {
            try {
                catalogue.rename(me, code, new Catalogue.Naming(renameForm.nameZh(), renameForm.nameEn(),
                        renameForm.description(), renameForm.version()));
                redirect.addFlashAttribute("saved", "catalogue.item.saved");
                return "redirect:/catalogue/items/" + code;
            } catch (RuleViolation violation) {
                FormErrors.reject(binding, violation);
            }
        }
        return item(me, code, model);
    }

    @PostMapping("/catalogue/items/{code:[0-9]+}/close")
    String close(@AuthenticationPrincipal Actor me, @PathVariable String code, @Valid @ModelAttribute CloseForm closeForm,
            BindingResult binding, Model model, RedirectAttributes redirect) {
        if (!binding.hasErrors()) {
            try {
                catalogue.close(me, code, closeForm.effectiveTo(), closeForm.version());
                redirect.addFlashAttribute("saved", "catalogue.item.closed");
                return "redirect:/catalogue/items/" + code;
            } catch (RuleViolation violation) {
                FormErrors.reject(binding, violation);
            }
        }
        return item(me, code, model);
    }

    @GetMapping("/catalogue/items/new")
    String newItem(@AuthenticationPrincipal Actor me, @RequestParam(required = false) @Nullable String parent, Model model) {
        me.require("catalogue:item:edit", "catalogue.item.create", "catalogue-item", null);
        if (!model.containsAttribute("newItemForm")) {
            model.addAttribute("newItemForm", new NewItemForm(parent != null && CatalogueItem.isCode(parent) ? parent : "",
                    "", "", null, catalogue.today(), null));
        }
        model.addAttribute("negativeList", catalogue.negativeList());
        return "catalogue/new-item";
    }

    @PostMapping("/catalogue/items/new")
    String create(@AuthenticationPrincipal Actor me, @Valid @ModelAttribute NewItemForm newItemForm, BindingResult binding,
            Model model, RedirectAttributes redirect) {
        if (!binding.hasErrors()) {
            try {
                CatalogueItem created = catalogue.add(me, new Catalogue.NewItem(newItemForm.code(), newItemForm.nameZh(),
                        newItemForm.nameEn(), newItemForm.description(), newItemForm.effectiveFrom(), newItemForm.excludedAs()));
                redirect.addFlashAttribute("saved", "catalogue.item.created");
                return "redirect:/catalogue/items/" + created.code();
            } catch (RuleViolation violation) {
                FormErrors.reject(binding, violation);
            }
        }
        return newItem(me, null, model);
    }

    @GetMapping("/catalogue/negative-list")
    String negativeList(@AuthenticationPrincipal Actor me, Model model) {
        model.addAttribute("negativeList", catalogue.negativeList());
        model.addAttribute("mayEdit", me.can("catalogue:negative:edit"));
        return "catalogue/negative-list";
    }

    @GetMapping("/catalogue/negative-list/{number:[0-9]+}")
    String negativeItem(@AuthenticationPrincipal Actor me, @PathVariable int number, Model model) {
        me.require("catalogue:negative:edit", "catalogue.negative.update", "negative-list-item", number);
        NegativeListItem item = catalogue.negativeListItem(number);
        model.addAttribute("item", item);
        if (!model.containsAttribute("wordingForm")) {
            model.addAttribute("wordingForm", new WordingForm(item.textZh(), item.textEn(), item.legalBasisZh(),
                    item.legalBasisEn(), item.version()));
        }
        return "catalogue/negative-item";
    }

    @PostMapping("/catalogue/negative-list/{number:[0-9]+}")
    String reword(@AuthenticationPrincipal Actor me, @PathVariable int number, @Valid @ModelAttribute WordingForm wordingForm,
            BindingResult binding, Model model, RedirectAttributes redirect) {
        if (!binding.hasErrors()) {
            try {
                catalogue.reword(me, number, new Catalogue.Wording(wordingForm.textZh(), wordingForm.textEn(),
                        wordingForm.legalBasisZh(), wordingForm.legalBasisEn(), wordingForm.version()));
                redirect.addFlashAttribute("saved", "catalogue.negative.saved");
                return "redirect:/catalogue/negative-list";
            } catch (RuleViolation violation) {
                FormErrors.reject(binding, violation);
            }
        }
        return negativeItem(me, number, model);
    }

    @GetMapping("/catalogue/check")
    String checkForm(@RequestParam(required = false) @Nullable String item, Model model) {
        if (!model.containsAttribute("checkForm")) {
            model.addAttribute("checkForm", new CheckForm(item, SubjectKind.SERVICE, false, false, false, false, null,
                    catalogue.today()));
        }
        model.addAttribute("subjectKinds", SubjectKind.values());
        return "catalogue/check";
    }

    @PostMapping("/catalogue/check")
    String check(@Valid @ModelAttribute CheckForm checkForm, BindingResult binding, Model model, Locale locale) {
        if (!binding.hasErrors()) {
            LocalDate on = checkForm.date() == null ? catalogue.today() : checkForm.date();
            Verdict verdict = catalogue.check(new ProposedPurchase(checkForm.itemCode(),
                    checkForm.subjectKind() == null ? SubjectKind.SERVICE : checkForm.subjectKind(), yes(checkForm.outsideDuties()),
                    yes(checkForm.coreFunction()), yes(checkForm.financing()), yes(checkForm.forOwnStaff()),
                    checkForm.description()), on);
            model.addAttribute("verdict", verdict);
            model.addAttribute("reasons", reasons.show(verdict.reasons(), locale));
            model.addAttribute("warnings", reasons.show(verdict.warnings(), locale));
        }
        return checkForm(null, model);
    }

    private static boolean yes(@Nullable Boolean answer) {
        return Boolean.TRUE.equals(answer);
    }
}
