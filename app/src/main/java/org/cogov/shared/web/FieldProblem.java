package org.cogov.shared.web;

/** One field of a refused request and the reason, in the caller's language. */
public record FieldProblem(String field, String reason) {
}
