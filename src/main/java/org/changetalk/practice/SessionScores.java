package org.changetalk.practice;

import org.changetalk.refusal.Refusal;
import org.changetalk.session.CodeSource;
import org.changetalk.session.Scored;
import org.changetalk.session.SessionInfo;
import org.changetalk.session.SessionScorer;
import org.changetalk.session.StoredSession;
import org.changetalk.storage.PracticeRepository;
import org.changetalk.storage.ReviewRepository;

/**
 * Loads a stored session with its recodes and scores it with {@link SessionScorer}: the way every figure of a
 * session (report, progress, dashboards, review, exports) is computed.
 */
public final class SessionScores {
    private final PracticeRepository sessions;
    private final ReviewRepository reviews;

    public SessionScores(PracticeRepository sessions, ReviewRepository reviews) {
        this.sessions = sessions;
        this.reviews = reviews;
    }

    /** The recodes are always read, so a review can show them beside automatic codes; the source picks the count. */
    public Scored score(SessionInfo info, CodeSource source) {
        StoredSession s = sessions.load(info.id()).orElseThrow(() -> Refusal.notFound("No such session."));
        return SessionScorer.score(s, reviews.recodes(info.id()), source, Categorizer::categorize);
    }
}
