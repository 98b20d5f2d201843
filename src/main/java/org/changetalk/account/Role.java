package org.changetalk.account;

import java.util.Locale;
import java.util.Optional;

/** Who may do what: trainees practise, instructors manage their trainees, admins manage everyone. */
public enum Role {
    TRAINEE, INSTRUCTOR, ADMIN;

    public String wire() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Optional<Role> parse(String s) {
        for (Role r : values()) {
            if (r.wire().equals(s)) {
                return Optional.of(r);
            }
        }
        return Optional.empty();
    }

    public static Role of(String s) {
        return parse(s).orElseThrow(() -> new IllegalStateException("unknown role in the database: '" + s + "'"));
    }
}
