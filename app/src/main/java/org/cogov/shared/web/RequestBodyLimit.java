package org.cogov.shared.web;

import java.io.IOException;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.util.unit.DataSize;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Caps the body of every JSON request, whether or not it declares its length; forms are capped by
 * the container, and uploads (multipart, or a sealed bid sent as it was sealed) have their own, larger
 * limits, counted by what streams them. A body past the cap fails when
 * it is read, and the problem handler answers 413 in the caller's language.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE)
class RequestBodyLimit extends OncePerRequestFilter {

    /** A bid sealed on the bidder's machine; its handler counts it against the bid's own limit as it reads it. */
    private static final String SEALED_BID = "application/vnd.cogov.sealed-bid";

    private final long limit;

    RequestBodyLimit(@Value("${cogov.web.max-body:1MB}") DataSize limit) {
        this.limit = limit.toBytes();
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String type = request.getContentType();
        if (type != null && (type.toLowerCase().startsWith("multipart/") || type.toLowerCase().startsWith(SEALED_BID))) {
            chain.doFilter(request, response);
            return;
        }
        chain.doFilter(new Capped(request, limit), response);
    }

    private static final class Capped extends HttpServletRequestWrapper {

        private final long limit;

        Capped(HttpServletRequest request, long limit) {
            super(request);
            this.limit = limit;
        }

        @Override
        public ServletInputStream getInputStream() throws IOException {
            ServletInputStream in = super.getInputStream();
            if (getContentLengthLong() > limit) {
                throw new BodyTooLargeException(limit);
            }
            return new ServletInputStream() {
                private long read;

                @Override
                public int read() throws IOException {
                    int b = in.read();
                    if (b >= 0) {
                        count(1);
                    }
                    return b;
                }

                @Override
                public int read(byte[] buffer, int offset, int length) throws IOException {
                    int n = in.read(buffer, offset, length);
                    if (n > 0) {
                        count(n);
                    }
                    return n;
                }

                private void count(int n) throws BodyTooLargeException {
                    read += n;
                    if (read > limit) {
                        throw new BodyTooLargeException(limit);
                    }
                }

                @Override
                public boolean isFinished() {
                    return in.isFinished();
                }

                @Override
                public boolean isReady() {
                    return in.isReady();
                }

                @Override
                public void setReadListener(ReadListener listener) {
                    in.setReadListener(listener);
                }
            };
        }
    }
}
