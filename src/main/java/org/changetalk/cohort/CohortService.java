package org.changetalk.cohort;

import org.changetalk.account.Accounts;
import org.changetalk.account.AuditLog;
import org.changetalk.account.Role;
import org.changetalk.account.Tokens;
import org.changetalk.account.User;
import org.changetalk.account.UserRepository;
import org.changetalk.practice.SessionScores;
import org.changetalk.refusal.Refusal;
import org.changetalk.session.CodeSource;
import org.changetalk.session.SessionInfo;
import org.changetalk.storage.CohortRepository.Cohort;
import org.changetalk.storage.CohortRepository.Share;
import org.changetalk.storage.CohortRepository;
import org.changetalk.storage.Database;
import org.changetalk.storage.PracticeRepository;

import java.security.SecureRandom;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/** Cohorts, their people, and sharing sessions with them (docs/web-api.md, "Cohorts" and "Sharing"). */
public final class CohortService {
    static final int MAX_NAME = 100;

    private final CohortRepository cohorts;
    private final UserRepository users;
    private final Accounts accounts;
    private final PracticeRepository sessions;
    private final SessionScores scoring;
    private final SecureRandom random;
    private final Clock clock;
    private final AuditLog audit;

    public CohortService(CohortRepository cohorts, UserRepository users, Accounts accounts, PracticeRepository sessions,
                         SessionScores scoring, SecureRandom random, Clock clock, AuditLog audit) {
        this.audit = audit;
        this.cohorts = cohorts;
        this.users = users;
        this.accounts = accounts;
        this.sessions = sessions;
        this.scoring = scoring;
        this.random = random;
        this.clock = clock;
    }

    /** Who sees which sessions, in words the cohort page shows (issue 12: access a member can check). */
    public static final String VISIBILITY = "The cohort's instructors see every finished practice session of its members for as "
            + "long as both are in the cohort; removing a member, an instructor leaving or a member leaving ends that at "
            + "once. Imported transcripts and sessions in progress are seen only when shared. Members see only the "
            + "sessions shared with the cohort, and a trainee's own instructor and admins see all of their sessions.";

    /** How the caller stands in a cohort; admins count as instructors of every cohort. */
    enum Standing { INSTRUCTOR, MEMBER }

    /** The result of adding someone: whether they were new, and who. */
    public record Added(boolean created, User user) {}

    public CohortView create(User actor, String name) {
        requireRole(actor, Role.INSTRUCTOR, Role.ADMIN);
        String trimmed = name.strip();
        if (trimmed.isEmpty() || trimmed.length() > MAX_NAME) {
            throw Refusal.invalid("name: 1–" + MAX_NAME + " characters.");
        }
        Cohort c = new Cohort(Tokens.random(random, 12), trimmed, newCode(), actor.id(), clock.millis());
        cohorts.create(c);
        return cohort(actor, c, Standing.INSTRUCTOR);
    }

    public List<CohortView> list(User actor) {
        List<CohortView> out = new ArrayList<>();
        for (Cohort c : cohorts.forUser(actor.id(), actor.role() == Role.ADMIN)) {
            out.add(cohort(actor, c, standing(actor, c)));
        }
        return out;
    }

    public CohortView get(User actor, String id) {
        Cohort c = find(id);
        return cohort(actor, c, visible(actor, c));
    }

    public Added addMember(User actor, String cohortId, String username) {
        Cohort c = instructed(actor, cohortId);
        User u = users.byUsername(username).map(w -> w.user())
                .orElseThrow(() -> Refusal.invalid("username: no user '" + username + "'."));
        // an instructor adds the trainees they manage, or who joined one of their cohorts with its code (and so
        // agreed to be seen by them); anyone else joins with the code, so nobody's sessions become visible to
        // an instructor they never agreed to
        if (u.role() != Role.TRAINEE || !(accounts.manages(actor, u.id()) || cohorts.instructsMemberOf(actor.id(), u.id()))) {
            throw Refusal.invalid("username: '" + username + "' is not a trainee you manage or who joined one of your cohorts; "
                    + "give them the cohort's join code, or ask an admin to assign them to you.");
        }
        return new Added(cohorts.addMember(c.id(), u.id(), clock.millis(), record(actor, "member_added", c, u.id())), u);
    }

    /** Removes a member: their sessions are withdrawn from the cohort and its instructors no longer see them. */
    public void removeMember(User actor, String cohortId, String userId) {
        Cohort c = instructed(actor, cohortId);
        // removing someone who is not a member is done already (DELETE is idempotent); only a real removal is audited
        cohorts.removeMember(c.id(), userId, record(actor, "member_removed", c, userId));
    }

    /** Removes a co-instructor (any instructor of the cohort or an admin may); never the last one. */
    public void removeInstructor(User actor, String cohortId, String userId) {
        Cohort c = instructed(actor, cohortId);
        removeInstructor(actor, c, userId, "instructor_removed");
    }

