package org.changetalk.web;

import org.eclipse.jetty.http.HttpFields;
import org.eclipse.jetty.server.Handler;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.util.Callback;

/**
 * Headers every answer carries, pages, files and errors alike: a Content-Security-Policy that allows only
 * this site's own scripts, styles and connections and no framing (the front end has no inline script and
 * no build step, so it needs nothing more); no referrer beyond this site; no MIME sniffing; and HSTS when
 * the browser reached us over HTTPS (directly or through a trusted proxy), never over plain HTTP.
 */
final class SecurityHeaders extends Handler.Wrapper {
    static final String CSP = "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
            + "font-src 'self'; connect-src 'self'; object-src 'none'; base-uri 'none'; form-action 'self'; "
            + "frame-ancestors 'none'";
    static final String HSTS = "max-age=31536000";

    private final ClientAddress address;

    SecurityHeaders(ClientAddress address) {
        this.address = address;
    }

    @Override
    public boolean handle(Request request, Response response, Callback callback) throws Exception {
        HttpFields.Mutable h = response.getHeaders();
        h.put("Content-Security-Policy", CSP);
        h.put("X-Frame-Options", "DENY");
        h.put("Referrer-Policy", "same-origin");
        h.put("X-Content-Type-Options", "nosniff");
        if (address.https(request.getHttpURI().getScheme(), Request.getRemoteAddr(request),
                request.getHeaders().get("X-Forwarded-Proto"))) {
            h.put("Strict-Transport-Security", HSTS);
        }
        return super.handle(request, response, callback);
    }
}
