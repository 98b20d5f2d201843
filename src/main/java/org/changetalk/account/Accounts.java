package org.changetalk.account;

import org.changetalk.account.AuthSessionRepository.SignedIn;
import org.changetalk.account.InviteRepository.Invite;
import org.changetalk.storage.Database;
import org.changetalk.storage.StorageException;
import org.changetalk.refusal.Refusal;

import java.security.SecureRandom;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/** Sign-in, sign-up with invites, account creation and who manages whom. */
public final class Accounts {
    private static final Pattern USERNAME = Pattern.compile("[A-Za-z0-9._-]{3,40}");

    private final Database db;
    private final UserRepository users;
    private final AuthSessionRepository sessions;
    private final InviteRepository invites;
    private final PasswordResetRepository resets;
    private final Passwords passwords;
    private final LoginThrottle throttle;
    private final HashingPool hashing;
    private final SecureRandom random;
    private final Clock clock;
    private final Duration sessionLifetime;
    /** Account creation and instructor assignment are recorded here, in the change's own transaction. */
    private final AuditLog audit;
    /** Made on the first sign-in with an unknown name, not at start-up (it costs one slow hash). */
    private volatile PasswordHash decoy;

    public Accounts(Database db, Passwords passwords, LoginThrottle throttle, HashingPool hashing, SecureRandom random,
                    Clock clock, Duration sessionLifetime) {
        this.db = db;
        this.users = new UserRepository(db);
        this.sessions = new AuthSessionRepository(db);
        this.invites = new InviteRepository(db);
        this.resets = new PasswordResetRepository(db);
        this.passwords = passwords;
        this.throttle = throttle;
        this.hashing = hashing;
        this.random = random;
        this.clock = clock;
        this.sessionLifetime = sessionLifetime;
        this.audit = new AuditLog(db, random, clock);
    }

    /**
     * A new sign-in: the user, the cookie's token (shown once, stored only as a hash), the CSRF token, and the
     * browser's device token (kept across sign-ins so the throttle knows the owner's browser).
     */
    public record SignIn(User user, String token, String csrfToken, String deviceToken) {}

    /**
     * Checks a password. The attempt is reserved with the throttle before hashing (so parallel guesses
     * cannot overtake the count) and the hash runs on the bounded pool.
     *
     * @param deviceToken the browser's device token from an earlier sign-in, or null
     */
    public SignIn login(String username, String password, Client client) {
        String device = client.deviceToken();
        LoginThrottle.Decision d = throttle.begin(username, client.address(), device == null ? null : Tokens.sha256(device));
        if (d instanceof LoginThrottle.Wait w) {
            long seconds = Math.max(1, (w.duration().toMillis() + 999) / 1000);
            throw new Refusal.Throttled("too_many_attempts", "Too many failed sign-ins; try again in " + seconds + " s.",
                    Duration.ofSeconds(seconds));
        }
        LoginThrottle.Attempt attempt = (LoginThrottle.Attempt) d;
        boolean ok;
        Optional<UserRepository.WithPassword> found;
        try {
            found = users.byUsername(username);
            // an unknown name costs the same hashing time as a wrong password, so timing does not reveal names
            ok = hash(() -> found.isPresent() ? passwords.verify(password, found.get().password())
                    : passwords.verify(password, decoy()) && false);
        } catch (RuntimeException e) {
            attempt.abandoned();
            throw e;
        }
        if (!ok) {
            attempt.failed();
            throw new Refusal.Unauthenticated("bad_credentials", "Wrong username or password.");
        }
        String newDevice = device != null ? device : Tokens.random(random, 24);
        attempt.succeeded(Tokens.sha256(newDevice));
        SignIn s = open(found.get().user(), client.userAgent());
        return new SignIn(s.user(), s.token(), s.csrfToken(), newDevice);
    }

    /** Runs slow password work on the bounded pool; a full pool is a 503 the client may retry. */
    private <T> T hash(java.util.function.Supplier<T> work) {
        try {
            return hashing.run(work);
        } catch (HashingPool.Busy e) {
            throw new Refusal.Busy("busy", "The server is busy checking passwords; try again in a few seconds.",
                    Duration.ofSeconds(2));
        }
    }

