package org.changetalk.studio;

import org.changetalk.account.User;
import org.changetalk.refusal.Refusal;
import org.changetalk.storage.Database;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeSet;

/**
 * The studio's scenarios, drafts and versions in the PostgreSQL database that several instances share (see
 * {@link SharedLibrary}). Same behaviour as the folder-based {@link StudioStore}: the version of a text is
 * its hash, a save over a newer save is stale, every save is numbered. Saves take the library's row lock,
 * so the stale check and the write are one step across all instances; a publish tells every instance.
 */
public final class DatabaseStudioStore implements ScenarioStore {
    private static final String PLAN_SUFFIX = ".test.json";

    private final Database db;
    private final SharedLibrary shared;
    private final Clock clock;

    public DatabaseStudioStore(Database db, SharedLibrary shared, Clock clock) {
        this.db = db;
        this.shared = shared;
        this.clock = clock;
    }

    @Override
    public List<String> ids() {
        return db.read("list studio scenarios", c -> {
            TreeSet<String> ids = new TreeSet<>();
            try (PreparedStatement p = c.prepareStatement("SELECT name FROM scenario_files UNION SELECT id || '.json' FROM scenario_drafts");
                 ResultSet r = p.executeQuery()) {
                while (r.next()) {
                    String name = r.getString(1);
                    if (name.endsWith(".json") && !name.endsWith(PLAN_SUFFIX)) {
                        ids.add(name.substring(0, name.length() - ".json".length()));
                    }
                }
            }
            ids.removeIf(id -> !StudioStore.usableId(id));
            return List.copyOf(ids);
        });
    }

    @Override
    public Optional<StudioStore.Current> current(String id) {
        return db.read("read a studio scenario", c -> current(c, id));
    }

    private static Optional<StudioStore.Current> current(Connection c, String id) throws SQLException {
        try (PreparedStatement p = c.prepareStatement("SELECT text, updated_at FROM scenario_drafts WHERE id = ?")) {
            p.setString(1, id);
            try (ResultSet r = p.executeQuery()) {
                if (r.next()) {
                    return Optional.of(current(id, r.getString(1), r.getLong(2), true));
                }
            }
        }
        return file(c, id + ".json").map(t -> current(id, t.text(), t.at(), false));
    }

    private static StudioStore.Current current(String id, String text, long at, boolean draft) {
        return new StudioStore.Current(id, text, StudioStore.hash(text), draft, Instant.ofEpochMilli(at));
    }

    private record Text(String text, long at) {}

    private static Optional<Text> file(Connection c, String name) throws SQLException {
        try (PreparedStatement p = c.prepareStatement("SELECT text, updated_at FROM scenario_files WHERE name = ?")) {
            p.setString(1, name);
            try (ResultSet r = p.executeQuery()) {
                return r.next() ? Optional.of(new Text(r.getString(1), r.getLong(2))) : Optional.empty();
            }
        }
    }

    @Override
    public Optional<String> plan(String id) {
        return db.read("read a test plan", c -> file(c, id + PLAN_SUFFIX).map(Text::text));
    }

    @Override
    public StudioStore.Saved save(String id, String text, String baseVersion, boolean draft, boolean valid, User by) {
        if (!StudioStore.usableId(id)) {
            throw new IllegalArgumentException("not a usable scenario id: " + id);
        }
        long now = clock.millis();
        StudioStore.Saved saved = db.write("save scenario " + id, c -> {
            SharedLibrary.lock(c);
            Optional<StudioStore.Current> current = current(c, id);
            String currentVersion = current.map(StudioStore.Current::version).orElse(null);
            if (!Objects.equals(baseVersion, currentVersion)) {
                throw new StudioStore.StaleException(currentVersion);
            }
            int last = lastNumber(c, id);
            if (current.isPresent() && last == 0) {
                // the first save of a text the studio has not versioned keeps the old text as version 1
                StudioStore.Current old = current.get();
                insertVersion(c, id, 1, old.text(), old.updatedAt().toEpochMilli(), null, null, old.draft(), true);
                last = 1;
            }
            if (draft) {
                putDraft(c, id, text, now);
            } else {
                putFile(c, id + ".json", text, now);
                try (PreparedStatement p = c.prepareStatement("DELETE FROM scenario_drafts WHERE id = ?")) {
                    p.setString(1, id);
                    p.executeUpdate();
                }
                SharedLibrary.published(c, id);
            }
            int number = last + 1;
            insertVersion(c, id, number, text, now, by == null ? null : by.id(), by == null ? null : by.username(), draft, valid);
            return new StudioStore.Saved(id, StudioStore.hash(text), draft, current.isEmpty(), number);
        });
        if (!draft) {
            shared.refresh(); // playable here at once, not when the notification comes round
        }
        return saved;
    }

