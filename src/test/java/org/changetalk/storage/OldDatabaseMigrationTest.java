package org.changetalk.storage;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.changetalk.coding.Code;
import org.changetalk.web.TurnJson;
import org.changetalk.scenario.model.ClientTalk;
import org.changetalk.scenario.model.EndKind;
import org.changetalk.session.SessionInfo;
import org.changetalk.session.SessionTurn;
import org.changetalk.session.Sessions;
import org.changetalk.session.StoredSession;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A database written before issue 10 (schema V2, the web API's turn JSON stored as is) still opens after the
 * typed-session migration, on both databases: its rows are the old build's own (storage/v2-sessions.sql, made
 * by running that build), and every session reads back as records that the API writes exactly as the old
 * build showed them (storage/v2-session-*.json, that build's GET /api/sessions/{id} answers).
 */
class OldDatabaseMigrationTest {
    private static final String WALKOUT = "TTQQsYKeACYTKIp0";
    private static final String ACTIVE_AFTER = "_04umCm38uB1w_ys";
    private static final ObjectMapper MAPPER = new ObjectMapper();

    @TempDir
    Path dir;

    static List<Dialect> dialects() {
        return TestDatabases.dialects();
    }

    @ParameterizedTest
    @MethodSource("dialects")
    void sessionsStoredByTheOldWriterOpenAsTheyDidAfterTheMigration(Dialect dialect) throws Exception {
        DatabaseUrl url = TestDatabases.fresh(dialect, dir);
        oldDatabase(url, dialect);
        try (Database db = Database.open(url)) {
            PracticeRepository repo = new PracticeRepository(db);

            StoredSession walkout = repo.load(WALKOUT).orElseThrow();
            JsonNode before = json("storage/v2-session-A.json");
            assertThat(walkout.info().finished()).isTrue();
            assertThat(walkout.info().ending().kind()).isEqualTo(EndKind.DISENGAGED);
            assertThat(walkout.info().opening().text()).isEqualTo(before.path("opening").path("text").asText());
            assertThat(walkout.info().persona().name()).isEqualTo(before.path("persona").path("name").asText());
            assertThat(walkout.turns()).hasSize(4);
            for (int i = 0; i < 4; i++) {
                assertThat(withoutNewFields(TurnJson.turn(walkout.turns().get(i)))).as("turn %d", i + 1)
                        .isEqualTo(before.path("turns").get(i));
            }
            assertThat((JsonNode) TurnJson.state(walkout.state())).isEqualTo(before.path("state"));
            assertThat((JsonNode) TurnJson.ending(walkout.info().ending())).isEqualTo(before.path("ending"));
            assertThat(walkout.turns().get(2).coding().primary()).isEqualTo(Code.CONFRONT);
            assertThat(walkout.turns().get(0).coding().primaryEvidence().explanation()).isNotBlank();
            assertThat(walkout.turns().get(0).feedback().did()).isNotBlank();
            assertThat(new ReviewRepository(db).recodes(WALKOUT)).singleElement()
                    .satisfies(r -> assertThat(r.codes()).extracting(c -> c.code()).containsExactly(Code.SIMPLE_REFLECTION));

            // the active session with feedback after the session shows what it showed, and goes on
            StoredSession active = repo.load(ACTIVE_AFTER).orElseThrow();
            JsonNode activeBefore = json("storage/v2-session-B.json");
            assertThat(active.info().withholdsFeedback()).isTrue();
            assertThat(withoutNewFields(TurnJson.withheld(TurnJson.turn(active.turns().get(0)))))
                    .isEqualTo(activeBefore.path("turns").get(0));
            assertThat((JsonNode) TurnJson.state(active.info().startState())).isNotNull();
            repo.appendTurn(ACTIVE_AFTER, Sessions.turn(2, "And you are still here.", Code.AFFIRM, ClientTalk.CHANGE, 1),
                    2_000_000_000_000L, null, null);
            assertThat(repo.load(ACTIVE_AFTER).orElseThrow().turns()).extracting(SessionTurn::number).containsExactly(1, 2);

            // the imported transcript: no simulated client, the coder's talk on the reply
            SessionInfo imported = repo.byUser(walkout.info().userId()).stream()
                    .filter(s -> SessionInfo.IMPORTED.equals(s.kind())).findFirst().orElseThrow();
            StoredSession transcript = repo.load(imported.id()).orElseThrow();
            assertThat(transcript.info().startState()).isNull();
            assertThat(transcript.info().opening().text()).isEqualTo("I guess I drink a bit much.");
            assertThat(transcript.turns()).singleElement().satisfies(t -> {
                assertThat(t.state()).isNull();
                assertThat(t.feedback()).isNull();
                assertThat(t.reply().talk()).isEqualTo(ClientTalk.NEUTRAL); // as the old coder heard it
            });
        }
    }

    /**
     * The turn without the fields the API gained after the old build (the coder's confidence, issue 9): every
     * field the old build showed must read back the same.
     */
    private static JsonNode withoutNewFields(ObjectNode turn) {
        ObjectNode o = turn.deepCopy();
        o.remove("confidence");
        o.remove("contested");
        o.path("codes").forEach(c -> ((ObjectNode) c).remove("confidence"));
        return o;
    }

    /** Schema V1 and V2 only, as the old build left it, with the old build's rows. */
    private static void oldDatabase(DatabaseUrl url, Dialect dialect) throws SQLException, IOException {
        List<Migrations.Migration> all = new Migrations(dialect).available();
        try (Connection c = DriverManager.getConnection(url.jdbcUrl(), url.user(), url.password());
             Statement s = c.createStatement()) {
            s.execute("CREATE TABLE schema_version (version INTEGER PRIMARY KEY, description TEXT NOT NULL, "
                    + "applied_at TEXT NOT NULL)");
            for (Migrations.Migration m : all.subList(0, 2)) {
                for (String sql : m.statements()) {
                    s.execute(sql);
                }
                s.execute("INSERT INTO schema_version VALUES (" + m.version() + ", '" + m.description() + "', 'then')");
            }
            for (String sql : Migrations.split(resource("storage/v2-sessions.sql"))) {
                s.execute(sql);
            }
        }
    }

    private static String resource(String name) throws IOException {
        try (InputStream in = OldDatabaseMigrationTest.class.getClassLoader().getResourceAsStream(name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    private static JsonNode json(String name) throws IOException {
        return (ObjectNode) MAPPER.readTree(resource(name));
    }
}
