package org.changetalk.transcript;

import org.changetalk.coding.Turn;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.changetalk.transcript.InputFormat.TXT;
import static org.changetalk.transcript.Inputs.errors;

class TxtParserTest {

    @Test
    void readsSpeakerLinesAndContinuations() throws Exception {
        List<InputTurn> turns = Inputs.read(TXT, """
                Counselor: What brings you in?
                Client:   My wife says I drink too much.

                  She's probably right,
                though.
                THERAPIST: You have your doubts: it's not settled.
                clinician: this lower-case label is ordinary text
                """);

        assertThat(turns).extracting(InputTurn::turn).containsExactly(
                Turn.counselor("What brings you in?"),
                Turn.client("My wife says I drink too much.\nShe's probably right,\nthough."),
                Turn.counselor("You have your doubts: it's not settled.\nclinician: this lower-case label is ordinary text"));
        assertThat(turns).extracting(InputTurn::line).containsExactly(1L, 2L, 6L);
        assertThat(turns.get(2).fields().toString()).isEqualTo("{\"conversation\":\"talk\",\"speaker\":\"THERAPIST\","
                + "\"text\":\"You have your doubts: it's not settled.\\nclinician: this lower-case label is ordinary text\"}");
    }

    @Test
    void aFileIsOneConversationNamedAfterTheFile(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("session-12.txt");
        Files.writeString(file, "Client: hi\nCounselor: hello\n");

        assertThat(new TranscriptReader().read(file, TXT)).extracting(InputTurn::conversation)
                .containsOnly("session-12");
    }

    @Test
    void reportsTextBeforeAnySpeakerOnceUnknownLabelsAndEmptyTurns() {
        assertThat(errors(TXT, """
                Session 4, notes
                more notes
                Client: fine
                Patient: who is this?
                  continuation of the unknown turn
                Counselor:
                Client: ok
                """)).containsExactly(
                "in:1: text before any speaker: start the turn with 'Counselor:' or 'Client:'",
                "in:4: unknown speaker 'Patient' (expected Counselor:, Therapist:, Clinician: or Client:)",
                "in:6: empty text");
    }
}
