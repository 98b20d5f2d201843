package org.changetalk.web;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.eclipse.jetty.http.HttpField;
import org.eclipse.jetty.http.HttpFields;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.http.HttpStatus;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.server.handler.ErrorHandler;
import org.eclipse.jetty.util.Callback;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * Errors Jetty answers itself, before or around the app (a path that is not UTF-8, headers too large, a body
 * that never arrives, a 413 while loading), in the API's shape {@code {"error", "detail"}} rather than
 * Jetty's HTML page. Never includes a stack trace or the exception's text.
 */
final class JsonErrorHandler extends ErrorHandler {
    private static final HttpField JSON = new HttpField(HttpHeader.CONTENT_TYPE, "application/json; charset=utf-8");

    /** Jetty writes an error body only for GET, POST and HEAD by default; the API answers every method in JSON. */
    @Override
    public boolean errorPageForMethod(String method) {
        return true;
    }

    @Override
    protected boolean generateAcceptableResponse(Request request, Response response, Callback callback, String contentType,
                                                 List<java.nio.charset.Charset> charsets, int code, String message,
                                                 Throwable cause) {
        response.getHeaders().put(JSON);
        response.write(true, ByteBuffer.wrap(body(code).getBytes(StandardCharsets.UTF_8)), callback);
        return true;
    }

    @Override
    public ByteBuffer badMessageError(int status, String reason, HttpFields.Mutable fields) {
        fields.put(JSON);
        return ByteBuffer.wrap(body(status).getBytes(StandardCharsets.UTF_8));
    }

    /** The body for a status, with a fixed sentence: the reason Jetty found may echo the attacker's bytes. */
    static String body(int status) {
        ObjectNode o = JsonNodeFactory.instance.objectNode();
        o.put("error", code(status));
        o.put("detail", detail(status));
        return o.toString();
    }

    private static String code(int status) {
        return switch (status) {
            case 400 -> "bad_request";
            case 404 -> "not_found";
            case 408 -> "timeout";
            case 413 -> "too_large";
            case 414 -> "uri_too_long";
            case 415 -> "unsupported_media_type";
            case 431 -> "headers_too_large";
            default -> "http_" + status;
        };
    }

    private static String detail(int status) {
        return switch (status) {
            case 400 -> "The request is malformed (for example, the path is not valid UTF-8 or a header is broken).";
            case 404 -> "Not found.";
            case 408 -> "The request body did not arrive in time.";
            case 413 -> "The request body is larger than " + WebServer.MAX_UPLOAD_BODY / 1024 + " KiB.";
            case 414 -> "The request path is too long.";
            case 431 -> "The request headers are too large.";
            default -> {
                String reason = HttpStatus.getMessage(status);
                yield status >= 500 ? "Something went wrong on the server; the request was not completed."
                        : reason == null ? "The request was refused." : reason + ".";
            }
        };
    }
}
