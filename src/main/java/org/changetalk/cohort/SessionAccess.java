package org.changetalk.cohort;

import org.changetalk.account.Accounts;
import org.changetalk.account.Role;
import org.changetalk.account.User;
import org.changetalk.refusal.Refusal;
import org.changetalk.session.SessionInfo;
import org.changetalk.storage.CohortRepository;
import org.changetalk.storage.PracticeRepository;

/**
 * Who may review, comment on and recode a session (docs/web-api.md, "Who may review"). Anyone else gets
 * 404, as for a session that does not exist, so ids do not leak.
 */
public final class SessionAccess {
    private final Accounts accounts;
    private final CohortRepository cohorts;
    private final PracticeRepository sessions;

    public SessionAccess(Accounts accounts, CohortRepository cohorts, PracticeRepository sessions) {
        this.accounts = accounts;
        this.cohorts = cohorts;
        this.sessions = sessions;
    }

    /**
     * The session if the user may review it: owner, managing instructor, admin, an instructor of a cohort the
     * owner is in (finished practice sessions only, and only while both are in it), or shared with a cohort of theirs.
     */
    public SessionInfo reviewable(User user, String sessionId) {
        SessionInfo s = sessions.find(sessionId).orElseThrow(() -> Refusal.notFound("No such session."));
        boolean ok = accounts.manages(user, s.userId())
                || (byCohort(user, s))
                || (s.finished() && cohorts.sharedWithCohortOf(s.id(), user.id()));
        if (!ok) {
            throw Refusal.notFound("No such session.");
        }
        return s;
    }

    /** A reviewable, finished session. */
    public SessionInfo finishedReviewable(User user, String sessionId) {
        SessionInfo s = reviewable(user, sessionId);
        if (!s.finished()) {
            throw Refusal.conflict("The session is still going on; it can be reviewed once it is finished.");
        }
        return s;
    }

    /** Instructors of the owner (managing or through a cohort) and admins recode; trainees never do. */
    public boolean canRecode(User user, SessionInfo s) {
        if (user.role() == Role.ADMIN) {
            return true;
        }
        return user.role() == Role.INSTRUCTOR
                && (accounts.manages(user, s.userId()) || byCohort(user, s) || cohorts.sharedWithCohortInstructedBy(s.id(), user.id()));
    }

    /** An instructor of one of the owner's cohorts, on a finished practice session. */
    private boolean byCohort(User user, SessionInfo s) {
        return user.role() == Role.INSTRUCTOR && s.finished() && SessionInfo.PRACTICE.equals(s.kind())
                && cohorts.instructsMemberOf(user.id(), s.userId());
    }
}