    /**
     * The caller leaves the cohort: a member's sessions are withdrawn and its instructors stop seeing them; an
     * instructor stops seeing its members' sessions (unless they are the last instructor).
     */
    public void leave(User actor, String cohortId) {
        Cohort c = find(cohortId);
        if (cohorts.isMember(c.id(), actor.id())) {
            cohorts.removeMember(c.id(), actor.id(), record(actor, "member_left", c, actor.id()));
        } else if (cohorts.isInstructor(c.id(), actor.id())) {
            removeInstructor(actor, c, actor.id(), "instructor_left");
        } else {
            throw Refusal.notFound("No such cohort.");
        }
    }

    private void removeInstructor(User actor, Cohort c, String userId, String action) {
        boolean removed;
        try {
            removed = cohorts.removeInstructor(c.id(), userId, record(actor, action, c, userId));
        } catch (IllegalStateException e) {
            throw Refusal.conflict("A cohort needs at least one instructor: add another before removing the last.");
        }
        if (!removed) {
            throw Refusal.notFound("No such instructor.");
        }
    }

    /** The audit record of a change, written in the change's own transaction. */
    private Database.Work<Void> record(User actor, String action, Cohort c, String subjectId) {
        return conn -> {
            audit.record(conn, actor.id(), action, c.id(), subjectId, c.name());
            return null;
        };
    }

    public Added addInstructor(User actor, String cohortId, String username) {
        Cohort c = instructed(actor, cohortId);
        User u = users.byUsername(username).map(w -> w.user())
                .orElseThrow(() -> Refusal.invalid("username: no user '" + username + "'."));
        if (u.role() != Role.INSTRUCTOR) {
            throw Refusal.invalid("username: '" + username + "' is not an instructor.");
        }
        return new Added(cohorts.addInstructor(c.id(), u.id(), clock.millis(), record(actor, "instructor_added", c, u.id())), u);
    }

    /**
     * Sign-up with any code: an instructor's account invite, or a cohort's join code, which makes the account
     * (managed by the cohort's creator) and joins the cohort in one step.
     */
    public Accounts.SignIn signUp(String code, String username, String password, String displayName,
                                  org.changetalk.account.Client client) {
        Optional<Cohort> cohort = cohorts.byInviteCode(code.strip());
        if (cohort.isEmpty()) {
            return accounts.signup(code, username, password, displayName, client);
        }
        Cohort c = cohort.get();
        List<String> instructors = cohorts.instructorIds(c.id());
        String manager = instructors.contains(c.createdBy()) || instructors.isEmpty() ? c.createdBy() : instructors.get(0);
        Accounts.SignIn in = accounts.signupManagedBy(manager, username, password, displayName, client);
        cohorts.addMember(c.id(), in.user().id(), clock.millis());
        return in;
    }

    /**
     * Whose an imported transcript is: the importer's own, or (an instructor's or admin's) a trainee they
     * manage or who is in one of their cohorts. Checked before anything is saved.
     */
    public String importOwner(User actor, String ownerId) {
        if (ownerId == null || ownerId.equals(actor.id())) {
            return actor.id();
        }
        requireRole(actor, Role.INSTRUCTOR, Role.ADMIN);
        User owner = users.byId(ownerId).filter(u -> u.role() == Role.TRAINEE)
                .orElseThrow(() -> Refusal.invalid("owner: no such trainee."));
        if (!(accounts.manages(actor, owner.id()) || cohorts.instructsMemberOf(actor.id(), owner.id()))) {
            throw Refusal.invalid("owner: '" + owner.username() + "' is not a trainee you manage or who is in one of your cohorts.");
        }
        return owner.id();
    }

    /** The cohorts an import may be shared with at once: ones the importer instructs or, for a trainee, belongs to. */
    public List<String> importCohorts(User actor, List<String> cohortIds) {
        for (String id : cohortIds) {
            Cohort c = cohorts.find(id).orElseThrow(() -> Refusal.invalid("shareWith: no such cohort."));
            if (actor.role() != Role.ADMIN && !cohorts.isInstructor(c.id(), actor.id()) && !cohorts.isMember(c.id(), actor.id())) {
                throw Refusal.invalid("shareWith: you are not in the cohort '" + c.name() + "'.");
            }
        }
        return List.copyOf(new java.util.LinkedHashSet<>(cohortIds));
    }

    /** Shares a just-imported session with the cohorts {@link #importCohorts} allowed. */
    public void shareImport(String sessionId, List<String> cohortIds) {
        for (String id : cohortIds) {
            cohorts.share(sessionId, id, clock.millis());
        }
    }

    public CohortView join(User actor, String code) {
        requireRole(actor, Role.TRAINEE);
        Cohort c = cohorts.byInviteCode(code.strip())
                .orElseThrow(() -> new Refusal.Invalid("bad_invite", "inviteCode: no cohort has this code; ask your instructor for a new one."));
        cohorts.addMember(c.id(), actor.id(), clock.millis(), record(actor, "member_joined", c, actor.id()));
        return cohort(actor, c, Standing.MEMBER);
    }

    public CohortView newInviteCode(User actor, String cohortId) {
        Cohort c = instructed(actor, cohortId);
        cohorts.setInviteCode(c.id(), newCode());
        return get(actor, c.id());
    }

