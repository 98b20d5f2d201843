package org.changetalk.web;

import java.util.List;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import org.changetalk.account.User;
import org.changetalk.cohort.CohortService;
import org.changetalk.cohort.DashboardService;
import org.changetalk.review.Export;
import org.changetalk.review.Imported;
import org.changetalk.review.ReviewService;
import org.changetalk.review.TranscriptImport;

/** The routes of issue 5: cohorts, sharing, review, dashboards, imports and exports (docs/web-api.md). */
final class CohortRoutes {
    private final CohortService cohorts;
    private final ReviewService reviews;
    private final DashboardService dashboards;
    private final TranscriptImport imports;
    private final Exports exports;
    private final org.changetalk.review.ContestService contests;
    /** Sign-up lives here (a cohort's join code works at sign-up) and signs in as the account routes do. */
    private final ApiRoutes signIn;
    private final ClientAddress address;

    CohortRoutes(CohortService cohorts, ReviewService reviews, DashboardService dashboards, TranscriptImport imports,
                 Exports exports, org.changetalk.review.ContestService contests, ApiRoutes signIn, ClientAddress address) {
        this.contests = contests;
        this.signIn = signIn;
        this.address = address;
        this.cohorts = cohorts;
        this.reviews = reviews;
        this.dashboards = dashboards;
        this.imports = imports;
        this.exports = exports;
    }

