package org.cogov.identity;

import java.util.Map;
import java.util.function.Supplier;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.cogov.shared.web.Refusals;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authorization.AuthorizationDecision;
import org.springframework.security.authorization.AuthorizationManager;
import org.springframework.security.authorization.AuthorizationResult;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.core.Authentication;
import org.springframework.security.crypto.argon2.Argon2PasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.access.AccessDeniedHandler;
import org.springframework.security.web.access.intercept.RequestAuthorizationContext;
import org.springframework.security.web.authentication.LoginUrlAuthenticationEntryPoint;
import org.springframework.security.web.authentication.UsernamePasswordAuthenticationFilter;
import org.springframework.security.web.context.DelegatingSecurityContextRepository;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.security.web.context.RequestAttributeSecurityContextRepository;
import org.springframework.security.web.context.SecurityContextRepository;
import org.springframework.security.web.header.HeaderWriter;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;
import org.springframework.security.web.header.writers.StaticHeadersWriter;
import org.springframework.security.web.util.matcher.RequestMatcher;

/**
 * The security of every request: which paths are public, form login with its second step, bearer
 * tokens for programs, CSRF for browsers, and the headers of every response. Permissions on
 * business operations are checked in the service layer, where pages and API share one check.
 */
@Configuration(proxyBeanMethods = false)
@EnableMethodSecurity
@EnableConfigurationProperties(IdentitySettings.class)
class SecurityConfiguration {

    static final String CONTENT_SECURITY_POLICY = "default-src 'self'; script-src 'self'; style-src 'self'; "
            + "img-src 'self' data:; font-src 'self'; connect-src 'self'; form-action 'self'; "
            + "object-src 'none'; base-uri 'none'; frame-ancestors 'none'";

    private static final String[] PUBLIC = { "/", "/login", "/register", "/error", "/favicon.ico", "/webjars/**",
            "/css/**", "/js/**", "/images/**", "/public/**", "/api/v1/public/**", "/v3/api-docs", "/v3/api-docs/**",
            "/swagger-ui.html", "/swagger-ui/**", "/actuator/health", "/actuator/health/**", "/api/v1/test-clock",
            "/api/v1/procedures/*/opening-key" };

    /**
     * Public requests that read no session, so that no CSRF token is asked of them: computations that change nothing, and
     * a satisfaction survey's answer, which its single-use token authorizes by itself.
     */
    private static final String[] STATELESS = { "/api/v1/public/audit/witness-check", "/api/v1/public/surveys/*/answer" };

    /** Argon2id with OWASP's minimum: 19 MiB of memory, 2 passes, 1 lane. */
    @Bean
    PasswordEncoder passwordEncoder() {
        return new Argon2PasswordEncoder(16, 32, 1, 19 * 1024, 2);
    }

    @Bean
    SecurityContextRepository securityContextRepository() {
        return new DelegatingSecurityContextRepository(new RequestAttributeSecurityContextRepository(),
                new HttpSessionSecurityContextRepository());
    }

    @Bean
    SecurityFilterChain filterChain(HttpSecurity http, SignInSteps steps,
            SecurityContextRepository contexts, ApiTokens tokens, Refusals refusals, ApiAnswers answers) throws Exception {
        RequestMatcher api = request -> request.getRequestURI().startsWith(request.getContextPath() + "/api/");
        http
                .securityContext(context -> context.securityContextRepository(contexts))
                .authorizeHttpRequests(requests -> requests
                        .requestMatchers(SignInSteps.SECOND_FACTOR, SignInSteps.ENROL)
                        .hasAuthority(PendingSecondFactor.AUTHORITY)
                        .requestMatchers(PUBLIC).permitAll()
                        .anyRequest().access(signedIn()))
                .formLogin(form -> form
                        .loginPage("/login")
                        .successHandler(steps)
                        .failureUrl("/login?error")
                        .permitAll())
                .logout(logout -> logout
                        .logoutUrl("/logout")
                        .logoutSuccessUrl("/login?logout")
                        .invalidateHttpSession(true)
                        .deleteCookies("SESSION", "JSESSIONID"))
                .sessionManagement(sessions -> sessions.sessionFixation(fixation -> fixation.changeSessionId()))
                .csrf(csrf -> csrf.ignoringRequestMatchers(BearerTokens::presents).ignoringRequestMatchers(STATELESS))
                .addFilterBefore(new BearerTokens(tokens, refusals, answers), UsernamePasswordAuthenticationFilter.class)
                .exceptionHandling(errors -> errors
                        .defaultAuthenticationEntryPointFor((request, response, e) -> answers.unauthorized(request, response), api)
                        .defaultAuthenticationEntryPointFor(new LoginUrlAuthenticationEntryPoint("/login"), request -> true)
                        .accessDeniedHandler(denied(refusals, answers)))
                .headers(headers -> headers
                        .addHeaderWriter(contentSecurityPolicy())
                        .referrerPolicy(referrer -> referrer.policy(ReferrerPolicy.STRICT_ORIGIN_WHEN_CROSS_ORIGIN))
                        .frameOptions(frame -> frame.deny())
                        .addHeaderWriter(new StaticHeadersWriter("Permissions-Policy",
                                "camera=(), microphone=(), geolocation=(), payment=(), usb=()"))
                        .addHeaderWriter(new StaticHeadersWriter("Cross-Origin-Opener-Policy", "same-origin"))
                        .addHeaderWriter(new StaticHeadersWriter("Cross-Origin-Resource-Policy", "same-origin")));
        return http.build();
    }

    /**
     * One strict policy for every response but the API explorer, whose bundled script sets inline
     * styles: there, and only there, inline styles are allowed; scripts stay 'self' everywhere.
     */
    private static HeaderWriter contentSecurityPolicy() {
        RequestMatcher explorer = request -> request.getRequestURI().startsWith(request.getContextPath() + "/swagger-ui");
        return (request, response) -> response.setHeader("Content-Security-Policy", explorer.matches(request)
                ? CONTENT_SECURITY_POLICY.replace("style-src 'self'", "style-src 'self' 'unsafe-inline'")
                : CONTENT_SECURITY_POLICY);
    }

    /** Fully signed in: a user, not a sign-in still waiting for its second factor. */
    private static AuthorizationManager<RequestAuthorizationContext> signedIn() {
        return new AuthorizationManager<>() {
            @Override
            public AuthorizationResult authorize(Supplier<? extends Authentication> authentication,
                    RequestAuthorizationContext context) {
                Authentication current = authentication.get();
                return new AuthorizationDecision(current != null && current.isAuthenticated()
                        && current.getPrincipal() instanceof SignedInUser);
            }
        };
    }

    /**
     * A request the filter chain refuses: a sign-in still waiting for its second factor goes back to it;
     * anyone else is refused, and the refusal is an audit entry.
     */
    private static AccessDeniedHandler denied(Refusals refusals, ApiAnswers answers) {
        return (HttpServletRequest request, HttpServletResponse response, AccessDeniedException e) -> {
            var authentication = org.springframework.security.core.context.SecurityContextHolder.getContext().getAuthentication();
            if (authentication instanceof PendingSecondFactor && !request.getRequestURI().contains("/api/")) {
                response.sendRedirect(request.getContextPath() + SignInSteps.SECOND_FACTOR);
                return;
            }
            refusals.record("access.denied", "path", request.getRequestURI(),
                    Map.of("method", request.getMethod(), "path", request.getRequestURI()));
            if (request.getRequestURI().startsWith(request.getContextPath() + "/api/")) {
                answers.forbidden(request, response);
            } else {
                response.sendError(HttpServletResponse.SC_FORBIDDEN);
            }
        };
    }
}
