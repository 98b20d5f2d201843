package org.changetalk.web;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.javalin.http.Context;
import org.changetalk.refusal.Refusal;
import org.changetalk.review.TranscriptImport;
import org.changetalk.storage.Database;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.function.Function;

/**
 * An import that tells how far its coding has got (docs/web-api.md, "Imports"). A client that sends
 * {@code Accept: application/x-ndjson} gets, once the transcript has been read and checked (refusals up to
 * then are ordinary JSON errors with their status), a 200 whose body is one JSON object per line:
 * {@code {"coded": n, "total": t}} as the turns are coded, then either {@code {"imported": {…}}} (what the plain
 * request answers with 201) or {@code {"status": s, "error": …, "detail": …}} when storing failed after all.
 * A long transcript takes seconds to code; the import page draws a bar from these lines.
 */
final class ImportProgress {
    static final String TYPE = "application/x-ndjson";
    private static final System.Logger LOG = System.getLogger(ImportProgress.class.getName());
    /** A line when the share done reaches the next hundredth: at most a hundred and one lines, however long. */
    private static final int STEPS = 100;

    private final OutputStream out;
    private int lastStep = -1;
    /** The client went away: the import goes on and is saved, as a plain request's would be, unheard. */
    private boolean gone;

    private ImportProgress(OutputStream out) {
        this.out = out;
    }

    /** Whether the client asked for the progress lines. */
    static boolean wanted(Context ctx) {
        String accept = ctx.header("Accept");
        return accept != null && accept.contains(TYPE);
    }

    /** Answers with the progress lines of {@code work}, then its result (or its failure) as the last line. */
    static void stream(Context ctx, Function<TranscriptImport.Progress, JsonNode> work) {
        ctx.status(200);
        ctx.contentType(TYPE + "; charset=utf-8");
        try {
            ImportProgress lines = new ImportProgress(ctx.res().getOutputStream());
            ObjectNode last = JsonNodeFactory.instance.objectNode();
            try {
                last.set("imported", work.apply(lines::coded));
            } catch (RuntimeException e) {
                // the status line has gone out: the failure is the last line, in the API's {error, detail} shape
                ApiError error = failure(ctx, e);
                last.put("status", error.status());
                last.put("error", error.error());
                last.put("detail", error.detail());
            }
            lines.line(last);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static ApiError failure(Context ctx, RuntimeException e) {
        if (e instanceof ApiError a) {
            return a;
        }
        if (e instanceof Refusal r) {
            return ApiError.from(r);
        }
        if (Database.unavailable(e)) {
            return new ApiError(503, "unavailable", "The database cannot be reached just now; nothing was saved. Try again in a few seconds.");
        }
        LOG.log(System.Logger.Level.ERROR, ctx.method() + " " + ctx.path() + " failed", e);
        return new ApiError(500, "internal", "Something went wrong on the server; the request was not completed.");
    }

    private void coded(int done, int total) {
        int step = total == 0 ? STEPS : (int) ((long) done * STEPS / total);
        if (step == lastStep) {
            return;
        }
        lastStep = step;
        ObjectNode o = JsonNodeFactory.instance.objectNode();
        o.put("coded", done);
        o.put("total", total);
        line(o);
    }

    private void line(JsonNode o) {
        if (gone) {
            return;
        }
        try {
            out.write((o.toString() + "\n").getBytes(StandardCharsets.UTF_8));
            out.flush();
        } catch (IOException e) {
            gone = true;
        }
    }
}
