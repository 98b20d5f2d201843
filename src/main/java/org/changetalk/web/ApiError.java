package org.changetalk.web;

import org.changetalk.refusal.Refusal;

import java.util.Map;

/**
 * A request the API refuses, with the status, a short machine-readable code, and a sentence for a person.
 * Thrown anywhere below a route; the server turns it into {@code {"error", "detail"}}.
 */
public final class ApiError extends RuntimeException {
    private final int status;
    private final String error;
    private final Map<String, String> headers;

    public ApiError(int status, String error, String detail) {
        this(status, error, detail, Map.of());
    }

    public ApiError(int status, String error, String detail, Map<String, String> headers) {
        super(detail, null, false, false); // expected outcomes: no stack trace to fill
        this.status = status;
        this.error = error;
        this.headers = Map.copyOf(headers);
    }

    /**
     * The one place a service's refusal becomes an HTTP answer: the kind decides the status, the refusal
     * keeps its own short code and message.
     */
    public static ApiError from(Refusal r) {
        Map<String, String> headers = r instanceof Refusal.Throttled t
                ? Map.of("Retry-After", Long.toString(t.retryAfter().toSeconds()))
                : r instanceof Refusal.Busy b ? Map.of("Retry-After", Long.toString(b.retryAfter().toSeconds())) : Map.of();
        return new ApiError(status(r), r.reason(), r.getMessage(), headers);
    }

    private static int status(Refusal r) {
        if (r instanceof Refusal.NotFound) return 404;
        if (r instanceof Refusal.Forbidden) return 403;
        if (r instanceof Refusal.Conflict) return 409;
        if (r instanceof Refusal.Invalid) return 400;
        if (r instanceof Refusal.TooLarge) return 413;
        if (r instanceof Refusal.Unauthenticated) return 401;
        if (r instanceof Refusal.Throttled) return 429;
        if (r instanceof Refusal.Busy) return 503;
        throw new IllegalStateException("unmapped refusal " + r.getClass().getSimpleName());
    }

    public static ApiError badRequest(String detail) {
        return new ApiError(400, "bad_request", detail);
    }

    public static ApiError notFound(String what) {
        return new ApiError(404, "not_found", what);
    }

    public static ApiError forbidden(String detail) {
        return new ApiError(403, "forbidden", detail);
    }

    public static ApiError conflict(String detail) {
        return new ApiError(409, "conflict", detail);
    }

    public int status() {
        return status;
    }

    public String error() {
        return error;
    }

    public String detail() {
        return getMessage();
    }

    public Map<String, String> headers() {
        return headers;
    }
}
