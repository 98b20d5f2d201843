package org.changetalk.web;

import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.util.Callback;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * The same JSON errors for what the servlet layer refuses before Javalin sees the request (an ambiguous or
 * suspicious path segment, for one): the servlet context has its own error handler, HTML by default.
 */
final class ServletJsonErrorHandler extends org.eclipse.jetty.ee10.servlet.ErrorHandler {
    /** Jetty writes an error body only for GET, POST and HEAD by default; the API answers every method in JSON. */
    @Override
    public boolean errorPageForMethod(String method) {
        return true;
    }

    @Override
    protected boolean generateAcceptableResponse(Request request, Response response, Callback callback, String contentType,
                                                 List<java.nio.charset.Charset> charsets, int code, String message,
                                                 Throwable cause) {
        response.getHeaders().put(HttpHeader.CONTENT_TYPE, "application/json; charset=utf-8");
        response.write(true, ByteBuffer.wrap(JsonErrorHandler.body(code).getBytes(StandardCharsets.UTF_8)), callback);
        return true;
    }
}
