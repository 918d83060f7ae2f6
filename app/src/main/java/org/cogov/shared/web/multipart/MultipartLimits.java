package org.cogov.shared.web.multipart;

/**
 * What a multipart body may hold: the whole body in bytes, its parts, and the bytes of one part's
 * headers. The platform's values are the container's own (spring.servlet.multipart.max-request-size,
 * server.tomcat.max-part-count and max-part-header-size), so a body read by its handler meets the
 * limits it met when the container read it.
 */
public record MultipartLimits(long maxBodyBytes, int maxParts, int maxHeaderBytes) {

    public MultipartLimits {
        if (maxBodyBytes < 1 || maxParts < 1 || maxHeaderBytes < 1) {
            throw new IllegalArgumentException("multipart limits must be positive");
        }
    }
}
