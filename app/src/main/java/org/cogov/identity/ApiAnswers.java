package org.cogov.identity;

import java.io.IOException;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.LocaleResolver;

/**
 * The problem documents that the security filters write themselves, before any controller (and so
 * before the shared problem handler) is reached.
 */
@Component
class ApiAnswers {

    private final MessageSource messages;
    private final LocaleResolver locales;

    ApiAnswers(MessageSource messages, LocaleResolver locales) {
        this.messages = messages;
        this.locales = locales;
    }

    void unauthorized(HttpServletRequest request, HttpServletResponse response) throws IOException {
        response.setHeader("WWW-Authenticate", "Bearer");
        write(request, response, HttpServletResponse.SC_UNAUTHORIZED, "unauthorized");
    }

    void forbidden(HttpServletRequest request, HttpServletResponse response) throws IOException {
        write(request, response, HttpServletResponse.SC_FORBIDDEN, "forbidden");
    }

    private void write(HttpServletRequest request, HttpServletResponse response, int status, String code)
            throws IOException {
        var locale = locales.resolveLocale(request);
        String title = messages.getMessage("problem." + code + ".title", null, code, locale);
        String detail = messages.getMessage("problem." + code + ".detail", null, code, locale);
        response.setStatus(status);
        response.setContentType("application/problem+json;charset=UTF-8");
        response.getWriter().write("{\"type\":\"urn:cogov:problem:" + code + "\",\"status\":" + status
                + ",\"title\":" + json(title) + ",\"detail\":" + json(detail) + ",\"instance\":"
                + json(request.getRequestURI()) + ",\"code\":\"" + code + "\",\"errors\":[]}");
    }

    private static String json(String text) {
        StringBuilder out = new StringBuilder("\"");
        for (char c : text.toCharArray()) {
            if (c == '"' || c == '\\') {
                out.append('\\').append(c);
            } else if (c < 0x20) {
                out.append(String.format("\\u%04x", (int) c));
            } else {
                out.append(c);
            }
        }
        return out.append('"').toString();
    }
}
