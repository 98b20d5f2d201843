package org.changetalk.session;

import java.util.List;

/**
 * An instructor's review of one counselor turn: a recode (their codes replace the coder's in the summary "with
 * recodes") or an agreement (the coder's codes stand; {@code codes} is empty). {@code version} counts the
 * reviews of the turn, so a second reviewer can be told they had not seen the first.
 */
public record Recode(String sessionId, int number, List<HumanCode> codes, String by, long at, Verdict verdict,
                     int version) {
    public Recode {
        codes = List.copyOf(codes);
        if (verdict == Verdict.RECODE && codes.isEmpty()) {
            throw new IllegalArgumentException("a recode has codes");
        }
    }

    /** A recode (the common case), first version. */
    public Recode(String sessionId, int number, List<HumanCode> codes, String by, long at) {
        this(sessionId, number, codes, by, at, Verdict.RECODE, 1);
    }

    public boolean agrees() {
        return verdict == Verdict.AGREE;
    }
}