    @Override
    public List<String> deleted() {
        List<String> current = ids();
        return db.read("list deleted scenarios", c -> {
            List<String> out = new ArrayList<>();
            try (PreparedStatement p = c.prepareStatement("SELECT DISTINCT id FROM scenario_versions ORDER BY id");
                 ResultSet r = p.executeQuery()) {
                while (r.next()) {
                    String id = r.getString(1);
                    if (StudioStore.usableId(id) && !current.contains(id)) {
                        out.add(id);
                    }
                }
            }
            return out;
        });
    }

    @Override
    public Optional<String> published(String id) {
        return db.read("read a published scenario", c -> file(c, id + ".json").map(Text::text));
    }

    @Override
    public int savePlan(String id, String text, User by) {
        long now = clock.millis();
        int number = db.write("save the test plan of " + id, c -> {
            SharedLibrary.lock(c);
            if (file(c, id + ".json").isEmpty()) {
                throw Refusal.notFound("'" + id + "' is not published: publish the scenario before saving its test plan.");
            }
            String key = ScenarioStore.planKey(id);
            keep(c, key, file(c, id + PLAN_SUFFIX), false);
            putFile(c, id + PLAN_SUFFIX, text, now);
            SharedLibrary.published(c, id);
            int n = lastNumber(c, key) + 1;
            insertVersion(c, key, n, text, now, by == null ? null : by.id(), by == null ? null : by.username(), false, true);
            return n;
        });
        shared.refresh();
        return number;
    }

    @Override
    public Deleted delete(String id, String baseVersion, User by) {
        Deleted deleted = db.write("delete scenario " + id, c -> {
            SharedLibrary.lock(c);
            checkedCurrent(c, id, baseVersion);
            keepEverything(c, id);
            deleteRows(c, id);
            SharedLibrary.published(c, id);
            return new Deleted(id, lastNumber(c, id));
        });
        shared.refresh();
        return deleted;
    }

