package org.changetalk.transcript;

import org.changetalk.coding.Speaker;
import org.changetalk.coding.Turn;
import org.junit.jupiter.api.Test;

import java.io.InputStream;
import java.io.SequenceInputStream;
import java.util.Collections;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.changetalk.transcript.Inputs.errors;
import static org.changetalk.transcript.InputFormat.JSONL;

class JsonlParserTest {

    private static String line(String conversation, String speaker, String text) {
        return "{\"conversation\":\"" + conversation + "\",\"speaker\":\"" + speaker + "\",\"text\":\"" + text + "\"}";
    }

    @Test
    void readsTurnsInOrderKeepingEveryField() throws Exception {
        List<InputTurn> turns = Inputs.read(JSONL, """
                {"id": 7, "conversation": "c1", "speaker": "client", "text": "I drink a bit.", "meta": {"a": [1]}}

                {"conversation": "c1", "speaker": "Therapist", "text": "A bit."}
                """);

        assertThat(turns).extracting(InputTurn::line).containsExactly(1L, 3L);
        assertThat(turns).extracting(InputTurn::turn)
                .containsExactly(Turn.client("I drink a bit."), Turn.counselor("A bit."));
        assertThat(turns.get(0).fields().fieldNames()).toIterable()
                .containsExactly("id", "conversation", "speaker", "text", "meta");
        assertThat(turns.get(0).fields().get("meta").toString()).isEqualTo("{\"a\":[1]}");
        assertThat(turns.get(1).fields().get("speaker").asText()).isEqualTo("Therapist");
    }

    @Test
    void acceptsEveryCounselorNameInAnyCase() throws Exception {
        List<InputTurn> turns = Inputs.read(JSONL, String.join("\n",
                line("c", "COUNSELOR", "a"), line("c", "therapist", "b"), line("c", "Clinician", "c")));

        assertThat(turns).extracting(t -> t.turn().speaker()).containsOnly(Speaker.COUNSELOR);
    }

    @Test
    void reportsEveryBadLineWithItsNumber() {
        assertThat(errors(JSONL, String.join("\n",
                line("c", "client", "fine"),
                "{\"conversation\": \"c\", \"speaker\": \"client\", \"text\": \"unclosed}",
                "[1, 2]",
                "{\"speaker\": \"client\", \"text\": \"no conversation\"}",
                "{\"conversation\": \"c\", \"speaker\": 3, \"text\": \"x\"}",
                line("c", "patient", "who?"),
                line("c", "client", "   "),
                line("", "client", "x"),
                "{\"conversation\": \"c\", \"speaker\": \"client\", \"text\": \"a\", \"text\": \"b\"}",
                line("c", "client", "one") + " " + line("c", "client", "two"),
                line("c", "client", "\\ud800 half"))))
                .satisfiesExactly(
                        e -> assertThat(e).startsWith("in:2: malformed JSON at column "),
                        e -> assertThat(e).isEqualTo("in:3: expected a JSON object, found array"),
                        e -> assertThat(e).isEqualTo("in:4: missing field 'conversation'"),
                        e -> assertThat(e).isEqualTo("in:5: field 'speaker' must be a string, found number"),
                        e -> assertThat(e).isEqualTo(
                                "in:6: unknown speaker 'patient' (expected counselor, therapist, clinician or client)"),
                        e -> assertThat(e).isEqualTo("in:7: empty text"),
                        e -> assertThat(e).isEqualTo("in:8: empty conversation id"),
                        e -> assertThat(e).startsWith("in:9: malformed JSON").contains("Duplicate field 'text'"),
                        e -> assertThat(e).startsWith("in:10: malformed JSON"),
                        e -> assertThat(e).isEqualTo("in:11: text contains an unpaired UTF-16 surrogate escape"));
    }

    @Test
    void stopsAtTheErrorCap() {
        String bad = "nope\n".repeat(TranscriptReader.MAX_ERRORS + 5);
        try {
            new TranscriptReader().read(Inputs.utf8(bad), "in", JSONL, "x");
        } catch (BadInputException e) {
            assertThat(e.errors()).hasSize(TranscriptReader.MAX_ERRORS);
            assertThat(e.truncated()).isTrue();
            return;
        } catch (Exception e) {
            throw new AssertionError(e);
        }
        throw new AssertionError("expected bad input");
    }

    @Test
    void rejectsALineOverTenMegabytesByNumberWithoutHoldingIt() {
        InputStream huge = new InputStream() {
            private long left = TranscriptReader.MAX_LINE_BYTES + 10L;

            @Override
            public int read() {
                return left-- > 0 ? 'a' : -1;
            }

            @Override
            public int read(byte[] b, int off, int len) {
                if (left <= 0) {
                    return -1;
                }
                int n = (int) Math.min(len, left);
                java.util.Arrays.fill(b, off, off + n, (byte) 'a');
                left -= n;
                return n;
            }
        };
        InputStream in = new SequenceInputStream(Collections.enumeration(List.of(
                Inputs.utf8(line("c", "client", "first") + "\n"), huge, Inputs.utf8("\n" + line("c", "client", "x")))));

        assertThat(errors(new TranscriptReader(), JSONL, in)).containsExactly("in:2: line is longer than 10 MB; not read");
    }

    @Test
    void emptyInputHasNoTurns() throws Exception {
        assertThat(Inputs.read(JSONL, "")).isEmpty();
    }
}
