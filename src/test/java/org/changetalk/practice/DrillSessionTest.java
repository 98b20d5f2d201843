package org.changetalk.practice;

import org.changetalk.scenario.model.Drill;
import org.changetalk.scenario.read.Fixtures;
import org.changetalk.scenario.model.Level;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class DrillSessionTest {
    private final FakeCoder coder = new FakeCoder();
    private final Drill drill = Fixtures.complexReflectionDrill();

    @Test
    void fourGoodAnswersOutOfTheLastFiveMoveUpALevel() {
        DrillSession s = new DrillSession(drill, coder);
        s.attempt("COMPLEX_REFLECTION: a");
        s.attempt("QUESTION/OPEN: b");
        s.attempt("COMPLEX_REFLECTION: c");
        assertThat(s.attempt("COMPLEX_REFLECTION: d").levelAfter()).isEqualTo(Level.BEGINNER); // 3 of 4
        DrillAttempt fifth = s.attempt("COMPLEX_REFLECTION: e");                               // 4 of 5
        assertThat(fifth.level()).isEqualTo(Level.BEGINNER);
        assertThat(fifth.levelAfter()).isEqualTo(Level.INTERMEDIATE);
        assertThat(s.prompt().item().id()).isEqualTo(drill.items(Level.INTERMEDIATE).get(0).id());
    }

    @Test
    void aFailureOutsideTheWindowNoLongerCounts() {
        DrillSession s = new DrillSession(drill, coder);
        s.attempt("QUESTION/OPEN: miss");
        s.attempt("QUESTION/OPEN: miss");
        s.attempt("COMPLEX_REFLECTION: hit");
        s.attempt("COMPLEX_REFLECTION: hit");
        s.attempt("COMPLEX_REFLECTION: hit");                       // 3 of the last 5
        assertThat(s.level()).isEqualTo(Level.BEGINNER);
        assertThat(s.attempt("COMPLEX_REFLECTION: hit").levelAfter()).isEqualTo(Level.INTERMEDIATE); // first miss left the window
    }

    @Test
    void itemsComeInFileOrderAndCycle() {
        DrillSession s = new DrillSession(drill, coder);
        int n = drill.items(Level.BEGINNER).size();
        for (int i = 0; i < n; i++) {
            assertThat(s.prompt().item()).isEqualTo(drill.items(Level.BEGINNER).get(i));
            s.attempt("QUESTION/OPEN: never counts");
        }
        assertThat(s.prompt().item()).isEqualTo(drill.items(Level.BEGINNER).get(0));
    }

    @Test
    void flaggedAnswersNeverCountAndSayWhy() {
        DrillSession s = new DrillSession(drill, coder);
        DrillAttempt a = s.attempt("COMPLEX_REFLECTION+LABELLING: You're an addict who feels tired.");
        assertThat(a.success()).isFalse();
        assertThat(a.feedback().why()).contains("label");
        DrillAttempt b = s.attempt("SIMPLE_REFLECTION: It's at weekends.");
        assertThat(b.success()).isFalse();
        assertThat(b.feedback().why()).isEqualTo("This drill asks for complex reflection; this was coded as simple reflection.");
    }

    @Test
    void masteringTheAdvancedLevelCompletesTheDrill() {
        DrillSession s = new DrillSession(drill, coder);
        for (int i = 0; i < 12; i++) {
            s.attempt("COMPLEX_REFLECTION: good " + i);
        }
        assertThat(s.isMastered()).isTrue();
        assertThat(s.level()).isEqualTo(Level.ADVANCED);
        assertThat(s.attempts()).hasSize(12);
        assertThatThrownBy(s::prompt).isInstanceOf(IllegalStateException.class);
    }

    @Test
    void requiredWordsMustAppearToo() {
        Drill doubleSided = (Drill) Fixtures.scenario("drill-double", Fixtures.read(Fixtures.LIBRARY.resolve(Fixtures.DRILL + ".json"))
                .replace("id: 'drill-complex-reflection'", "id: 'drill-double'")
                .replace("accept: ['complex_reflection'],", "accept: ['complex_reflection'], require_any_words: ['on the other hand', 'part of you'],"));
        DrillSession s = new DrillSession(doubleSided, coder);
        DrillAttempt miss = s.attempt("COMPLEX_REFLECTION: You feel worn out.");
        assertThat(miss.success()).isFalse();
        assertThat(miss.feedback().why()).contains("'on the other hand'", "'part of you'");
        assertThat(s.attempt("COMPLEX_REFLECTION: Part of you wants rest, and part of you can't stop.").success()).isTrue();
    }

    @Test
    void aStoredProgressResumesExactlyWhereTheTraineeLeft() {
        DrillSession first = new DrillSession(drill, coder);
        first.attempt("COMPLEX_REFLECTION: a");
        first.attempt("QUESTION/OPEN: b");
        first.attempt("COMPLEX_REFLECTION: c");
        DrillProgress saved = first.progress();
        assertThat(saved).isEqualTo(new DrillProgress(Level.BEGINNER, 3, java.util.List.of(true, false, true), false));

        DrillSession resumed = new DrillSession(drill, coder, saved);
        assertThat(resumed.prompt()).isEqualTo(first.prompt());
        for (String r : java.util.List.of("COMPLEX_REFLECTION: d", "COMPLEX_REFLECTION: e")) {
            assertThat(resumed.attempt(r).levelAfter()).isEqualTo(first.attempt(r).levelAfter());
        }
        assertThat(resumed.progress()).isEqualTo(first.progress());
        assertThat(resumed.level()).isEqualTo(Level.INTERMEDIATE);
    }
}
