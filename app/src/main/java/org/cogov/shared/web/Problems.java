package org.cogov.shared.web;

import java.net.URI;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;

import org.cogov.shared.FileRejected;
import org.cogov.shared.Forbidden;
import org.cogov.shared.RuleViolation;
import org.cogov.shared.RuleViolations;
import org.cogov.shared.document.DocumentTooLarge;
import org.cogov.shared.web.multipart.MultipartRefused;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.validation.BindException;
import org.springframework.web.ErrorResponse;
import org.springframework.web.ErrorResponseException;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.method.annotation.HandlerMethodValidationException;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.multipart.MultipartException;
import org.springframework.web.multipart.support.MissingServletRequestPartException;
import org.springframework.web.servlet.ModelAndView;

import tools.jackson.core.JacksonException;
import tools.jackson.databind.DatabindException;
import tools.jackson.databind.exc.UnrecognizedPropertyException;

/**
 * Every error, answered in the caller's language: RFC 9457 problem details with a field list on
 * the API, a readable page elsewhere. A client's mistake is a 4xx; a server fault is a 500 that
 * names an incident id and shows no stack trace.
 */
@ControllerAdvice
@Order(Ordered.HIGHEST_PRECEDENCE)
class Problems {

    private static final Logger log = LoggerFactory.getLogger(Problems.class);

    private final MessageSource messages;
    private final Refusals refusals;

    Problems(MessageSource messages, Refusals refusals) {
        this.messages = messages;
        this.refusals = refusals;
    }

    @ExceptionHandler(BindException.class)
    Object invalidFields(BindException e, HttpServletRequest request) {
        List<FieldProblem> fields = e.getBindingResult().getFieldErrors().stream()
                .map(error -> new FieldProblem(error.getField(), messages.getMessage(error, locale())))
                .toList();
        return answer(request, HttpStatus.BAD_REQUEST, "validation", fields);
    }

    @ExceptionHandler(HandlerMethodValidationException.class)
    Object invalidParameters(HandlerMethodValidationException e, HttpServletRequest request) {
        List<FieldProblem> fields = e.getParameterValidationResults().stream()
                .flatMap(result -> result.getResolvableErrors().stream()
                        .map(error -> new FieldProblem(result.getMethodParameter().getParameterName() == null
                                ? "parameter" : result.getMethodParameter().getParameterName(),
                                messages.getMessage(error, locale()))))
                .toList();
        return answer(request, HttpStatus.BAD_REQUEST, "validation", fields);
    }

    @ExceptionHandler(HttpMessageNotReadableException.class)
    Object unreadable(HttpMessageNotReadableException e, HttpServletRequest request) {
        Throwable cause = e.getCause();
        if (cause instanceof UnrecognizedPropertyException unknown) {
            return answer(request, HttpStatus.BAD_REQUEST, "unknown-field",
                    List.of(new FieldProblem(unknown.getPropertyName(), message("problem.unknown-field.reason"))));
        }
        if (cause instanceof DatabindException mapping && !mapping.getPath().isEmpty()) {
            return answer(request, HttpStatus.BAD_REQUEST, "wrong-type",
                    List.of(new FieldProblem(path(mapping), message("problem.wrong-type.reason"))));
        }
        if (cause instanceof BodyTooLargeException) {
            return answer(request, HttpStatus.CONTENT_TOO_LARGE, "too-large", List.of());
        }
        String code = cause instanceof JacksonException ? "malformed" : "unreadable";
        return answer(request, HttpStatus.BAD_REQUEST, code, List.of());
    }

    @ExceptionHandler(MethodArgumentTypeMismatchException.class)
    Object wrongParameter(MethodArgumentTypeMismatchException e, HttpServletRequest request) {
        return answer(request, HttpStatus.BAD_REQUEST, "wrong-type",
                List.of(new FieldProblem(e.getName(), message("problem.wrong-type.reason"))));
    }

    @ExceptionHandler(MissingServletRequestParameterException.class)
    Object missingParameter(MissingServletRequestParameterException e, HttpServletRequest request) {
        return answer(request, HttpStatus.BAD_REQUEST, "validation",
                List.of(new FieldProblem(e.getParameterName(), message("jakarta.validation.constraints.NotNull.message"))));
    }

