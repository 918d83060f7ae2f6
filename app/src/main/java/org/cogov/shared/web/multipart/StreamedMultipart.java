package org.cogov.shared.web.multipart;

import org.springframework.http.server.PathContainer;
import org.springframework.web.util.pattern.PathPattern;
import org.springframework.web.util.pattern.PathPatternParser;

/**
 * A request whose multipart body its handler reads with {@link MultipartReader}, declared as a bean by
 * the module that handles it: the container does not parse it first, nothing before the handler sees
 * its form fields as parameters (only those of the query string), and the handler gets the body whole.
 */
public record StreamedMultipart(String method, String pathPattern) {

    private static final PathPatternParser PARSER = new PathPatternParser();

    /** Whether a request of this method to this path (within the application) is one of these. */
    boolean matches(String requestMethod, String path) {
        return method.equalsIgnoreCase(requestMethod) && pattern().matches(PathContainer.parsePath(path));
    }

    private PathPattern pattern() {
        return PARSER.parse(pathPattern);
    }
}