    @Override
    public Renamed rename(String from, String to, String baseVersion, User by, Uses uses) {
        if (!StudioStore.usableId(to)) {
            throw new IllegalArgumentException("not a usable scenario id: " + to);
        }
        long now = clock.millis();
        Renamed renamed = db.write("rename scenario " + from + " to " + to, c -> {
            SharedLibrary.lock(c);
            checkedCurrent(c, from, baseVersion);
            if (current(c, to).isPresent() || file(c, to + PLAN_SUFFIX).isPresent()) {
                throw Refusal.conflict("'" + to + "' is already a scenario; choose another id.");
            }
            if (lastNumber(c, to) + lastNumber(c, ScenarioStore.planKey(to)) > 0) {
                throw Refusal.conflict("'" + to + "' was used by a deleted scenario whose versions are kept; choose another id.");
            }
            keepEverything(c, from);
            Optional<Text> pub = file(c, from + ".json");
            Optional<Text> draft = draft(c, from);
            Optional<Text> plan = file(c, from + PLAN_SUFFIX);
            String newPublished = null;
            if (pub.isPresent()) {
                newPublished = TopLevelText.replace(pub.get().text(), "id", to).orElseThrow(() -> Refusal.invalid(
                        "The published text of '" + from + "' has no top-level id to change."));
                putFile(c, to + ".json", newPublished, pub.get().at());
            }
            String newDraft = null;
            if (draft.isPresent()) {
                newDraft = TopLevelText.replace(draft.get().text(), "id", to).orElse(draft.get().text());
                putDraft(c, to, newDraft, draft.get().at());
            }
            if (plan.isPresent()) {
                putFile(c, to + PLAN_SUFFIX, TopLevelText.replace(plan.get().text(), "scenario", to).orElse(plan.get().text()),
                        plan.get().at());
            }
            for (String[] keys : new String[][] {{from, to}, {ScenarioStore.planKey(from), ScenarioStore.planKey(to)}}) {
                try (PreparedStatement p = c.prepareStatement("UPDATE scenario_versions SET id = ? WHERE id = ?")) {
                    p.setString(1, keys[1]);
                    p.setString(2, keys[0]);
                    p.executeUpdate();
                }
            }
            boolean valid = true;
            try (PreparedStatement p = c.prepareStatement("SELECT valid FROM scenario_versions WHERE id = ? ORDER BY number DESC LIMIT 1")) {
                p.setString(1, to);
                try (ResultSet r = p.executeQuery()) {
                    if (r.next()) {
                        valid = r.getBoolean(1);
                    }
                }
            }
            String text = newDraft != null ? newDraft : newPublished;
            int number = lastNumber(c, to) + 1;
            insertVersion(c, to, number, text, now, by == null ? null : by.id(), by == null ? null : by.username(),
                    newDraft != null, valid);
            deleteRows(c, from);
            // sessions and drill places in the same transaction: a failure anywhere leaves all of it as it was
            uses.move(c, from, to);
            SharedLibrary.published(c, to);
            return new Renamed(from, to, StudioStore.hash(text), number);
        });
        shared.refresh();
        return renamed;
    }

    private static void checkedCurrent(Connection c, String id, String baseVersion) throws SQLException {
        StudioStore.Current current = current(c, id).orElseThrow(() -> Refusal.notFound("No scenario '" + id + "'."));
        if (!Objects.equals(baseVersion, current.version())) {
            throw new StudioStore.StaleException(current.version());
        }
    }

    /** Before rows go or move: the published text, the draft and the plan are each kept as a version. */
    private static void keepEverything(Connection c, String id) throws SQLException {
        keep(c, id, file(c, id + ".json"), false);
        keep(c, id, draft(c, id), true);
        keep(c, ScenarioStore.planKey(id), file(c, id + PLAN_SUFFIX), false);
    }

    private static void keep(Connection c, String key, Optional<Text> text, boolean draft) throws SQLException {
        if (text.isEmpty()) {
            return;
        }
        String hash = StudioStore.hash(text.get().text());
        try (PreparedStatement p = c.prepareStatement("SELECT text FROM scenario_versions WHERE id = ?")) {
            p.setString(1, key);
            try (ResultSet r = p.executeQuery()) {
                while (r.next()) {
                    if (StudioStore.hash(r.getString(1)).equals(hash)) {
                        return;
                    }
                }
            }
        }
        insertVersion(c, key, lastNumber(c, key) + 1, text.get().text(), text.get().at(), null, null, draft, true);
    }

    private static Optional<Text> draft(Connection c, String id) throws SQLException {
        try (PreparedStatement p = c.prepareStatement("SELECT text, updated_at FROM scenario_drafts WHERE id = ?")) {
            p.setString(1, id);
            try (ResultSet r = p.executeQuery()) {
                return r.next() ? Optional.of(new Text(r.getString(1), r.getLong(2))) : Optional.empty();
            }
        }
    }

    private static void putFile(Connection c, String name, String text, long at) throws SQLException {
        try (PreparedStatement p = c.prepareStatement("INSERT INTO scenario_files (name, text, updated_at) VALUES (?, ?, ?) "
                + "ON CONFLICT (name) DO UPDATE SET text = excluded.text, updated_at = excluded.updated_at")) {
            p.setString(1, name);
            p.setString(2, text);
            p.setLong(3, at);
            p.executeUpdate();
        }
    }

