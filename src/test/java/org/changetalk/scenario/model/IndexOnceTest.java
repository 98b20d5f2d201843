package org.changetalk.scenario.model;

import org.changetalk.scenario.library.LibraryEntry;
import org.changetalk.scenario.library.ScenarioLibrary;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** Loading a conversation does not build its relevance index; the first use does, once, for every session. */
class IndexOnceTest {
    @Test
    void builtOnFirstUseAndShared() {
        List<Conversation> conversations = ScenarioLibrary.open(Path.of("scenarios")).entries().stream()
                .map(LibraryEntry::scenario).filter(s -> s instanceof Conversation).map(s -> (Conversation) s).toList();
        assertThat(conversations).isNotEmpty();
        assertThat(conversations).noneMatch(c -> c.index().isBuilt());
        Conversation c = conversations.get(0);
        LineIndex first = c.lines();
        assertThat(c.index().isBuilt()).isTrue();
        assertThat(c.lines()).isSameAs(first);
        assertThat(first.topicsOf(c.beat(c.start().beat()).say().get(0))).isNotNull();
    }
}
