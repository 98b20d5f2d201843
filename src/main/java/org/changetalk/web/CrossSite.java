package org.changetalk.web;

import io.javalin.http.Context;

import java.net.URI;
import java.util.Locale;

/**
 * Refuses state-changing requests another site's page made the browser send. The CSRF token covers routes
 * for signed-in callers; sign-in and sign-up have no token yet, so a cross-site form could sign a victim's
 * browser into the attacker's account ("login CSRF"). Browsers say where a request came from in
 * {@code Sec-Fetch-Site} and {@code Origin}; both are checked when present (a non-browser client sends neither,
 * and is not a victim). Together with JSON-only bodies (a cross-site form cannot send {@code application/json}
 * without a CORS preflight, which this server never grants) that closes the door.
 */
final class CrossSite {
    private final ClientAddress address;

    CrossSite(ClientAddress address) {
        this.address = address;
    }

    void check(Context ctx) {
        String site = ctx.header("Sec-Fetch-Site");
        if (site != null) {
            String s = site.strip().toLowerCase(Locale.ROOT);
            if (!s.equals("same-origin") && !s.equals("none")) {
                throw refused("the browser says it came from another site (Sec-Fetch-Site: " + shorten(site) + ")");
            }
        }
        String origin = ctx.header("Origin");
        if (origin != null) {
            String host = address.host(ctx);
            if (origin.equals("null") || host == null || !host.equalsIgnoreCase(authority(origin))) {
                throw refused("it came from the page " + shorten(origin) + ", not from this site");
            }
        }
    }

    private static String authority(String origin) {
        try {
            URI u = new URI(origin);
            if (u.getHost() == null) {
                return "";
            }
            return u.getPort() < 0 ? u.getHost() : u.getHost() + ":" + u.getPort();
        } catch (java.net.URISyntaxException e) {
            return "";
        }
    }

    private static String shorten(String s) {
        return s.length() > 80 ? s.substring(0, 80) + "…" : s;
    }

    private static ApiError refused(String why) {
        return new ApiError(403, "cross_site", "Refused: " + why + ".");
    }
}