    @ExceptionHandler({ MaxUploadSizeExceededException.class, BodyTooLargeException.class })
    Object tooLarge(Exception e, HttpServletRequest request) {
        return answer(request, HttpStatus.CONTENT_TOO_LARGE, "too-large", List.of());
    }

    /** The document store counts an upload's bytes as it reads them and stops at its own limit. */
    @ExceptionHandler(DocumentTooLarge.class)
    Object documentTooLarge(DocumentTooLarge e, HttpServletRequest request) {
        long megabytes = e.maxBytes() / (1024 * 1024);
        return answer(request, HttpStatus.CONTENT_TOO_LARGE, "too-large", List.of(new FieldProblem("file",
                messages.getMessage("document.too-large", new Object[] { megabytes }, locale()))));
    }

    @ExceptionHandler(MissingServletRequestPartException.class)
    Object missingPart(MissingServletRequestPartException e, HttpServletRequest request) {
        return answer(request, HttpStatus.BAD_REQUEST, "validation",
                List.of(new FieldProblem(e.getRequestPartName(), message("jakarta.validation.constraints.NotNull.message"))));
    }

    /** A multipart body that cannot be parsed is the client's mistake, not a server fault. */
    @ExceptionHandler(MultipartException.class)
    Object unreadableMultipart(MultipartException e, HttpServletRequest request) {
        return answer(request, HttpStatus.BAD_REQUEST, "unreadable", List.of());
    }

    /** A multipart body its handler refused as it read it: the part (or header, or body) and the reason. */
    @ExceptionHandler(MultipartRefused.class)
    Object refusedMultipart(MultipartRefused e, HttpServletRequest request) {
        boolean tooLarge = e.reason() == MultipartRefused.Reason.TOO_LARGE;
        return answer(request, tooLarge ? HttpStatus.CONTENT_TOO_LARGE : HttpStatus.BAD_REQUEST, tooLarge ? "too-large" : "unreadable",
                List.of(new FieldProblem(e.field(), message(e.messageKey()))));
    }

    /** An import refused whole, with the line, column and reason of every wrong line. */
    @ExceptionHandler(FileRejected.class)
    Object fileRejected(FileRejected e, HttpServletRequest request) {
        List<LineProblem> lines = e.problems().stream()
                .map(p -> new LineProblem(p.line(), p.column(),
                        messages.getMessage(p.messageKey(), p.arguments().toArray(), p.messageKey(), locale())))
                .toList();
        String prefix = "problem." + e.kind();
        String detail = e.truncated()
                ? messages.getMessage(prefix + ".detail-truncated",
                        new Object[] { lines.size(), lines.get(lines.size() - 1).line() }, locale())
                : messages.getMessage(prefix + ".detail",
                        new Object[] { lines.stream().mapToInt(LineProblem::line).distinct().count() }, locale());
        return answer(request, HttpStatus.UNPROCESSABLE_CONTENT, e.kind(), lines, detail);
    }

    /** A wrong line as the caller reads it. */
    record LineProblem(int line, String field, String reason) {
    }

    /** Two requests raced to create the same thing; the loser is told, and nothing is half-written. */
    @ExceptionHandler(DuplicateKeyException.class)
    Object duplicate(DuplicateKeyException e, HttpServletRequest request) {
        return answer(request, HttpStatus.CONFLICT, "conflict", List.of());
    }

    @ExceptionHandler(RuleViolation.class)
    Object ruleViolation(RuleViolation e, HttpServletRequest request) {
        HttpStatus status = switch (e.kind()) {
            case REFUSED -> HttpStatus.UNPROCESSABLE_CONTENT;
            case CONFLICT -> HttpStatus.CONFLICT;
            case NOT_FOUND -> HttpStatus.NOT_FOUND;
        };
        String reason = messages.getMessage(e.messageKey(), e.arguments(), e.messageKey(), locale());
        List<FieldProblem> fields = e.field() == null ? List.of() : List.of(new FieldProblem(e.field(), reason));
        return answer(request, status, "rule", fields, reason);
    }

