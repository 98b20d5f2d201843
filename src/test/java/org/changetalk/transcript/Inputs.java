package org.changetalk.transcript;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;

/** Reads test input given as a string or bytes. */
final class Inputs {
    private Inputs() {
    }

    static InputStream utf8(String text) {
        return new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8));
    }

    static List<InputTurn> read(InputFormat format, String text) throws Exception {
        return new TranscriptReader().read(utf8(text), "in", format, "talk");
    }

    /** The error messages, as printed, of input expected to be bad. */
    static List<String> errors(InputFormat format, String text) {
        return errors(new TranscriptReader(), format, utf8(text));
    }

    static List<String> errors(TranscriptReader reader, InputFormat format, InputStream in) {
        try {
            reader.read(in, "in", format, "talk");
        } catch (BadInputException e) {
            return e.errors().stream().map(InputError::toString).toList();
        } catch (Exception e) {
            throw new AssertionError("expected bad input, got " + e, e);
        }
        throw new AssertionError("expected bad input, but it was read");
    }
}
