package org.cogov.shared.web.multipart;

import java.io.IOException;
import java.util.Collections;
import java.util.Enumeration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.Part;

import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;
import org.springframework.util.unit.DataSize;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.multipart.MultipartHttpServletRequest;
import org.springframework.web.multipart.MultipartResolver;
import org.springframework.web.multipart.support.StandardServletMultipartResolver;
import org.springframework.web.util.UriComponentsBuilder;
import org.springframework.web.util.UriUtils;
import org.springframework.web.util.WebUtils;

/**
 * Keeps the container and Spring from parsing the bodies declared as {@link StreamedMultipart}: the
 * multipart resolver passes them by, and a filter ahead of every other (Spring Security's CSRF check,
 * the locale interceptor's {@code lang}, anything that asks for a parameter) shows them the query
 * string's parameters only, since asking the container for a form parameter makes it read the whole
 * body. Every other multipart request is resolved exactly as before.
 */
@Configuration(proxyBeanMethods = false)
class StreamedMultipartConfiguration {

    /** Set on a request whose body its handler streams. */
    static final String STREAMED = StreamedMultipart.class.getName();

    @Bean
    MultipartLimits multipartLimits(@Value("${spring.servlet.multipart.max-request-size:10MB}") DataSize maxRequest,
            @Value("${server.tomcat.max-part-count:50}") int maxParts,
            @Value("${server.tomcat.max-part-header-size:512B}") DataSize maxPartHeader) {
        long body = maxRequest.toBytes() < 0 ? Long.MAX_VALUE : maxRequest.toBytes();
        return new MultipartLimits(body, maxParts < 0 ? Integer.MAX_VALUE : maxParts,
                (int) Math.min(Math.max(maxPartHeader.toBytes(), 1), 1024 * 1024));
    }

    /** Boot's resolver, with the same setting, for every request but the streamed ones. */
    @Bean(name = "multipartResolver")
    MultipartResolver multipartResolver(@Value("${spring.servlet.multipart.resolve-lazily:false}") boolean lazily) {
        StandardServletMultipartResolver resolver = new StandardServletMultipartResolver() {
            @Override
            public boolean isMultipart(HttpServletRequest request) {
                return request.getAttribute(STREAMED) == null && super.isMultipart(request);
            }
        };
        resolver.setResolveLazily(lazily);
        return resolver;
    }

    @Bean
    StreamedBodies streamedMultipartFilter(List<StreamedMultipart> streamed) {
        return new StreamedBodies(streamed);
    }

    /** Marks the streamed requests and hides their bodies' fields, ahead of every filter that might ask for one. */
    @Order(Ordered.HIGHEST_PRECEDENCE + 1)
    static final class StreamedBodies extends OncePerRequestFilter {

        private final List<StreamedMultipart> streamed;

        StreamedBodies(List<StreamedMultipart> streamed) {
            this.streamed = List.copyOf(streamed);
        }

        @Override
        protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
                throws ServletException, IOException {
            String type = request.getContentType();
            // A request already resolved (MockMvc builds them so) has no body to stream: it goes on as it is.
            if (type == null || !type.regionMatches(true, 0, "multipart/", 0, 10)
                    || WebUtils.getNativeRequest(request, MultipartHttpServletRequest.class) != null
                    || streamed.stream().noneMatch(s -> s.matches(request.getMethod(), pathWithinApplication(request)))) {
                chain.doFilter(request, response);
                return;
            }
            request.setAttribute(STREAMED, Boolean.TRUE);
            chain.doFilter(new QueryParametersOnly(request), response);
        }
    }

    private static String pathWithinApplication(HttpServletRequest request) {
        return request.getRequestURI().substring(request.getContextPath().length());
    }

    /** A request whose parameters are those of its query string: its body is left to its handler. */
    private static final class QueryParametersOnly extends HttpServletRequestWrapper {

        private final Map<String, String[]> parameters;

        QueryParametersOnly(HttpServletRequest request) {
            super(request);
            this.parameters = Collections.unmodifiableMap(query(request.getQueryString()));
        }

        private static Map<String, String[]> query(@Nullable String query) {
            Map<String, String[]> parameters = new LinkedHashMap<>();
            if (query == null || query.isEmpty()) {
                return parameters;
            }
            MultiValueMap<String, String> raw = new LinkedMultiValueMap<>(
                    UriComponentsBuilder.fromUriString("?" + query).build().getQueryParams());
            raw.forEach((name, values) -> parameters.put(decode(name),
                    values.stream().map(v -> v == null ? "" : decode(v)).toArray(String[]::new)));
            return parameters;
        }

        private static String decode(String s) {
            try {
                return UriUtils.decode(s.replace('+', ' '), "UTF-8");
            } catch (IllegalArgumentException e) {
                return s;
            }
        }

        @Override
        public @Nullable String getParameter(String name) {
            String[] values = parameters.get(name);
            return values == null || values.length == 0 ? null : values[0];
        }

        @Override
        public Map<String, String[]> getParameterMap() {
            return parameters;
        }

        @Override
        public Enumeration<String> getParameterNames() {
            return Collections.enumeration(parameters.keySet());
        }

        @Override
        public String @Nullable [] getParameterValues(String name) {
            String[] values = parameters.get(name);
            return values == null ? null : values.clone();
        }

        @Override
        public List<Part> getParts() {
            return List.of();
        }

        @Override
        public @Nullable Part getPart(String name) {
            return null;
        }
    }
}