    void register(RoutesConfig r) {
        r.post("/api/cohorts", ctx -> {
            User u = Caller.user(ctx);
            send(ctx, 201, CohortJson.cohort(cohorts.create(u, Requests.text(Requests.object(ctx), "name"))));
        });
        r.get("/api/cohorts", ctx -> send(ctx, 200, CohortJson.cohorts(cohorts.list(Caller.user(ctx)))));
        r.post("/api/cohorts/join", ctx -> {
            User u = Caller.user(ctx);
            send(ctx, 200, CohortJson.cohort(cohorts.join(u, Requests.text(Requests.object(ctx), "inviteCode"))));
        });
        r.get("/api/cohorts/{id}", ctx -> send(ctx, 200, CohortJson.cohort(cohorts.get(Caller.user(ctx), ctx.pathParam("id")))));
        r.post("/api/cohorts/{id}/members", ctx -> {
            User u = Caller.user(ctx);
            CohortService.Added a = cohorts.addMember(u, ctx.pathParam("id"), Requests.text(Requests.object(ctx), "username"));
            send(ctx, a.created() ? 201 : 200, UserJson.of(a.user()));
        });
        r.delete("/api/cohorts/{id}/members/{userId}", ctx -> {
            cohorts.removeMember(Caller.user(ctx), ctx.pathParam("id"), ctx.pathParam("userId"));
            ctx.status(204);
        });
        r.post("/api/cohorts/{id}/instructors", ctx -> {
            User u = Caller.user(ctx);
            CohortService.Added a = cohorts.addInstructor(u, ctx.pathParam("id"), Requests.text(Requests.object(ctx), "username"));
            send(ctx, a.created() ? 201 : 200, UserJson.of(a.user()));
        });
        r.delete("/api/cohorts/{id}/instructors/{userId}", ctx -> {
            cohorts.removeInstructor(Caller.user(ctx), ctx.pathParam("id"), ctx.pathParam("userId"));
            ctx.status(204);
        });
        r.post("/api/cohorts/{id}/leave", ctx -> {
            cohorts.leave(Caller.user(ctx), ctx.pathParam("id"));
            ctx.status(204);
        });
        r.post("/api/cohorts/{id}/invite-code", ctx -> send(ctx, 200, CohortJson.cohort(cohorts.newInviteCode(Caller.user(ctx), ctx.pathParam("id")))));
        r.get("/api/cohorts/{id}/sessions", ctx -> send(ctx, 200, CohortJson.sessions(cohorts.sessions(Caller.user(ctx), ctx.pathParam("id")))));
        r.get("/api/cohorts/{id}/sessions/export", ctx -> file(ctx,
                exports.cohortSessions(Caller.user(ctx), ctx.pathParam("id"), Exports.format(ctx.queryParam("format")))));
        r.get("/api/cohorts/{id}/agreement", ctx -> send(ctx, 200, CohortJson.agreement(dashboards.agreement(Caller.user(ctx), ctx.pathParam("id")))));
        r.get("/api/cohorts/{id}/dashboard", ctx -> send(ctx, 200,
                CohortJson.dashboard(dashboards.cohort(Caller.user(ctx), ctx.pathParam("id"), inactiveDays(ctx)))));
        r.get("/api/cohorts/{id}/dashboard/export", ctx -> file(ctx, exports.dashboard(Caller.user(ctx), ctx.pathParam("id"),
                inactiveDays(ctx), Exports.format(ctx.queryParam("format")))));
        r.get("/api/me/dashboard", ctx -> send(ctx, 200, CohortJson.dashboard(dashboards.mine(Caller.user(ctx), inactiveDays(ctx)))));
        r.get("/api/me/dashboard/export", ctx -> file(ctx, exports.dashboard(Caller.user(ctx), null, inactiveDays(ctx),
                Exports.format(ctx.queryParam("format")))));

        r.get("/api/sessions/{id}/shares", ctx -> send(ctx, 200, CohortJson.shares(cohorts.shares(Caller.user(ctx), ctx.pathParam("id")))));
        r.post("/api/sessions/{id}/shares", ctx -> {
            User u = Caller.user(ctx);
            CohortService.Shared s = cohorts.share(u, ctx.pathParam("id"), Requests.text(Requests.object(ctx), "cohortId"));
            send(ctx, s.created() ? 201 : 200, CohortJson.share(s.share()));
        });
        r.delete("/api/sessions/{id}/shares/{cohortId}", ctx -> {
            cohorts.withdraw(Caller.user(ctx), ctx.pathParam("id"), ctx.pathParam("cohortId"));
            ctx.status(204);
        });
        r.get("/api/sessions/{id}/review", ctx -> send(ctx, 200,
                ReviewJson.review(reviews.review(Caller.user(ctx), ctx.pathParam("id"), humanCodes(ctx)))));
        r.put("/api/sessions/{id}/turns/{number}/codes", ctx -> {
            User u = Caller.user(ctx);
            ObjectNode body = Requests.object(ctx);
            send(ctx, 200, ReviewJson.turn(reviews.recode(u, ctx.pathParam("id"), turnNumber(ctx),
                    ReviewJson.codeInputs(body.get("codes")), Requests.optionalInt(body, "version", 0, Integer.MAX_VALUE, -1))));
        });
        r.post("/api/sessions/{id}/turns/{number}/agree", ctx -> {
            User u = Caller.user(ctx);
            ObjectNode body = ctx.body().isBlank() ? JsonNodeFactory.instance.objectNode() : Requests.object(ctx);
            send(ctx, 200, ReviewJson.turn(reviews.agree(u, ctx.pathParam("id"), turnNumber(ctx),
                    Requests.optionalInt(body, "version", 0, Integer.MAX_VALUE, -1))));
        });
        r.delete("/api/sessions/{id}/turns/{number}/codes", ctx -> {
            reviews.clearRecode(Caller.user(ctx), ctx.pathParam("id"), turnNumber(ctx));
            ctx.status(204);
        });
        r.get("/api/sessions/{id}/comments", ctx -> send(ctx, 200, ReviewJson.comments(reviews.comments(Caller.user(ctx), ctx.pathParam("id")))));
        r.post("/api/sessions/{id}/comments", ctx -> {
            User u = Caller.user(ctx);
            ObjectNode body = Requests.object(ctx);
            int turn = Requests.optionalInt(body, "turn", 0, 100_000, -1);
            if (turn < 0) {
                throw ApiError.badRequest("turn: required (a turn number, 0 for the whole session).");
            }
            send(ctx, 201, ReviewJson.comment(reviews.comment(u, ctx.pathParam("id"), turn, Requests.text(body, "text"),
                    Requests.optionalText(body, "parentId"))));
        });
        r.get("/api/sessions/{id}/export", ctx -> file(ctx,
                exports.session(Caller.user(ctx), ctx.pathParam("id"), Exports.format(ctx.queryParam("format")))));
        r.get("/api/sessions/{id}/xapi", ctx -> file(ctx,
                exports.xapi(Caller.user(ctx), ctx.pathParam("id"), ctx.scheme() + "://" + ctx.host())));
        r.post("/api/imports", ctx -> {
            User u = Caller.user(ctx);
            ObjectNode body = Requests.upload(ctx, WebServer.MAX_UPLOAD_BODY);
            // who it belongs to and where it is shared are checked before anything is saved
            String owner = cohorts.importOwner(u, Requests.optionalText(body, "owner"));
            List<String> shareWith = cohorts.importCohorts(u, stringList(body, "shareWith"));
            TranscriptImport.Checked checked = imports.check(Requests.text(body, "format"), Requests.text(body, "text"),
                    Requests.optionalText(body, "title"));
            if (ImportProgress.wanted(ctx)) {
                // a long transcript takes seconds to code: the page shows how far it has got
                ImportProgress.stream(ctx, progress -> {
                    Imported created = imports.store(u, owner, checked, progress);
                    cohorts.shareImport(created.id(), shareWith);
                    return ReviewJson.imported(created);
                });
                return;
            }
            Imported created = imports.store(u, owner, checked, (done, total) -> { });
            cohorts.shareImport(created.id(), shareWith);
            send(ctx, 201, ReviewJson.imported(created));
        });
        r.post("/api/sessions/{id}/turns/{number}/contest", ctx -> {
            ObjectNode body = Requests.object(ctx);
            send(ctx, 201, ReviewJson.contest(contests.contest(Caller.user(ctx), ctx.pathParam("id"), turnNumber(ctx),
                    Requests.text(body, "code"), Requests.optionalText(body, "note"))));
        });
        r.get("/api/contests", ctx -> send(ctx, 200, ReviewJson.contests(contests.list(Caller.user(ctx)))));
        r.get("/api/contests/gold", ctx -> file(ctx, contests.gold(Caller.withRole(ctx, org.changetalk.account.Role.INSTRUCTOR,
                org.changetalk.account.Role.ADMIN))));
        r.post("/api/contests/{id}/settle", ctx -> {
            ObjectNode body = Requests.object(ctx);
            send(ctx, 200, ReviewJson.contest(contests.settle(Caller.user(ctx), ctx.pathParam("id"),
                    Requests.text(body, "outcome"), ReviewJson.codeInputs(body.get("codes")), Requests.optionalText(body, "answer"))));
        });
        r.post("/api/auth/signup", ctx -> {
            ObjectNode body = Requests.object(ctx);
            String code = Requests.text(body, "inviteCode");
            String username = Requests.text(body, "username");
            String password = Requests.text(body, "password");
            String displayName = Requests.optionalText(body, "displayName");
            signIn.signedIn(ctx, 201, cohorts.signUp(code, username, password, displayName, ApiRoutes.client(ctx, address)));
        });
    }