    public SignIn signup(String inviteCode, String username, String password, String displayName, Client client) {
        checkUsername(username);
        checkPassword(password);
        PasswordHash hash = hash(() -> passwords.hash(password)); // before the transaction: it takes a while
        User user = insert(c -> {
            String manager = invites.use(c, inviteCode);
            if (manager == null) {
                throw new Refusal.Invalid("bad_invite", "inviteCode: no such invite code, or it has been used up.");
            }
            return new User(newId(), username, displayName(displayName, username), Role.TRAINEE, manager);
        }, hash, null, "account_signed_up");
        return open(user, client.userAgent());
    }

    /**
     * Sign-up with a code that is not an account invite but a cohort's join code: the caller (the cohort
     * service) found the code and the instructor who will manage the new trainee.
     */
    public SignIn signupManagedBy(String managerId, String username, String password, String displayName, Client client) {
        checkUsername(username);
        checkPassword(password);
        PasswordHash hash = hash(() -> passwords.hash(password));
        User user = insert(c -> new User(newId(), username, displayName(displayName, username), Role.TRAINEE, managerId), hash,
                null, "account_signed_up");
        return open(user, client.userAgent());
    }

    /** An admin makes an instructor the manager of a trainee (who then sees their sessions and may add them to cohorts). */
    public User assignInstructor(User actor, String traineeId, String instructorUsername) {
        if (actor.role() != Role.ADMIN) {
            throw Refusal.forbidden("Only admins assign trainees to instructors.");
        }
        User trainee = users.byId(traineeId).orElseThrow(() -> Refusal.notFound("No such user."));
        if (trainee.role() != Role.TRAINEE) {
            throw Refusal.invalid("user: '" + trainee.username() + "' is not a trainee.");
        }
        User instructor = users.byUsername(instructorUsername).map(UserRepository.WithPassword::user)
                .filter(u -> u.role() == Role.INSTRUCTOR)
                .orElseThrow(() -> Refusal.invalid("instructor: no instructor '" + instructorUsername + "'."));
        db.write("assign an instructor", c -> {
            users.setManager(c, trainee.id(), instructor.id());
            audit.record(c, actor.id(), "instructor_assigned", null, trainee.id(), "instructor " + instructor.username()
                    + (trainee.managerId() == null ? "" : ", was managed by " + trainee.managerId()));
            return null;
        });
        return users.byId(trainee.id()).orElseThrow();
    }

    public Optional<SignedIn> current(String token) {
        if (token == null || token.isEmpty() || token.length() > 100) {
            return Optional.empty();
        }
        return sessions.find(Tokens.sha256(token), clock.millis());
    }

    public void logout(String token) {
        if (token != null) {
            sessions.delete(Tokens.sha256(token));
        }
    }

    /** Instructors create trainees they then manage; admins create any role. */
    public User create(User actor, String username, String password, Role role, String displayName) {
        if (actor.role() == Role.TRAINEE) {
            throw Refusal.forbidden("Only instructors and admins create accounts.");
        }
        if (actor.role() == Role.INSTRUCTOR && role != Role.TRAINEE) {
            throw Refusal.forbidden("Instructors may only create trainee accounts.");
        }
        checkUsername(username);
        checkPassword(password);
        PasswordHash hash = hash(() -> passwords.hash(password));
        String manager = role == Role.TRAINEE ? actor.id() : null;
        return insert(c -> new User(newId(), username, displayName(displayName, username), role, manager), hash,
                actor.id(), "account_created");
    }

    /**
     * Changes the caller's own password after checking the current one (throttled like a sign-in, so it is
     * no way round the throttle), and ends their other sign-ins: whoever knew the old password is out.
     */
    public void changePassword(SignedIn caller, String current, String next, Client client) {
        checkPassword(next);
        User u = caller.user();
        LoginThrottle.Decision d = throttle.begin(u.username(), client.address(),
                client.deviceToken() == null ? null : Tokens.sha256(client.deviceToken()));
        if (d instanceof LoginThrottle.Wait w) {
            long seconds = Math.max(1, (w.duration().toMillis() + 999) / 1000);
            throw new Refusal.Throttled("too_many_attempts", "Too many wrong passwords; try again in " + seconds + " s.",
                    Duration.ofSeconds(seconds));
        }
        LoginThrottle.Attempt attempt = (LoginThrottle.Attempt) d;
        PasswordHash fresh;
        try {
            PasswordHash stored = users.passwordOf(u.id()).orElseThrow(() -> Refusal.notFound("No such account."));
            if (!hash(() -> passwords.verify(current, stored))) {
                attempt.failed();
                throw new Refusal.Forbidden("wrong_password", "currentPassword: that is not your current password.");
            }
            fresh = hash(() -> passwords.hash(next));
        } catch (Refusal.Busy e) {
            attempt.abandoned();
            throw e;
        }
        attempt.succeeded(client.deviceToken() == null ? null : Tokens.sha256(client.deviceToken()));
        db.write("change password", c -> {
            users.updatePassword(c, u.id(), fresh);
            sessions.deleteAllFor(c, u.id(), caller.tokenHash());
            return null;
        });
    }

