package org.changetalk.storage;

/**
 * How far a committed SQLite transaction is guaranteed to survive. Both survive a crash or kill of the
 * server process (the WAL is in the operating system's hands before the commit returns); only FULL also
 * survives a power cut or kernel crash, at the cost of an fsync per commit (on a shared virtual disk that
 * fsync alone can take 50–200 ms, see docs/benchmarks.md (section 4)). PostgreSQL keeps its own settings.
 */
public enum Durability {
    /** synchronous=NORMAL: survives a process crash or restart. The default. */
    PROCESS_CRASH("NORMAL"),
    /** synchronous=FULL: survives power loss too. */
    POWER_LOSS("FULL");

    final String sqliteSynchronous;

    Durability(String sqliteSynchronous) {
        this.sqliteSynchronous = sqliteSynchronous;
    }
}