    /** Every reason at once, each with its field where it has one. */
    @ExceptionHandler(RuleViolations.class)
    Object ruleViolations(RuleViolations e, HttpServletRequest request) {
        List<FieldProblem> fields = e.violations().stream()
                .map(v -> new FieldProblem(v.field() == null ? "" : v.field(),
                        messages.getMessage(v.messageKey(), v.arguments(), v.messageKey(), locale())))
                .toList();
        String detail = messages.getMessage("problem.rules.detail", new Object[] { fields.size(),
                String.join(" ", fields.stream().map(FieldProblem::reason).toList()) }, locale());
        return answer(request, HttpStatus.UNPROCESSABLE_CONTENT, "rule", fields, detail);
    }

    @ExceptionHandler(AccessDeniedException.class)
    Object denied(AccessDeniedException e, HttpServletRequest request) throws AccessDeniedException {
        var authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication == null || authentication instanceof AnonymousAuthenticationToken) {
            throw e; // Spring Security answers it: the login page, or 401 on the API
        }
        Map<String, String> details = Map.of("method", request.getMethod(), "path", request.getRequestURI());
        if (e instanceof Forbidden forbidden) {
            refusals.record(forbidden.action(), forbidden.objectType(), forbidden.objectId(), details);
        } else {
            refusals.record("access.denied", "path", request.getRequestURI(), details);
        }
        return answer(request, HttpStatus.FORBIDDEN, "forbidden", List.of());
    }

    @ExceptionHandler({ ErrorResponseException.class, ServletException.class })
    Object framework(Exception e, HttpServletRequest request) {
        if (!(e instanceof ErrorResponse response)) {
            return unexpected(e, request);
        }
        HttpStatusCode status = response.getStatusCode();
        String code = switch (status.value()) {
            case 404 -> "not-found";
            case 405 -> "method-not-allowed";
            case 406 -> "not-acceptable";
            case 413 -> "too-large";
            case 415 -> "unsupported-media-type";
            default -> status.is4xxClientError() ? "bad-request" : "server-error";
        };
        return answer(request, HttpStatus.valueOf(status.value()), code, List.of());
    }

    @ExceptionHandler(Exception.class)
    Object unexpected(Exception e, HttpServletRequest request) {
        String incident = UUID.randomUUID().toString();
        log.error("incident {} on {} {}", incident, request.getMethod(), request.getRequestURI(), e);
        return answer(request, HttpStatus.INTERNAL_SERVER_ERROR, "server-error", List.of(),
                messages.getMessage("problem.server-error.detail", new Object[] { incident }, locale()));
    }

    private Object answer(HttpServletRequest request, HttpStatus status, String code, List<?> fields) {
        return answer(request, status, code, fields, message("problem." + code + ".detail"));
    }

    private Object answer(HttpServletRequest request, HttpStatus status, String code, List<?> fields, String detail) {
        String title = message("problem." + code + ".title");
        if (isApi(request)) {
            ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
            problem.setType(URI.create("urn:cogov:problem:" + code));
            problem.setTitle(title);
            problem.setInstance(URI.create(request.getRequestURI()));
            problem.setProperty("code", code);
            problem.setProperty("errors", fields);
            return ResponseEntity.status(status).contentType(MediaType.APPLICATION_PROBLEM_JSON).body(problem);
        }
        ModelAndView page = new ModelAndView("error");
        page.setStatus(status);
        page.addObject("status", status.value());
        page.addObject("title", title);
        page.addObject("detail", detail);
        page.addObject("fields", fields);
        return page;
    }

    static boolean isApi(HttpServletRequest request) {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        return path.startsWith("/api/") || path.startsWith("/v3/api-docs");
    }

    private static String path(DatabindException e) {
        StringBuilder path = new StringBuilder();
        for (var reference : e.getPath()) {
            if (reference.getPropertyName() != null) {
                if (!path.isEmpty()) {
                    path.append('.');
                }
                path.append(reference.getPropertyName());
            } else if (reference.getIndex() >= 0) {
                path.append('[').append(reference.getIndex()).append(']');
            }
        }
        return path.toString();
    }

    private String message(String key) {
        return messages.getMessage(key, null, key, locale());
    }

    private static Locale locale() {
        return LocaleContextHolder.getLocale();
    }
}
