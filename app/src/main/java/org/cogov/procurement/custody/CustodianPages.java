package org.cogov.procurement.custody;

import java.time.Clock;

import org.cogov.shared.Actor;
import org.cogov.shared.Forbidden;
import org.cogov.shared.RuleViolation;
import org.cogov.shared.RuleViolations;
import org.cogov.shared.time.WorkingDays;
import org.cogov.shared.web.FormErrors;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The custodian's page: its key (enrol, or enrol anew), a check of its passphrase before an opening, and
 * its duties — the procedures it is named for or holds a share of. A passphrase is never put back into
 * a page: a refused form comes back empty, with the reasons beside its fields.
 */
@Controller
class CustodianPages {

    /** The passphrase twice. Not shown by {@link #toString()}, never echoed back. */
    record EnrolForm(@Nullable String passphrase, @Nullable String repeated) {

        static final EnrolForm EMPTY = new EnrolForm(null, null);

        @Override
        public String toString() {
            return "EnrolForm[not shown]";
        }
    }

    record CheckForm(@Nullable String passphrase) {

        @Override
        public String toString() {
            return "CheckForm[not shown]";
        }
    }

    private final CustodianKeys keys;
    private final OpeningKeys openingKeys;
    private final WorkingDays workingDays;
    private final Clock clock;

    CustodianPages(CustodianKeys keys, OpeningKeys openingKeys, WorkingDays workingDays, Clock clock) {
        this.keys = keys;
        this.openingKeys = openingKeys;
        this.workingDays = workingDays;
        this.clock = clock;
    }

    @GetMapping("/custodian")
    String custodian(Model model) {
        Actor actor = actor();
        model.addAttribute("duties", openingKeys.duties(actor));
        model.addAttribute("key", keys.current(actor.userId()).orElse(null));
        model.addAttribute("minimum", CustodianKeys.MIN_PASSPHRASE);
        model.addAttribute("zone", workingDays.zone());
        model.addAttribute("now", clock.instant());
        if (!model.containsAttribute("enrolForm")) {
            model.addAttribute("enrolForm", EnrolForm.EMPTY);
        }
        return "procurement/custodian";
    }

    @PostMapping("/custodian/key")
    String enrol(@ModelAttribute EnrolForm enrolForm, BindingResult binding, Model model, RedirectAttributes redirect) {
        try {
            keys.enrol(actor(), chars(enrolForm.passphrase()), chars(enrolForm.repeated()));
            redirect.addFlashAttribute("saved", "procurement.custodian.enrolled");
            return "redirect:/custodian";
        } catch (RuleViolations refused) {
            FormErrors.reject(binding, refused);
        } catch (RuleViolation refused) {
            FormErrors.reject(binding, refused);
        }
        // The form comes back empty: the passphrase is not put back into the page.
        model.addAttribute("enrolForm", EnrolForm.EMPTY);
        model.addAttribute("org.springframework.validation.BindingResult.enrolForm", binding);
        return custodian(model);
    }

    /** Checks the passphrase; with htmx only the result is sent back, in place of the last one. */
    @PostMapping("/custodian/key/check")
    String check(@ModelAttribute CheckForm checkForm, @RequestHeader(name = "HX-Request", required = false) @Nullable String htmx,
            Model model, RedirectAttributes redirect) {
        String result;
        try {
            result = keys.check(actor(), chars(checkForm.passphrase())) ? "procurement.custodian.passphrase-right"
                    : "procurement.custodian.passphrase-wrong";
        } catch (RuleViolation refused) {
            result = refused.messageKey();
        }
        if (htmx != null) {
            model.addAttribute("checked", result);
            return "procurement/custodian :: check-result";
        }
        redirect.addFlashAttribute("checked", result);
        return "redirect:/custodian#check";
    }

    private static char[] chars(@Nullable String text) {
        return text == null ? new char[0] : text.toCharArray();
    }

    private static Actor actor() {
        return Actor.current().orElseThrow(() -> new Forbidden("procurement.custodian.duties", "user", null));
    }
}