    private static void deleteRows(Connection c, String id) throws SQLException {
        try (PreparedStatement p = c.prepareStatement("DELETE FROM scenario_files WHERE name IN (?, ?)")) {
            p.setString(1, id + ".json");
            p.setString(2, id + PLAN_SUFFIX);
            p.executeUpdate();
        }
        try (PreparedStatement p = c.prepareStatement("DELETE FROM scenario_drafts WHERE id = ?")) {
            p.setString(1, id);
            p.executeUpdate();
        }
    }

    static void putDraft(Connection c, String id, String text, long at) throws SQLException {
        try (PreparedStatement p = c.prepareStatement("INSERT INTO scenario_drafts (id, text, updated_at) VALUES (?, ?, ?) "
                + "ON CONFLICT (id) DO UPDATE SET text = excluded.text, updated_at = excluded.updated_at")) {
            p.setString(1, id);
            p.setString(2, text);
            p.setLong(3, at);
            p.executeUpdate();
        }
    }

    static void insertVersion(Connection c, String id, int number, String text, long at, String byId, String byName,
                              boolean draft, boolean valid) throws SQLException {
        try (PreparedStatement p = c.prepareStatement("INSERT INTO scenario_versions (id, number, text, saved_at, saved_by_id, "
                + "saved_by_name, draft, valid) VALUES (?, ?, ?, ?, ?, ?, ?, ?)")) {
            p.setString(1, id);
            p.setInt(2, number);
            p.setString(3, text);
            p.setLong(4, at);
            p.setString(5, byId);
            p.setString(6, byName);
            p.setBoolean(7, draft);
            p.setBoolean(8, valid);
            p.executeUpdate();
        }
    }

    private static int lastNumber(Connection c, String id) throws SQLException {
        try (PreparedStatement p = c.prepareStatement("SELECT COALESCE(MAX(number), 0) FROM scenario_versions WHERE id = ?")) {
            p.setString(1, id);
            try (ResultSet r = p.executeQuery()) {
                r.next();
                return r.getInt(1);
            }
        }
    }

    private static final String VERSION_COLUMNS = "number, text, saved_at, saved_by_id, saved_by_name, draft, valid";

    @Override
    public List<StudioStore.VersionInfo> versions(String id) {
        return db.read("list versions of " + id, c -> {
            List<StudioStore.VersionInfo> out = new ArrayList<>();
            try (PreparedStatement p = c.prepareStatement("SELECT " + VERSION_COLUMNS + " FROM scenario_versions WHERE id = ? "
                    + "ORDER BY number DESC")) {
                p.setString(1, id);
                try (ResultSet r = p.executeQuery()) {
                    while (r.next()) {
                        out.add(info(r));
                    }
                }
            }
            return out;
        });
    }

    @Override
    public Optional<StudioStore.VersionInfo> meta(String id, int number) {
        return version(id, number).map(v -> v.info);
    }

    @Override
    public Optional<String> versionText(String id, int number) {
        return version(id, number).map(v -> v.text);
    }

    private record Version(StudioStore.VersionInfo info, String text) {}

    private Optional<Version> version(String id, int number) {
        return db.read("read version " + number + " of " + id, c -> {
            try (PreparedStatement p = c.prepareStatement("SELECT " + VERSION_COLUMNS + " FROM scenario_versions WHERE id = ? AND number = ?")) {
                p.setString(1, id);
                p.setInt(2, number);
                try (ResultSet r = p.executeQuery()) {
                    return r.next() ? Optional.of(new Version(info(r), r.getString(2))) : Optional.empty();
                }
            }
        });
    }

    private static StudioStore.VersionInfo info(ResultSet r) throws SQLException {
        return new StudioStore.VersionInfo(r.getInt(1), StudioStore.hash(r.getString(2)), Instant.ofEpochMilli(r.getLong(3)),
                r.getString(4), r.getString(5), r.getBoolean(6), r.getBoolean(7));
    }
}
