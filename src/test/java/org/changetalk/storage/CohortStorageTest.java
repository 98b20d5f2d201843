package org.changetalk.storage;

import org.changetalk.account.PasswordHash;
import org.changetalk.account.Role;
import org.changetalk.account.User;
import org.changetalk.account.UserRepository;
import org.changetalk.coding.Code;
import org.changetalk.coding.QuestionType;
import org.changetalk.scenario.model.ClientTalk;
import org.changetalk.session.HumanCode;
import org.changetalk.session.Recode;
import org.changetalk.session.SessionInfo;
import org.changetalk.session.SessionStats;
import org.changetalk.session.SessionTurn;
import org.changetalk.session.Sessions;
import org.changetalk.storage.CohortRepository.Cohort;
import org.changetalk.storage.ReviewRepository.Comment;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Cohorts, shares, recodes, comments and imported sessions on both databases. */
class CohortStorageTest {
    private static final PasswordHash PW = new PasswordHash("PBKDF2WithHmacSHA256", 600_000, "c2FsdA==", "aGFzaA==");

    @TempDir
    Path dir;

    static List<Dialect> dialects() {
        return TestDatabases.dialects();
    }

    private static void users(Database db, User... users) {
        db.write("insert", c -> {
            for (User u : users) {
                new UserRepository(db).insert(c, u, PW, 1);
            }
            return null;
        });
    }

    private static SessionInfo session(String id, String user, String status) {
        SessionInfo a = Sessions.active(id, user, 100);
        return new SessionInfo(id, user, "sc", "T", 1, "live", status, 100, null, 0, a.opening(), a.startState(),
                a.persona(), null, null, SessionInfo.PRACTICE);
    }

    @ParameterizedTest
    @MethodSource("dialects")
    void membershipSharingAndAccessQuestions(Dialect dialect) {
        try (Database db = Database.open(TestDatabases.fresh(dialect, dir))) {
            users(db, new User("i1", "irene", "Irene", Role.INSTRUCTOR, null), new User("i2", "oscar", "Oscar", Role.INSTRUCTOR, null),
                    new User("t1", "tom", "Tom", Role.TRAINEE, "i1"), new User("t2", "tara", "Tara", Role.TRAINEE, null));
            CohortRepository repo = new CohortRepository(db);
            repo.create(new Cohort("c1", "Spring", "CODE1", "i1", 10));
            repo.create(new Cohort("c2", "Autumn", "CODE2", "i2", 20));
            assertThat(repo.isInstructor("c1", "i1")).isTrue();
            assertThat(repo.addMember("c1", "t1", 30)).isTrue();
            assertThat(repo.addMember("c1", "t1", 31)).isFalse();
            assertThat(repo.addMember("c1", "t2", 32)).isTrue();
            assertThat(repo.addMember("c2", "t1", 33)).isTrue(); // a trainee in two cohorts
            assertThat(repo.addInstructor("c1", "i2", 34)).isTrue();
            assertThat(repo.memberIds("c1")).containsExactly("t1", "t2");
            assertThat(repo.instructorIds("c1")).containsExactly("i1", "i2");
            assertThat(repo.forUser("t1", false)).extracting(Cohort::id).containsExactly("c2", "c1");
            assertThat(repo.forUser("t2", false)).extracting(Cohort::id).containsExactly("c1");
            assertThat(repo.forUser("x", true)).hasSize(2);
            assertThat(repo.byInviteCode("CODE1")).get().extracting(Cohort::id).isEqualTo("c1");
            repo.setInviteCode("c1", "CODE3");
            assertThat(repo.byInviteCode("CODE1")).isEmpty();
            assertThatThrownBy(() -> repo.create(new Cohort("c3", "Dup", "CODE2", "i1", 40))).isInstanceOf(StorageException.class);

            PracticeRepository sessions = new PracticeRepository(db);
            sessions.insert(session("s1", "t1", "active"));
            assertThat(repo.instructsMemberOf("i1", "t1")).isTrue();
            assertThat(repo.instructsMemberOf("i1", "x")).isFalse();
            assertThat(repo.sharedWithCohortOf("s1", "t2")).isFalse();
            assertThat(repo.share("s1", "c1", 50)).isTrue();
            assertThat(repo.share("s1", "c1", 51)).isFalse();
            assertThat(repo.sharedWithCohortOf("s1", "t2")).isTrue();
            assertThat(repo.shares("s1")).extracting(CohortRepository.Share::name).containsExactly("Spring");
            assertThat(repo.sharedWith("c1")).containsExactly("s1");
            repo.withdraw("s1", "c1");
            assertThat(repo.sharedWithCohortOf("s1", "t2")).isFalse();
            repo.share("s1", "c1", 52);
            repo.removeMember("c1", "t1"); // their shares with the cohort go with them
            assertThat(repo.sharedWith("c1")).isEmpty();
            assertThat(repo.isMember("c1", "t1")).isFalse();
            assertThat(repo.isMember("c2", "t1")).isTrue();
        }
    }

