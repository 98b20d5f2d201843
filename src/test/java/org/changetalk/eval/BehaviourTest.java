package org.changetalk.eval;

import org.changetalk.coding.Code;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class BehaviourTest {

    @Test
    void mapsEveryCodeAsTheHiddenCorpusDoes() {
        assertThat(Behaviour.of(Code.SIMPLE_REFLECTION, false)).isEqualTo(Behaviour.REFLECTION);
        assertThat(Behaviour.of(Code.COMPLEX_REFLECTION, false)).isEqualTo(Behaviour.REFLECTION);
        assertThat(Behaviour.of(Code.QUESTION, false)).isEqualTo(Behaviour.QUESTION);
        for (Code input : new Code[]{Code.GIVING_INFORMATION, Code.PERSUADE, Code.PERSUADE_WITH_PERMISSION, Code.CONFRONT}) {
            assertThat(Behaviour.of(input, true)).as(input.name()).isEqualTo(Behaviour.INPUT);
        }
        for (Code other : new Code[]{Code.AFFIRM, Code.EMPHASIZE_AUTONOMY, Code.NO_CODE}) {
            assertThat(Behaviour.of(other, true)).as(other.name()).isEqualTo(Behaviour.OTHER);
        }
    }

    @Test
    void seekingCollaborationIsAQuestionOnlyWhenAskedAsOne() {
        assertThat(Behaviour.of(Code.SEEKING_COLLABORATION, true)).isEqualTo(Behaviour.QUESTION);
        assertThat(Behaviour.of(Code.SEEKING_COLLABORATION, false)).isEqualTo(Behaviour.OTHER);
    }
}