    /** A one-time reset code and when it stops working. */
    public record ResetCode(String code, long expiresAt) {}

    static final Duration RESET_LIFETIME = Duration.ofHours(24);

    /**
     * An admin issues a one-time code for a user who has lost their password (shown once, kept as a hash,
     * replacing any earlier code). The user sets a new password with it; the old one keeps working until then.
     */
    public ResetCode issueReset(User admin, String userId, AuditLog audit) {
        if (admin.role() != Role.ADMIN) {
            throw Refusal.forbidden("Only admins issue password resets.");
        }
        users.byId(userId).orElseThrow(() -> Refusal.notFound("No user '" + userId + "'."));
        String code = Tokens.random(random, 15);
        long now = clock.millis();
        resets.replace(Tokens.sha256(code), userId, admin.id(), now, now + RESET_LIFETIME.toMillis());
        db.write("audit password reset", c -> {
            audit.record(c, admin.id(), "password_reset_issued", null, userId, null);
            return null;
        });
        return new ResetCode(code, now + RESET_LIFETIME.toMillis());
    }

    /**
     * Sets a new password with a one-time code (throttled like a sign-in), ends every sign-in of the account,
     * and signs this browser in.
     */
    public SignIn resetPassword(String username, String code, String next, Client client) {
        checkPassword(next);
        LoginThrottle.Decision d = throttle.begin(username, client.address(), null);
        if (d instanceof LoginThrottle.Wait w) {
            long seconds = Math.max(1, (w.duration().toMillis() + 999) / 1000);
            throw new Refusal.Throttled("too_many_attempts", "Too many failed attempts; try again in " + seconds + " s.",
                    Duration.ofSeconds(seconds));
        }
        LoginThrottle.Attempt attempt = (LoginThrottle.Attempt) d;
        Optional<UserRepository.WithPassword> found = users.byUsername(username);
        PasswordHash fresh;
        try {
            fresh = hash(() -> passwords.hash(next));
        } catch (Refusal.Busy e) {
            attempt.abandoned();
            throw e;
        }
        boolean used = found.isPresent() && db.write("reset password", c -> {
            if (!resets.consume(c, Tokens.sha256(code == null ? "" : code), found.get().user().id(), clock.millis())) {
                return false;
            }
            users.updatePassword(c, found.get().user().id(), fresh);
            sessions.deleteAllFor(c, found.get().user().id(), null);
            return true;
        });
        if (!used) {
            attempt.failed();
            throw new Refusal.Unauthenticated("bad_reset_code", "That reset code is wrong, used or expired; ask an admin for a new one.");
        }
        attempt.succeeded(null);
        return open(found.get().user(), client.userAgent());
    }

    /** The caller's live sign-ins. */
    public List<AuthSessionRepository.SignInInfo> signIns(User u) {
        return sessions.list(u.id(), clock.millis());
    }

    /** Ends one of the caller's sign-ins by its id (from {@link #signIns}); 404 when it is not theirs. */
    public void revoke(User u, String id) {
        AuthSessionRepository.SignInInfo s = signIns(u).stream().filter(i -> i.id().equals(id)).findFirst()
                .orElseThrow(() -> Refusal.notFound("No sign-in '" + id + "'."));
        sessions.delete(s.tokenHash());
    }

    /** Ends every sign-in of the caller, this one too. */
    public int logoutEverywhere(User u) {
        return sessions.deleteAllFor(u.id(), null);
    }

    /** Forgets sign-ins past their lifetime (they are refused anyway; this keeps the table small). */
    public int deleteExpiredSignIns() {
        return sessions.deleteExpired(clock.millis());
    }