    /** An optional array of strings; anything else is a 400 naming the field. */
    private static List<String> stringList(ObjectNode body, String field) {
        com.fasterxml.jackson.databind.JsonNode n = body.get(field);
        if (n == null || n.isNull()) {
            return List.of();
        }
        if (!n.isArray() || n.size() > 50) {
            throw org.changetalk.refusal.Refusal.invalid(field + ": must be a list of at most 50 ids.");
        }
        List<String> out = new java.util.ArrayList<>();
        for (com.fasterxml.jackson.databind.JsonNode x : n) {
            if (!x.isTextual()) {
                throw org.changetalk.refusal.Refusal.invalid(field + ": must be a list of ids (strings).");
            }
            out.add(x.asText());
        }
        return out;
    }

    private static boolean humanCodes(Context ctx) {
        String codes = ctx.queryParam("codes");
        if (codes == null || codes.equals("human")) {
            return true;
        }
        if (codes.equals("auto")) {
            return false;
        }
        throw ApiError.badRequest("codes: must be human or auto, not '" + codes + "'.");
    }

    private static int inactiveDays(Context ctx) {
        String v = ctx.queryParam("inactiveDays");
        if (v == null || v.isEmpty()) {
            return 7;
        }
        try {
            int d = Integer.parseInt(v);
            if (d >= 1 && d <= 365) {
                return d;
            }
        } catch (NumberFormatException e) {
            // falls through to the 400
        }
        throw ApiError.badRequest("inactiveDays: must be a whole number from 1 to 365.");
    }

    private static int turnNumber(Context ctx) {
        try {
            return Integer.parseInt(ctx.pathParam("number"));
        } catch (NumberFormatException e) {
            throw ApiError.notFound("No turn '" + ctx.pathParam("number") + "' in this session.");
        }
    }

    private static void file(Context ctx, Export e) {
        ctx.status(200).contentType(e.contentType()).header("Content-Disposition", "attachment; filename=\"" + e.fileName() + "\"")
                .result(e.body());
    }

    private static void send(Context ctx, int status, com.fasterxml.jackson.databind.JsonNode body) {
        ApiRoutes.send(ctx, status, body);
    }
}
