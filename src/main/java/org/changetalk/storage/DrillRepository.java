package org.changetalk.storage;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Where each trainee is in each drill: level, next item, recent results at the level, mastered. */
public final class DrillRepository {
    private final Database db;

    public DrillRepository(Database db) {
        this.db = db;
    }

    public record DrillState(String level, int itemIndex, List<Boolean> recent, boolean mastered, int attempts) {
        public DrillState {
            recent = List.copyOf(recent);
        }
    }

    public Optional<DrillState> find(String userId, String drillId) {
        return db.read("read drill progress", c -> {
            try (PreparedStatement p = c.prepareStatement("SELECT level, item_index, recent, mastered, attempts "
                    + "FROM drill_progress WHERE user_id = ? AND drill_id = ?")) {
                p.setString(1, userId);
                p.setString(2, drillId);
                try (ResultSet r = p.executeQuery()) {
                    if (!r.next()) {
                        return Optional.empty();
                    }
                    List<Boolean> recent = new ArrayList<>();
                    for (char ch : r.getString(3).toCharArray()) {
                        recent.add(ch == '1');
                    }
                    return Optional.of(new DrillState(r.getString(1), r.getInt(2), recent, r.getInt(4) == 1, r.getInt(5)));
                }
            }
        });
    }

    /** The drills a user has mastered, by id, sorted; and when they last attempted any drill (null: never). */
    public record Summary(List<String> mastered, Long lastAttemptAt) {}

    public Summary summary(String userId) {
        return db.read("summarise drill progress", c -> {
            List<String> mastered = new ArrayList<>();
            Long last = null;
            try (PreparedStatement p = c.prepareStatement("SELECT drill_id, mastered, updated_at FROM drill_progress "
                    + "WHERE user_id = ? ORDER BY drill_id")) {
                p.setString(1, userId);
                try (ResultSet r = p.executeQuery()) {
                    while (r.next()) {
                        if (r.getInt(2) == 1) {
                            mastered.add(r.getString(1));
                        }
                        last = last == null ? r.getLong(3) : Math.max(last, r.getLong(3));
                    }
                }
            }
            return new Summary(mastered, last);
        });
    }

    /** Stores the state after an attempt, only if nobody stored another attempt since {@code previousAttempts}. */
    public boolean save(String userId, String drillId, DrillState s, int previousAttempts, long now) {
        return db.write("save drill progress", c -> {
            StringBuilder recent = new StringBuilder();
            s.recent().forEach(b -> recent.append(b ? '1' : '0'));
            String sql = previousAttempts == 0
                    ? "INSERT INTO drill_progress (level, item_index, recent, mastered, attempts, updated_at, user_id, drill_id) "
                      + "VALUES (?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT (user_id, drill_id) DO NOTHING"
                    : "UPDATE drill_progress SET level = ?, item_index = ?, recent = ?, mastered = ?, attempts = ?, "
                      + "updated_at = ? WHERE user_id = ? AND drill_id = ? AND attempts = ?";
            try (PreparedStatement p = c.prepareStatement(sql)) {
                p.setString(1, s.level());
                p.setInt(2, s.itemIndex());
                p.setString(3, recent.toString());
                p.setInt(4, s.mastered() ? 1 : 0);
                p.setInt(5, s.attempts());
                p.setLong(6, now);
                p.setString(7, userId);
                p.setString(8, drillId);
                if (previousAttempts != 0) {
                    p.setInt(9, previousAttempts);
                }
                return p.executeUpdate() == 1;
            }
        });
    }
}
