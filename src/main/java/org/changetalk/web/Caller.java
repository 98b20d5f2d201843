package org.changetalk.web;

import io.javalin.http.Context;
import org.changetalk.account.Role;
import org.changetalk.account.User;
import org.changetalk.account.AuthSessionRepository.SignedIn;

import java.util.Arrays;

/** Who is calling, as the auth filter found them from the session cookie. */
final class Caller {
    static final String ATTRIBUTE = "changetalk.signedIn";

    private Caller() {
    }

    static SignedIn signedIn(Context ctx) {
        SignedIn s = ctx.attribute(ATTRIBUTE);
        if (s == null) {
            throw new ApiError(401, "unauthorized", "Sign in first.");
        }
        return s;
    }

    static User user(Context ctx) {
        return signedIn(ctx).user();
    }

    /** The caller, if they have one of the roles; 403 otherwise. */
    static User withRole(Context ctx, Role... roles) {
        User u = user(ctx);
        if (Arrays.stream(roles).noneMatch(r -> r == u.role())) {
            throw ApiError.forbidden("This needs the role " + String.join(" or ",
                    Arrays.stream(roles).map(Role::wire).toList()) + "; you are " + u.role().wire() + ".");
        }
        return u;
    }
}
