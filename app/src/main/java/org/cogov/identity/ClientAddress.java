package org.cogov.identity;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.security.core.Authentication;
import org.springframework.security.web.authentication.WebAuthenticationDetails;

/**
 * The client's address as the servlet container sees it. Behind a proxy, Tomcat's RemoteIpValve
 * ({@code server.forward-headers-strategy=native}) makes this the real client; a header is never
 * trusted here, or anyone could dodge the throttle by sending one.
 */
final class ClientAddress {

    private ClientAddress() {
    }

    static String of(HttpServletRequest request) {
        return request.getRemoteAddr();
    }

    static String of(Authentication authentication) {
        return authentication.getDetails() instanceof WebAuthenticationDetails details && details.getRemoteAddress() != null
                ? details.getRemoteAddress()
                : "unknown";
    }
}
