package org.changetalk.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectWriter;
import com.fasterxml.jackson.databind.json.JsonMapper;

import java.io.IOException;
import java.io.OutputStream;

/** Writes JSON values one per line, UTF-8, without closing the stream (Jackson would by default). */
final class JsonLines {
    private final ObjectWriter writer = JsonMapper.builder().build().writer();
    private final OutputStream out;

    JsonLines(OutputStream out) {
        this.out = out;
    }

    void write(JsonNode value) throws IOException {
        out.write(writer.writeValueAsBytes(value));
        out.write('\n');
    }
}
