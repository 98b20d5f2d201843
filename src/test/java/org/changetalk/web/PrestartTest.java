package org.changetalk.web;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/** The list of classes a start loads ahead is current: every class in it is in this build, once, and none of ours. */
class PrestartTest {
    @Test
    void everyListedClassIsInTheBuildOnceAndNoneIsOurs() throws Exception {
        List<String> names = Prestart.classNames();
        assertThat(names).hasSizeGreaterThan(500); // Jetty alone is several hundred

        List<String> missing = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (String name : names) {
            assertThat(seen.add(name)).as("listed twice: " + name).isTrue();
            assertThat(name).doesNotStartWith("org.changetalk.").doesNotStartWith("picocli.");
            try {
                Class.forName(name, false, Prestart.class.getClassLoader());
            } catch (ClassNotFoundException e) {
                missing.add(name);
            }
        }
        assertThat(missing).as("gone from the build: run src/jmh/sh/prestart-classes.sh after a dependency upgrade").isEmpty();
    }

    @Test
    void theJdksOwnArchiveIsNotAnApplicationArchive() {
        // the test JVM maps the JDK's classes.jsa (when sharing is on) and no archive of ours
        assertThat(Prestart.mapsApplicationArchive()).isFalse();
    }
}
