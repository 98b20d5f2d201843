package org.changetalk.web;

import io.javalin.http.Context;
import io.javalin.http.NotFoundResponse;

import java.io.IOException;
import java.io.InputStream;
import java.util.Locale;
import java.util.Map;

/**
 * Serves /webjars/NAME/VERSION/FILE from the class path, one file at a time. Javalin's own WebJar support
 * mounts every jar on the class path as a zip file system when the server starts (a tenth of a second or
 * more with the fat jar); the front end asks for a handful of files, and only when a page needs them.
 */
final class WebJarFiles {
    static final String PATH = "/webjars/<file>";
    private static final String ROOT = "META-INF/resources/webjars/";
    private static final Map<String, String> TYPES = Map.of(
            "js", "text/javascript; charset=utf-8",
            "mjs", "text/javascript; charset=utf-8",
            "css", "text/css; charset=utf-8",
            "json", "application/json",
            "map", "application/json",
            "svg", "image/svg+xml",
            "png", "image/png",
            "woff2", "font/woff2",
            "txt", "text/plain; charset=utf-8");

    private WebJarFiles() {
    }

    static void serve(Context ctx) throws IOException {
        String file = ctx.pathParam("file");
        if (file.isEmpty() || file.startsWith("/") || file.contains("\\") || file.contains("..") || file.endsWith("/")) {
            throw new NotFoundResponse();
        }
        int dot = file.lastIndexOf('.');
        String type = dot < 0 ? null : TYPES.get(file.substring(dot + 1).toLowerCase(Locale.ROOT));
        InputStream in = type == null ? null : WebJarFiles.class.getClassLoader().getResourceAsStream(ROOT + file);
        if (in == null) {
            throw new NotFoundResponse();
        }
        try (in) {
            ctx.contentType(type);
            ctx.header("Cache-Control", "max-age=31622400"); // versioned paths never change
            ctx.result(in.readAllBytes());
        }
    }
}