    @ParameterizedTest
    @MethodSource("dialects")
    void recodesCommentsAndImportedSessions(Dialect dialect) {
        try (Database db = Database.open(TestDatabases.fresh(dialect, dir))) {
            users(db, new User("i1", "irene", "Irene", Role.INSTRUCTOR, null), new User("t1", "tom", "Tom", Role.TRAINEE, "i1"));
            PracticeRepository sessions = new PracticeRepository(db);
            SessionInfo imported = Sessions.imported("s1", "t1", 2, new SessionStats(1, 1, 1, 0, 0));
            List<SessionTurn> turns = List.of(Sessions.importedTurn(1, "a", Code.AFFIRM, ClientTalk.CHANGE),
                    Sessions.importedTurn(2, "b", Code.QUESTION, null));
            sessions.insertFinished(imported, turns);
            SessionInfo back = sessions.find("s1").orElseThrow();
            assertThat(back.opening()).isNull();
            assertThat(back.startState()).isNull();
            assertThat(sessions.turns("s1")).isEqualTo(turns);
            assertThat(back.kind()).isEqualTo("imported");
            assertThat(back.finished()).isTrue();
            assertThat(back.turnCount()).isEqualTo(2);
            assertThat(back.stats()).isEqualTo(new SessionStats(1, 1, 1, 0, 0));
            assertThat(sessions.lastTurnAt("t1")).isNull(); // imports are not practice

            // a failing import leaves nothing behind: the duplicate turn number breaks the transaction
            SessionInfo broken = Sessions.imported("s2", "t1", 2, new SessionStats(0, 0, 0, 0, 0));
            SessionTurn a = Sessions.importedTurn(1, "a", Code.AFFIRM, null);
            assertThatThrownBy(() -> sessions.insertFinished(broken, List.of(a, a)))
                    .isInstanceOf(StorageException.class);
            assertThat(sessions.find("s2")).isEmpty();
            assertThat(sessions.turns("s2")).isEmpty();

            ReviewRepository reviews = new ReviewRepository(db);
            reviews.recode(new Recode("s1", 1, List.of(new HumanCode(Code.AFFIRM, null, null)), "i1", 200));
            HumanCode question = new HumanCode(Code.QUESTION, QuestionType.CLOSED, null);
            reviews.recode(new Recode("s1", 1, List.of(question), "i1", 300)); // replaces
            assertThat(reviews.recodes("s1")).singleElement().satisfies(r -> {
                assertThat(r.codes()).containsExactly(question);
                assertThat(r.at()).isEqualTo(300);
            });
            reviews.clearRecode("s1", 1);
            assertThat(reviews.recodes("s1")).isEmpty();

            reviews.addComment(new Comment("k1", "s1", 1, null, "i1", "Why?", 400));
            reviews.addComment(new Comment("k2", "s1", 1, "k1", "t1", "Because.", 500));
            assertThat(reviews.comments("s1")).extracting(Comment::id).containsExactly("k1", "k2");
            assertThat(reviews.comment("k2")).get().extracting(Comment::parentId).isEqualTo("k1");
            assertThat(reviews.comment("zzz")).isEmpty();
        }
    }
}
