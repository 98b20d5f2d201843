package org.changetalk.storage;

import java.util.Locale;

/** The databases ChangeTalk runs on; each has its own folder of migrations under db/. */
public enum Dialect {
    SQLITE, POSTGRESQL;

    String folder() {
        return name().toLowerCase(Locale.ROOT);
    }
}
