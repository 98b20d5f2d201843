package org.changetalk.web;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import org.changetalk.account.Accounts;
import org.changetalk.account.AuditLog;
import org.changetalk.account.AuthSessionRepository.SignedIn;
import org.changetalk.account.AuthSessionRepository.SignInInfo;
import org.changetalk.account.Role;
import org.changetalk.account.User;

import java.time.Instant;

/**
 * The account lifecycle (issue 12): changing one's password, an admin's one-time reset, one's sign-ins listed
 * and ended one by one or everywhere, and the audit log of access granted and taken back.
 */
final class AccountRoutes {
    private static final JsonNodeFactory JSON = JsonNodeFactory.instance;

    private final Accounts accounts;
    private final AuditLog audit;
    private final ApiRoutes api;
    private final ClientAddress address;

    AccountRoutes(Accounts accounts, AuditLog audit, ApiRoutes api, ClientAddress address) {
        this.accounts = accounts;
        this.audit = audit;
        this.api = api;
        this.address = address;
    }

    void register(RoutesConfig r) {
        r.post("/api/auth/password", ctx -> {
            SignedIn s = Caller.signedIn(ctx);
            ObjectNode body = Requests.object(ctx);
            accounts.changePassword(s, Requests.text(body, "currentPassword"), Requests.text(body, "newPassword"),
                    ApiRoutes.client(ctx, address));
            ctx.status(204);
        });
        r.post("/api/users/{id}/password-reset", ctx -> {
            User admin = Caller.withRole(ctx, Role.ADMIN);
            Accounts.ResetCode code = accounts.issueReset(admin, ctx.pathParam("id"), audit);
            ObjectNode o = JSON.objectNode();
            o.put("code", code.code());
            o.put("expiresAt", Instant.ofEpochMilli(code.expiresAt()).toString());
            ApiRoutes.send(ctx, 201, o);
        });
        r.post("/api/auth/reset", ctx -> {
            ObjectNode body = Requests.object(ctx);
            api.signedIn(ctx, 200, accounts.resetPassword(Requests.text(body, "username"), Requests.text(body, "code"),
                    Requests.text(body, "newPassword"), ApiRoutes.client(ctx, address)));
        });
        r.get("/api/auth/sessions", ctx -> {
            SignedIn s = Caller.signedIn(ctx);
            ArrayNode out = JSON.arrayNode();
            for (SignInInfo i : accounts.signIns(s.user())) {
                ObjectNode o = out.addObject();
                o.put("id", i.id());
                o.put("createdAt", Instant.ofEpochMilli(i.createdAt()).toString());
                o.put("expiresAt", Instant.ofEpochMilli(i.expiresAt()).toString());
                o.put("userAgent", i.userAgent());
                o.put("current", i.tokenHash().equals(s.tokenHash()));
            }
            ApiRoutes.send(ctx, 200, out);
        });
        r.delete("/api/auth/sessions/{id}", ctx -> {
            accounts.revoke(Caller.user(ctx), ctx.pathParam("id"));
            ctx.status(204);
        });
        r.post("/api/auth/logout-everywhere", ctx -> {
            accounts.logoutEverywhere(Caller.user(ctx));
            ctx.header("Set-Cookie", ApiRoutes.COOKIE + "=; Path=/; Max-Age=0; HttpOnly; SameSite=Strict"
                    + ApiRoutes.secure(ctx, address));
            ctx.status(204);
        });
        r.get("/api/audit", this::auditLog);
    }

    private void auditLog(Context ctx) {
        User viewer = Caller.user(ctx);
        int limit = 200;
        String l = ctx.queryParam("limit");
        if (l != null && !l.isEmpty()) {
            try {
                limit = Integer.parseInt(l);
            } catch (NumberFormatException e) {
                limit = -1;
            }
            if (limit < 1 || limit > 1000) {
                throw ApiError.badRequest("limit: must be a whole number from 1 to 1000.");
            }
        }
        ArrayNode out = JSON.arrayNode();
        for (AuditLog.Entry e : audit.recent(viewer, limit)) {
            ObjectNode o = out.addObject();
            o.put("id", e.id());
            o.put("at", Instant.ofEpochMilli(e.at()).toString());
            ObjectNode actor = o.putObject("actor");
            actor.put("id", e.actorId());
            actor.put("username", e.actorName());
            o.put("action", e.action());
            o.put("cohortId", e.cohortId());
            if (e.subjectId() == null) {
                o.putNull("subject");
            } else {
                ObjectNode subject = o.putObject("subject");
                subject.put("id", e.subjectId());
                subject.put("username", e.subjectName());
            }
            o.put("detail", e.detail());
        }
        ApiRoutes.send(ctx, 200, out);
    }
}
