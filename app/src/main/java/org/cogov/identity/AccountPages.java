package org.cogov.identity;

import java.util.UUID;

import jakarta.servlet.http.HttpSession;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import org.cogov.shared.RuleViolation;
import org.cogov.shared.web.FormErrors;
import org.jspecify.annotations.Nullable;
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

/** A user's own account: profile and language, password, second factor, API tokens. */
@Controller
class AccountPages {

    record ProfileForm(@NotBlank @Size(max = 100) String displayName, @Nullable @Email @Size(max = 200) String email,
            @NotBlank String locale) {
    }

    record PasswordForm(@NotBlank @Size(max = 256) String currentPassword, @NotBlank @Size(max = 256) String newPassword) {
    }

    record TokenForm(@NotBlank @Size(max = 60) String name) {
    }

    private final Accounts accounts;
    private final ApiTokens tokens;
    private final SecondFactors secondFactors;
    private final LoginPages loginPages;

    AccountPages(Accounts accounts, ApiTokens tokens, SecondFactors secondFactors, LoginPages loginPages) {
        this.accounts = accounts;
        this.tokens = tokens;
        this.secondFactors = secondFactors;
        this.loginPages = loginPages;
    }

    @GetMapping("/account")
    String account(@AuthenticationPrincipal SignedInUser me, Model model) {
        var profile = accounts.profile(me);
        if (!model.containsAttribute("profileForm")) {
            model.addAttribute("profileForm", new ProfileForm(profile.displayName(), profile.email(), profile.locale()));
        }
        if (!model.containsAttribute("passwordForm")) {
            model.addAttribute("passwordForm", new PasswordForm("", ""));
        }
        if (!model.containsAttribute("tokenForm")) {
            model.addAttribute("tokenForm", new TokenForm(""));
        }
        model.addAttribute("profile", profile);
        model.addAttribute("tokens", tokens.of(me));
        model.addAttribute("languages", Accounts.LANGUAGES.stream().sorted().toList());
        return "identity/account";
    }

    @PostMapping("/account/profile")
    String changeProfile(@AuthenticationPrincipal SignedInUser me, @Valid @ModelAttribute ProfileForm profileForm,
            BindingResult binding, Model model, RedirectAttributes redirect) {
        if (!binding.hasErrors()) {
            try {
                accounts.changeProfile(me, profileForm.displayName(), profileForm.email(), profileForm.locale());
                redirect.addFlashAttribute("saved", "account.profile.saved");
                return "redirect:/account?lang=" + profileForm.locale();
            } catch (RuleViolation violation) {
                FormErrors.reject(binding, violation);
            }
        }
        return account(me, model);
    }

    @PostMapping("/account/password")
    String changePassword(@AuthenticationPrincipal SignedInUser me, @Valid @ModelAttribute PasswordForm passwordForm,
            BindingResult binding, Model model, RedirectAttributes redirect, HttpSession session) {
        if (!binding.hasErrors()) {
            try {
                accounts.changePassword(me, passwordForm.currentPassword(), passwordForm.newPassword(), session.getId());
                redirect.addFlashAttribute("saved", "account.password.saved");
                return "redirect:/account";
            } catch (RuleViolation violation) {
                FormErrors.reject(binding, violation);
            }
        }
        model.addAttribute("passwordForm", new PasswordForm("", ""));
        model.addAttribute("org.springframework.validation.BindingResult.passwordForm", binding);
        return account(me, model);
    }

    @GetMapping("/account/second-factor")
    String enrol(@AuthenticationPrincipal SignedInUser me, HttpSession session, Model model) {
        String secret = secondFactors.newSecret();
        session.setAttribute(LoginPages.ENROLMENT, secondFactors.seal(me.userId(), secret));
        return loginPages.enrolmentPage(model, me, secret, "/account/second-factor", false);
    }

    @PostMapping("/account/second-factor")
    String confirmEnrolment(@AuthenticationPrincipal SignedInUser me, @RequestParam(defaultValue = "") String code,
            HttpSession session, Model model, RedirectAttributes redirect) {
        if (!(session.getAttribute(LoginPages.ENROLMENT) instanceof String sealed)) {
            return "redirect:/account/second-factor";
        }
        String secret = secondFactors.unseal(me.userId(), sealed);
        try {
            accounts.enrolSecondFactor(me, secret, code.strip());
        } catch (RuleViolation wrongCode) {
            return loginPages.enrolmentPage(model, me, secret, "/account/second-factor", true);
        }
        session.removeAttribute(LoginPages.ENROLMENT);
        redirect.addFlashAttribute("saved", "account.second-factor.saved");
        return "redirect:/account";
    }

    @PostMapping("/account/second-factor/remove")
    String removeSecondFactor(@AuthenticationPrincipal SignedInUser me, RedirectAttributes redirect) {
        accounts.removeSecondFactor(me);
        redirect.addFlashAttribute("saved", "account.second-factor.removed");
        return "redirect:/account";
    }

    @PostMapping("/account/tokens")
    String createToken(@AuthenticationPrincipal SignedInUser me, @Valid @ModelAttribute TokenForm tokenForm,
            BindingResult binding, Model model, RedirectAttributes redirect) {
        if (!binding.hasErrors()) {
            try {
                var created = tokens.create(me, tokenForm.name().strip());
                redirect.addFlashAttribute("newToken", created.secret());
                return "redirect:/account#tokens";
            } catch (RuleViolation violation) {
                FormErrors.reject(binding, violation);
            }
        }
        return account(me, model);
    }

    @PostMapping("/account/tokens/{id}/revoke")
    String revokeToken(@AuthenticationPrincipal SignedInUser me, @PathVariable UUID id, RedirectAttributes redirect) {
        tokens.revoke(me, id);
        redirect.addFlashAttribute("saved", "account.token.revoked");
        return "redirect:/account#tokens";
    }
}