    /** Creates the first admin when there are no accounts; returns the password to print, or empty. */
    public Optional<String> bootstrapAdmin(String configuredPassword) {
        if (users.count() > 0) {
            return Optional.empty();
        }
        String password = configuredPassword != null && !configuredPassword.isBlank() ? configuredPassword
                : Tokens.random(random, 15);
        checkPassword(password);
        PasswordHash hash = passwords.hash(password);
        insert(c -> new User(newId(), "admin", "Administrator", Role.ADMIN, null), hash, null, "account_created");
        return Optional.of(password);
    }

    public List<User> list(User actor) {
        return switch (actor.role()) {
            case ADMIN -> users.list(null);
            case INSTRUCTOR -> users.list(actor.id());
            case TRAINEE -> throw Refusal.forbidden("Only instructors and admins list accounts.");
        };
    }

    public Invite createInvite(User actor, int maxUses) {
        if (actor.role() == Role.TRAINEE) {
            throw Refusal.forbidden("Only instructors and admins create invites.");
        }
        Invite invite = new Invite(Tokens.random(random, 9), actor.id(), maxUses, 0, clock.millis());
        invites.insert(invite);
        return invite;
    }

    public List<Invite> invites(User actor) {
        return switch (actor.role()) {
            case ADMIN -> invites.list(null);
            case INSTRUCTOR -> invites.list(actor.id());
            case TRAINEE -> throw Refusal.forbidden("Only instructors and admins see invites.");
        };
    }

    public boolean exists(String userId) {
        return users.byId(userId).isPresent();
    }

    /** Whether {@code actor} may see what {@code ownerId} owns: themselves, an admin, or the owner's instructor. */
    public boolean manages(User actor, String ownerId) {
        if (actor.id().equals(ownerId) || actor.role() == Role.ADMIN) {
            return true;
        }
        if (actor.role() != Role.INSTRUCTOR) {
            return false;
        }
        return users.byId(ownerId).map(owner -> actor.id().equals(owner.managerId())).orElse(false);
    }

    private interface NewUser {
        User make(java.sql.Connection c) throws SQLException;
    }

    /** Stores a new account and its audit record (actor null: the account made itself, by sign-up or at first start). */
    private User insert(NewUser make, PasswordHash hash, String actorId, String action) {
        try {
            return db.write("create account", c -> {
                User u = make.make(c);
                if (users.usernameTaken(c, u.username())) {
                    throw Refusal.conflict("username: '" + u.username() + "' is taken.");
                }
                users.insert(c, u, hash, clock.millis());
                audit.record(c, actorId == null ? u.id() : actorId, action, null, u.id(),
                        "role " + u.role().wire() + (u.managerId() == null ? "" : ", managed by " + u.managerId()));
                return u;
            });
        } catch (StorageException e) {
            // two instances on PostgreSQL may race past the check: the unique index decides
            if (e.getCause() instanceof SQLException sql && sql.getSQLState() != null && sql.getSQLState().startsWith("23")) {
                throw Refusal.conflict("username is taken.");
            }
            throw e;
        }
    }

    private SignIn open(User user, String userAgent) {
        String token = Tokens.random(random, 32);
        String csrf = Tokens.random(random, 32);
        long now = clock.millis();
        sessions.insert(Tokens.sha256(token), user.id(), csrf, now, now + sessionLifetime.toMillis(), userAgent);
        return new SignIn(user, token, csrf, null);
    }

    /** How long a sign-in lasts (the cookie's Max-Age). */
    public Duration sessionLifetime() {
        return sessionLifetime;
    }

    private PasswordHash decoy() {
        PasswordHash d = decoy;
        if (d == null) {
            d = passwords.decoy();
            decoy = d;
        }
        return d;
    }

    private String newId() {
        return Tokens.random(random, 12);
    }

    private static String displayName(String given, String username) {
        return given == null || given.isBlank() ? username : given.strip();
    }

    static void checkUsername(String username) {
        if (username == null || !USERNAME.matcher(username).matches()) {
            throw Refusal.invalid("username: 3–40 characters of letters, digits, '.', '_' or '-'.");
        }
    }

    static void checkPassword(String password) {
        if (password == null || password.length() < Passwords.MIN_LENGTH) {
            throw Refusal.invalid("password: at least " + Passwords.MIN_LENGTH + " characters.");
        }
        if (password.length() > Passwords.MAX_LENGTH) {
            throw Refusal.invalid("password: at most " + Passwords.MAX_LENGTH + " characters.");
        }
    }
}
