package org.changetalk.storage;

import java.sql.PreparedStatement;
import java.sql.SQLException;

/**
 * A statement from {@link Database#prepared}: used inside try-with-resources like one from
 * {@code prepareStatement}, but closing it only clears its parameters when the connection keeps it for the next
 * use (SQLite), and closes it otherwise.
 */
public final class Prepared implements AutoCloseable {
    private final PreparedStatement statement;
    private final boolean kept;

    Prepared(PreparedStatement statement, boolean kept) {
        this.statement = statement;
        this.kept = kept;
    }

    public PreparedStatement statement() {
        return statement;
    }

    @Override
    public void close() throws SQLException {
        if (kept) {
            statement.clearParameters();
        } else {
            statement.close();
        }
    }
}
