package org.changetalk.scenario.model;

import java.util.Collection;
import java.util.List;

/**
 * A conversation's relevance index, built the first time it is needed and then shared by every session.
 *
 * <p>Why not at load: building it tokenizes, stems and reads the topics of every line, which was an eighth of
 * the server's CPU before it could answer (the library loads every scenario on the way to ready, and after
 * each edit in the studio). Only a practice session or a playtest needs it; the server builds the shipped
 * ones in the background once it is ready, so the first session does not wait either.
 */
public final class IndexOnce {
    private final Persona persona;
    private final List<Beat> beats;
    private volatile LineIndex built;

    IndexOnce(Persona persona, Collection<Beat> beats) {
        this.persona = persona;
        this.beats = List.copyOf(beats);
    }

    public LineIndex get() {
        LineIndex index = built;
        if (index == null) {
            synchronized (this) {
                index = built;
                if (index == null) {
                    index = new LineIndex(persona, beats);
                    built = index;
                }
            }
        }
        return index;
    }

    /** Whether it was built already (for tests of what loading does). */
    public boolean isBuilt() {
        return built != null;
    }
}
