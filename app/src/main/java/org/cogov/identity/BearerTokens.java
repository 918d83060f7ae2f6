package org.cogov.identity;

import java.io.IOException;
import java.util.Map;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.cogov.shared.web.Refusals;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Authenticates API requests that carry {@code Authorization: Bearer cgv_…}. The authentication
 * lives for the request only: no session is made for a program. A token that does not authenticate
 * is answered 401 at once, never passed on as anonymous.
 */
class BearerTokens extends OncePerRequestFilter {

    private final ApiTokens tokens;
    private final Refusals refusals;
    private final ApiAnswers answers;

    BearerTokens(ApiTokens tokens, Refusals refusals, ApiAnswers answers) {
        this.tokens = tokens;
        this.refusals = refusals;
        this.answers = answers;
    }

    static boolean presents(HttpServletRequest request) {
        String header = request.getHeader("Authorization");
        return header != null && header.regionMatches(true, 0, "Bearer ", 0, 7);
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        if (!presents(request)) {
            chain.doFilter(request, response);
            return;
        }
        var user = tokens.authenticate(request.getHeader("Authorization").substring(7).trim());
        if (user.isEmpty()) {
            refusals.record(null, null, "identity.token.refused", "client", ClientAddress.of(request),
                    Map.of("path", request.getRequestURI()));
            answers.unauthorized(request, response);
            return;
        }
        SecurityContext context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(user.get(), null, user.get().authorities()));
        SecurityContextHolder.setContext(context);
        try {
            chain.doFilter(request, response);
        } finally {
            SecurityContextHolder.clearContext();
        }
    }
}
