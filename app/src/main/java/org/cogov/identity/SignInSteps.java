package org.cogov.identity;

import java.io.IOException;
import java.util.Locale;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.authentication.AuthenticationSuccessHandler;
import org.springframework.security.web.authentication.SavedRequestAwareAuthenticationSuccessHandler;
import org.springframework.security.web.context.SecurityContextRepository;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.i18n.SessionLocaleResolver;

/**
 * Where a sign-in goes after each step: to the second factor (or its enrolment), or, once complete,
 * back to the page that asked for it. Completing rotates the session id a second time, so that the
 * id seen before the second factor is worth nothing after it.
 */
@Component
class SignInSteps implements AuthenticationSuccessHandler {

    static final String SECOND_FACTOR = "/login/second-factor";
    static final String ENROL = "/login/second-factor/enrol";

    private final SignIn signIn;
    private final SecurityContextRepository contexts;
    private final SavedRequestAwareAuthenticationSuccessHandler savedRequest = new SavedRequestAwareAuthenticationSuccessHandler();

    SignInSteps(SignIn signIn, SecurityContextRepository contexts) {
        this.signIn = signIn;
        this.contexts = contexts;
    }

    @Override
    public void onAuthenticationSuccess(HttpServletRequest request, HttpServletResponse response,
            Authentication authentication) throws IOException, jakarta.servlet.ServletException {
        if (authentication instanceof PendingSecondFactor pending) {
            response.sendRedirect(request.getContextPath() + (signIn.hasSecondFactor(pending.user()) ? SECOND_FACTOR : ENROL));
            return;
        }
        finish(request, response, (SignedInUser) authentication.getPrincipal());
    }

    /** Marks the sign-in complete: a full authentication, a new session id, the user's language. */
    void complete(HttpServletRequest request, HttpServletResponse response, SignedInUser user)
            throws IOException, jakarta.servlet.ServletException {
        SecurityContext context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(user, null, user.authorities()));
        SecurityContextHolder.setContext(context);
        request.changeSessionId();
        contexts.saveContext(context, request, response);
        finish(request, response, user);
    }

    private void finish(HttpServletRequest request, HttpServletResponse response, SignedInUser user)
            throws IOException, jakarta.servlet.ServletException {
        String locale = signIn.complete(user, ClientAddress.of(request));
        request.getSession().setAttribute(SessionLocaleResolver.LOCALE_SESSION_ATTRIBUTE_NAME, Locale.forLanguageTag(locale));
        savedRequest.onAuthenticationSuccess(request, response,
                UsernamePasswordAuthenticationToken.authenticated(user, null, user.authorities()));
    }
}
