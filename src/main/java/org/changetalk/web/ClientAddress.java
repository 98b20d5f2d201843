package org.changetalk.web;

import io.javalin.http.Context;

import java.util.Set;

/**
 * Who is really at the other end, and whether they reached us over TLS. {@code X-Forwarded-For} and
 * {@code X-Forwarded-Proto} are believed only when the connection comes from a configured proxy: anyone can
 * send those headers, and believing them from strangers would let a guesser pick a fresh address per attempt.
 */
final class ClientAddress {
    private static final System.Logger LOG = System.getLogger(ClientAddress.class.getName());
    private final Set<String> trusted;
    /** Whether the operator has been told, once, that a proxy seems to be in front but none is trusted. */
    private final java.util.concurrent.atomic.AtomicBoolean warned = new java.util.concurrent.atomic.AtomicBoolean();

    ClientAddress(Set<String> trusted) {
        this.trusted = trusted;
    }

    /** The client's address: the peer, or (from a trusted proxy) the nearest untrusted hop the proxies recorded. */
    String of(Context ctx) {
        String peer = ctx.req().getRemoteAddr();
        if (!trusted.contains(peer)) {
            if (trusted.isEmpty() && ctx.header("X-Forwarded-For") != null && warned.compareAndSet(false, true)) {
                // behind an untrusted proxy every user has the proxy's address, so they share one address budget
                LOG.log(System.Logger.Level.WARNING, "a request from " + peer + " carries X-Forwarded-For, but no trusted "
                        + "proxy is configured: everyone behind that proxy shares one sign-in budget per address. "
                        + "Set --trusted-proxies (env CHANGETALK_TRUSTED_PROXIES) to the proxy's address.");
            }
            return peer;
        }
        String forwarded = ctx.header("X-Forwarded-For");
        if (forwarded == null || forwarded.isBlank()) {
            return peer;
        }
        String[] hops = forwarded.split(",");
        for (int i = hops.length - 1; i >= 0; i--) {
            String hop = hops[i].strip();
            if (!hop.isEmpty() && !trusted.contains(hop)) {
                return hop.length() > 64 ? hop.substring(0, 64) : hop;
            }
        }
        return peer;
    }

    /** Whether the browser's connection was HTTPS: to us directly, or to a trusted proxy that says so. */
    boolean https(Context ctx) {
        return https(ctx.scheme(), ctx.req().getRemoteAddr(), ctx.header("X-Forwarded-Proto"));
    }

    boolean https(String scheme, String peer, String proto) {
        if ("https".equalsIgnoreCase(scheme)) {
            return true;
        }
        if (!trusted.contains(peer)) {
            return false;
        }
        if (proto == null) {
            return false;
        }
        String[] hops = proto.split(",");
        return "https".equalsIgnoreCase(hops[0].strip());
    }

    /** The host the browser addressed: {@code Host}, or a trusted proxy's {@code X-Forwarded-Host}. */
    String host(Context ctx) {
        if (trusted.contains(ctx.req().getRemoteAddr())) {
            String fh = ctx.header("X-Forwarded-Host");
            if (fh != null && !fh.isBlank()) {
                return fh.split(",")[0].strip();
            }
        }
        return ctx.header("Host");
    }
}
