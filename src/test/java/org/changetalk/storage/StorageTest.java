package org.changetalk.storage;

import org.changetalk.account.AuthSessionRepository;
import org.changetalk.account.InviteRepository.Invite;
import org.changetalk.account.InviteRepository;
import org.changetalk.account.PasswordHash;
import org.changetalk.account.Role;
import org.changetalk.account.User;
import org.changetalk.account.UserRepository;
import org.changetalk.coding.Code;
import org.changetalk.scenario.model.ClientTalk;
import org.changetalk.scenario.model.EndKind;
import org.changetalk.session.Ending;
import org.changetalk.session.SessionInfo;
import org.changetalk.session.SessionStats;
import org.changetalk.session.SessionTurn;
import org.changetalk.session.Sessions;
import org.changetalk.storage.DrillRepository.DrillState;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.nio.file.Path;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The repositories on both databases: the same calls give the same results. */
class StorageTest {
    private static final PasswordHash PW = new PasswordHash("PBKDF2WithHmacSHA256", 600_000, "c2FsdA==", "aGFzaA==");

    @TempDir
    Path dir;

    static List<Dialect> dialects() {
        return TestDatabases.dialects();
    }

    private static User user(String id, String name, Role role, String manager) {
        return new User(id, name, name, role, manager);
    }

    private static void insert(Database db, User u) {
        db.write("insert", c -> {
            new UserRepository(db).insert(c, u, PW, 1);
            return null;
        });
    }

    @ParameterizedTest
    @MethodSource("dialects")
    void migrationsRunOnceAndReopeningKeepsData(Dialect dialect) {
        DatabaseUrl url = TestDatabases.fresh(dialect, dir);
        try (Database db = Database.open(url)) {
            insert(db, user("u1", "Alice", Role.ADMIN, null));
        }
        try (Database db = Database.open(url)) {
            assertThat(db.dialect()).isEqualTo(dialect);
            assertThat(new UserRepository(db).count()).isEqualTo(1);
            int versions = db.read("versions", c -> {
                try (PreparedStatement p = c.prepareStatement("SELECT COUNT(*) FROM schema_version");
                     ResultSet r = p.executeQuery()) {
                    r.next();
                    return r.getInt(1);
                }
            });
            assertThat(versions).isEqualTo(new Migrations(dialect).available().size());
        }
    }

    @ParameterizedTest
    @MethodSource("dialects")
    void usernamesAreUniqueWithoutRegardToCase(Dialect dialect) {
        try (Database db = Database.open(TestDatabases.fresh(dialect, dir))) {
            UserRepository users = new UserRepository(db);
            insert(db, user("i1", "Irene", Role.INSTRUCTOR, null));
            insert(db, user("t1", "tom", Role.TRAINEE, "i1"));
            insert(db, user("t2", "Ann", Role.TRAINEE, null));

            assertThat(users.byUsername("IRENE")).get().extracting(w -> w.user().id()).isEqualTo("i1");
            assertThat(users.byUsername("IRENE").get().password()).isEqualTo(PW);
            boolean taken = db.read("taken", c -> users.usernameTaken(c, "TOM"));
            assertThat(taken).isTrue();
            assertThatThrownBy(() -> insert(db, user("x", "TOM", Role.TRAINEE, null))).isInstanceOf(StorageException.class);
            assertThat(users.list("i1")).extracting(User::username).containsExactly("tom");
            assertThat(users.list(null)).extracting(User::username).containsExactly("Ann", "Irene", "tom");
            assertThat(users.byId("t1")).get().extracting(User::managerId).isEqualTo("i1");
            assertThat(users.byId("nobody")).isEmpty();
        }
    }

    @ParameterizedTest
    @MethodSource("dialects")
    void signInsExpireAndSignOutDeletes(Dialect dialect) {
        try (Database db = Database.open(TestDatabases.fresh(dialect, dir))) {
            insert(db, user("u1", "alice", Role.TRAINEE, null));
            AuthSessionRepository sessions = new AuthSessionRepository(db);
            sessions.insert("h1", "u1", "csrf1", 100, 200, "test-agent");

            assertThat(sessions.find("h1", 150)).get().extracting(s -> s.user().username(), s -> s.csrfToken())
                    .containsExactly("alice", "csrf1");
            assertThat(sessions.find("h1", 200)).isEmpty();
            assertThat(sessions.find("h2", 150)).isEmpty();
            sessions.delete("h1");
            assertThat(sessions.find("h1", 150)).isEmpty();
        }
    }

    @ParameterizedTest
    @MethodSource("dialects")
    void invitesAreUsedUpExactly(Dialect dialect) {
        try (Database db = Database.open(TestDatabases.fresh(dialect, dir))) {
            insert(db, user("i1", "irene", Role.INSTRUCTOR, null));
            InviteRepository invites = new InviteRepository(db);
            invites.insert(new Invite("code1", "i1", 2, 0, 5));

            java.util.function.Function<String, String> use = code -> db.write("use", c -> invites.use(c, code));
            assertThat(use.apply("code1")).isEqualTo("i1");
            assertThat(use.apply("code1")).isEqualTo("i1");
            assertThat(use.apply("code1")).isNull();
            assertThat(use.apply("nope")).isNull();
            assertThat(invites.list("i1")).singleElement().extracting(Invite::uses).isEqualTo(2);
        }
    }