    public List<Share> shares(User actor, String sessionId) {
        owned(actor, sessionId);
        return cohorts.shares(sessionId);
    }

    /** Shares a finished session of the caller's with a cohort they belong to; created is false when it already was. */
    public record Shared(boolean created, Share share) {}

    public Shared share(User actor, String sessionId, String cohortId) {
        SessionInfo s = owned(actor, sessionId);
        // members share their sessions; an instructor shares her own (an imported role-play, say) with her cohort
        Cohort c = cohorts.find(cohortId).filter(k -> cohorts.isMember(k.id(), actor.id()) || cohorts.isInstructor(k.id(), actor.id()))
                .orElseThrow(() -> Refusal.notFound("No such cohort."));
        if (!s.finished()) {
            throw Refusal.conflict("Finish the session before sharing it.");
        }
        boolean created = cohorts.share(s.id(), c.id(), clock.millis());
        Share share = cohorts.shares(s.id()).stream().filter(x -> x.cohortId().equals(c.id())).findFirst().orElseThrow();
        return new Shared(created, share);
    }

    public void withdraw(User actor, String sessionId, String cohortId) {
        owned(actor, sessionId);
        cohorts.withdraw(sessionId, cohortId);
    }

    /**
     * Instructors see the members' finished practice sessions while both are in the cohort, and anything shared
     * with it (an imported transcript only when shared); members see only what was shared with the cohort.
     */
    public List<CohortSession> sessions(User actor, String cohortId) {
        Cohort c = find(cohortId);
        Standing standing = visible(actor, c);
        Set<String> shared = new HashSet<>(cohorts.sharedWith(c.id()));
        List<SessionInfo> list = new ArrayList<>();
        Set<String> listed = new HashSet<>();
        for (String memberId : cohorts.memberIds(c.id())) {
            for (SessionInfo s : sessions.byUser(memberId)) {
                if (s.finished() && (shared.contains(s.id())
                        || (standing == Standing.INSTRUCTOR && SessionInfo.PRACTICE.equals(s.kind()))) && listed.add(s.id())) {
                    list.add(s);
                }
            }
        }
        // shared by someone who is not a member: an instructor's own import
        for (String id : shared) {
            if (!listed.contains(id)) {
                sessions.find(id).filter(SessionInfo::finished).ifPresent(s -> {
                    listed.add(s.id());
                    list.add(s);
                });
            }
        }
        list.sort(Comparator.comparingLong(SessionInfo::startedAt).reversed().thenComparing(SessionInfo::id));
        List<CohortSession> out = new ArrayList<>();
        for (SessionInfo s : list) {
            out.add(new CohortSession(s, users.byId(s.userId()).orElse(null), shared.contains(s.id()),
                    scoring.score(s, CodeSource.WITH_RECODES).summary()));
        }
        return out;
    }

    /** The cohort if the caller instructs it (admins always do); 404 for anyone else. */
    Cohort instructed(User actor, String cohortId) {
        Cohort c = find(cohortId);
        Standing s = visible(actor, c);
        if (s != Standing.INSTRUCTOR) {
            throw Refusal.forbidden("Only the cohort's instructors can do this.");
        }
        return c;
    }

    List<User> members(Cohort c) {
        List<User> out = new ArrayList<>();
        cohorts.memberIds(c.id()).forEach(id -> users.byId(id).ifPresent(out::add));
        return out;
    }

    Cohort find(String id) {
        return cohorts.find(id).orElseThrow(() -> Refusal.notFound("No such cohort."));
    }

    private Standing visible(User actor, Cohort c) {
        Standing s = standing(actor, c);
        if (s == null) {
            throw Refusal.notFound("No such cohort.");
        }
        return s;
    }

    private Standing standing(User actor, Cohort c) {
        if (actor.role() == Role.ADMIN || cohorts.isInstructor(c.id(), actor.id())) {
            return Standing.INSTRUCTOR;
        }
        return cohorts.isMember(c.id(), actor.id()) ? Standing.MEMBER : null;
    }

    private SessionInfo owned(User actor, String sessionId) {
        SessionInfo s = sessions.find(sessionId).filter(x -> x.userId().equals(actor.id()))
                .orElseThrow(() -> Refusal.notFound("No such session."));
        return s;
    }

    private CohortView cohort(User actor, Cohort c, Standing standing) {
        boolean instructor = standing == Standing.INSTRUCTOR;
        String code = instructor ? cohorts.find(c.id()).map(Cohort::inviteCode).orElse(null) : null;
        List<User> instructors = new ArrayList<>();
        cohorts.instructorIds(c.id()).forEach(id -> users.byId(id).ifPresent(instructors::add));
        return new CohortView(c.id(), c.name(), c.createdAt(), instructor, code, instructors, members(c), VISIBILITY);
    }

    private String newCode() {
        return Tokens.random(random, 9);
    }

    private static void requireRole(User u, Role... roles) {
        for (Role r : roles) {
            if (u.role() == r) {
                return;
            }
        }
        throw Refusal.forbidden("This needs the role " + String.join(" or ",
                java.util.Arrays.stream(roles).map(Role::wire).toList()) + "; you are " + u.role().wire() + ".");
    }
}
