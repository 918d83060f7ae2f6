package org.cogov.identity;

import java.io.IOException;

import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;

import org.cogov.shared.RuleViolation;
import org.cogov.shared.web.QrCode;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** The sign-in pages: password, then the TOTP code, or its enrolment when the role requires one. */
@Controller
class LoginPages {

    /** The seed being enrolled, sealed, until the user confirms it with a code. */
    static final String ENROLMENT = "cogov.identity.enrolment";

    private final SignIn signIn;
    private final SignInSteps steps;
    private final Accounts accounts;
    private final SecondFactors secondFactors;

    private final boolean demo;

    LoginPages(SignIn signIn, SignInSteps steps, Accounts accounts, SecondFactors secondFactors,
            @Value("${cogov.demo.enabled:false}") boolean demo) {
        this.signIn = signIn;
        this.steps = steps;
        this.accounts = accounts;
        this.secondFactors = secondFactors;
        this.demo = demo;
    }

    @GetMapping("/login")
    String login(Authentication authentication, Model model) {
        if (authentication != null && authentication.getPrincipal() instanceof SignedInUser) {
            return "redirect:/";
        }
        model.addAttribute("demo", demo);
        return "identity/login";
    }

    @GetMapping(SignInSteps.SECOND_FACTOR)
    String secondFactor() {
        return "identity/second-factor";
    }

    @PostMapping(SignInSteps.SECOND_FACTOR)
    String checkSecondFactor(@RequestParam(defaultValue = "") String code, HttpServletRequest request,
            HttpServletResponse response, Model model) throws IOException, ServletException {
        SignedInUser user = pending().user();
        if (signIn.secondFactor(user, code.strip(), ClientAddress.of(request))) {
            steps.complete(request, response, user);
            return null;
        }
        if (signIn.isLocked(user)) {
            request.getSession().invalidate();
            SecurityContextHolder.clearContext();
            return "redirect:/login?error";
        }
        model.addAttribute("failed", true);
        return "identity/second-factor";
    }

    @GetMapping(SignInSteps.ENROL)
    String enrol(HttpSession session, Model model) {
        SignedInUser user = pending().user();
        String secret = secondFactors.newSecret();
        session.setAttribute(ENROLMENT, secondFactors.seal(user.userId(), secret));
        return enrolmentPage(model, user, secret, SignInSteps.ENROL, false);
    }

    @PostMapping(SignInSteps.ENROL)
    String confirmEnrolment(@RequestParam(defaultValue = "") String code, HttpServletRequest request,
            HttpServletResponse response, Model model) throws IOException, ServletException {
        SignedInUser user = pending().user();
        Object sealed = request.getSession().getAttribute(ENROLMENT);
        if (!(sealed instanceof String sealedSecret)) {
            return "redirect:" + SignInSteps.ENROL;
        }
        String secret = secondFactors.unseal(user.userId(), sealedSecret);
        try {
            accounts.enrolSecondFactor(user, secret, code.strip());
        } catch (RuleViolation wrongCode) {
            return enrolmentPage(model, user, secret, SignInSteps.ENROL, true);
        }
        request.getSession().removeAttribute(ENROLMENT);
        steps.complete(request, response, user);
        return null;
    }

    String enrolmentPage(Model model, SignedInUser user, String secret, String action, boolean failed) {
        model.addAttribute("secret", secret);
        model.addAttribute("qr", QrCode.svg(secondFactors.uri(user.username(), secret)));
        model.addAttribute("action", action);
        model.addAttribute("failed", failed);
        return "identity/enrol";
    }

    private static PendingSecondFactor pending() {
        return (PendingSecondFactor) SecurityContextHolder.getContext().getAuthentication();
    }
}
