package org.changetalk.storage;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;

/**
 * What in the database names a scenario by its id: practice sessions and drill progress. The studio asks
 * before a delete (so the author knows what it touches) and moves them with a rename, so a renamed scenario's
 * unfinished sessions go on and its drill progress is kept. Finished sessions open either way: their
 * transcripts and scores are stored with them.
 */
public final class ScenarioReferences {
    private final Database db;

    public ScenarioReferences(Database db) {
        this.db = db;
    }

    /** How many sessions (finished and not) and trainees' drill places name a scenario. */
    public record Uses(int finished, int unfinished, int drillProgress) {
        public int sessions() {
            return finished + unfinished;
        }
    }

    public Uses uses(String scenarioId) {
        return db.read("count the uses of scenario " + scenarioId, c -> {
            int finished = 0;
            int unfinished = 0;
            try (PreparedStatement p = c.prepareStatement("SELECT status, COUNT(*) FROM practice_sessions WHERE scenario_id = ? "
                    + "GROUP BY status")) {
                p.setString(1, scenarioId);
                try (ResultSet r = p.executeQuery()) {
                    while (r.next()) {
                        if ("finished".equals(r.getString(1))) {
                            finished += r.getInt(2);
                        } else {
                            unfinished += r.getInt(2);
                        }
                    }
                }
            }
            int drills;
            try (PreparedStatement p = c.prepareStatement("SELECT COUNT(*) FROM drill_progress WHERE drill_id = ?")) {
                p.setString(1, scenarioId);
                try (ResultSet r = p.executeQuery()) {
                    r.next();
                    drills = r.getInt(1);
                }
            }
            return new Uses(finished, unfinished, drills);
        });
    }

    /**
     * Points every session and drill place of {@code from} at {@code to}, in a transaction of its own. A trainee
     * who somehow has a place in both drills keeps the one under the new id (the old one stays, unreachable,
     * rather than being merged).
     */
    public void rename(String from, String to) {
        db.write("move the uses of scenario " + from + " to " + to, c -> {
            rename(c, from, to);
            return null;
        });
    }

    /**
     * The same on the caller's connection, inside the caller's transaction: the studio's database store moves a
     * scenario's rows and its uses in one transaction, so a failure anywhere leaves both as they were. The SQL
     * is the same on SQLite and PostgreSQL (a correlated NOT EXISTS; no dialect's upsert).
     */
    public static void rename(Connection c, String from, String to) throws SQLException {
        try (PreparedStatement p = c.prepareStatement("UPDATE practice_sessions SET scenario_id = ? WHERE scenario_id = ?")) {
            p.setString(1, to);
            p.setString(2, from);
            p.executeUpdate();
        }
        try (PreparedStatement p = c.prepareStatement("UPDATE drill_progress SET drill_id = ? WHERE drill_id = ? AND NOT EXISTS "
                + "(SELECT 1 FROM drill_progress d WHERE d.user_id = drill_progress.user_id AND d.drill_id = ?)")) {
            p.setString(1, to);
            p.setString(2, from);
            p.setString(3, to);
            p.executeUpdate();
        }
    }
}
