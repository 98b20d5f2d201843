package org.changetalk.web;

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