    @ParameterizedTest
    @MethodSource("dialects")
    void turnsAppendInOrderAndAFinishedSessionTakesNoMore(Dialect dialect) {
        try (Database db = Database.open(TestDatabases.fresh(dialect, dir))) {
            insert(db, user("u1", "alice", Role.TRAINEE, null));
            PracticeRepository repo = new PracticeRepository(db);
            SessionInfo started = Sessions.active("s1", "u1", 1000);
            repo.insert(new SessionInfo("s1", "u1", "sc", "Title", -42L, "live", "active", 1000, null, 0,
                    started.opening(), started.startState(), started.persona(), null, null, "practice"));

            SessionTurn one = Sessions.turn(1, "one", Code.COMPLEX_REFLECTION, ClientTalk.CHANGE, 1.5);
            repo.appendTurn("s1", one, 1100, null, null);
            // a second writer that still thinks it is at turn 1 must not overwrite or duplicate
            assertThatThrownBy(() -> repo.appendTurn("s1", Sessions.turn(1, "again", Code.AFFIRM, ClientTalk.NEUTRAL, 0),
                    1150, null, null)).isInstanceOf(PracticeRepository.TurnConflict.class);
            repo.appendTurn("s1", Sessions.turn(2, "two", Code.QUESTION, ClientTalk.SUSTAIN, 3), 1200,
                    new Ending(EndKind.NATURAL_CLOSE, "bye", 2), new SessionStats(1, 2, 3, 4, 5));

            SessionInfo s = repo.find("s1").orElseThrow();
            assertThat(s.seed()).isEqualTo(-42L);
            assertThat(s.finished()).isTrue();
            assertThat(s.finishedAt()).isEqualTo(1200L);
            assertThat(s.turnCount()).isEqualTo(2);
            assertThat(s.stats()).isEqualTo(new SessionStats(1, 2, 3, 4, 5));
            assertThat(s.ending()).isEqualTo(new Ending(EndKind.NATURAL_CLOSE, "bye", 2));
            assertThat(s.opening()).isEqualTo(started.opening());
            assertThat(s.startState()).isEqualTo(started.startState());
            assertThat(s.persona()).isEqualTo(started.persona());
            // the typed turn comes back as it went in: codes with evidence, reply, state
            assertThat(repo.turns("s1")).extracting(SessionTurn::trainee).containsExactly("one", "two");
            assertThat(repo.turns("s1").get(0)).isEqualTo(one);
            assertThat(repo.load("s1").orElseThrow().turns()).hasSize(2);
            assertThatThrownBy(() -> repo.appendTurn("s1", Sessions.turn(3, "three", Code.AFFIRM, ClientTalk.NEUTRAL, 0),
                    1300, null, null)).isInstanceOf(PracticeRepository.TurnConflict.class);
            assertThat(repo.turns("s1")).hasSize(2);
            assertThat(repo.finish("s1", 1400, null, new SessionStats(0, 0, 0, 0, 0))).isFalse();
            assertThat(repo.find("s1").orElseThrow().stats()).isEqualTo(new SessionStats(1, 2, 3, 4, 5));
        }
    }

    @ParameterizedTest
    @MethodSource("dialects")
    void sessionsListNewestFirstForTheirOwnerOnly(Dialect dialect) {
        try (Database db = Database.open(TestDatabases.fresh(dialect, dir))) {
            insert(db, user("u1", "alice", Role.TRAINEE, null));
            insert(db, user("u2", "bob", Role.TRAINEE, null));
            PracticeRepository repo = new PracticeRepository(db);
            for (String[] s : new String[][]{{"a", "u1", "10"}, {"b", "u1", "30"}, {"c", "u2", "20"}}) {
                repo.insert(Sessions.active(s[0], s[1], Long.parseLong(s[2])));
            }
            assertThat(repo.byUser("u1")).extracting(SessionInfo::id).containsExactly("b", "a");
            assertThat(repo.byUser("u2")).extracting(SessionInfo::id).containsExactly("c");
            assertThat(repo.find("zzz")).isEmpty();
        }
    }

    @ParameterizedTest
    @MethodSource("dialects")
    void drillProgressSavesOnlyOverTheStateItRead(Dialect dialect) {
        try (Database db = Database.open(TestDatabases.fresh(dialect, dir))) {
            insert(db, user("u1", "alice", Role.TRAINEE, null));
            DrillRepository repo = new DrillRepository(db);
            DrillState first = new DrillState("beginner", 1, List.of(true), false, 1);

            assertThat(repo.find("u1", "d")).isEmpty();
            assertThat(repo.save("u1", "d", first, 0, 10)).isTrue();
            assertThat(repo.save("u1", "d", first, 0, 10)).isFalse();
            DrillState second = new DrillState("intermediate", 0, List.of(), false, 2);
            assertThat(repo.save("u1", "d", second, 1, 11)).isTrue();
            assertThat(repo.save("u1", "d", first, 1, 12)).isFalse();
            assertThat(repo.find("u1", "d")).contains(second);
            DrillState third = new DrillState("intermediate", 2, List.of(true, false), false, 3);
            assertThat(repo.save("u1", "d", third, 2, 13)).isTrue();
            assertThat(repo.find("u1", "d")).contains(third);
        }
    }
}
