package org.changetalk.coding;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * One line of a bundled data file (a learned model, the reply bank, a confidence table), with its number so a
 * mistake is reported where it is. Blank lines and {@code #} comments are left out; the text is as written, for
 * files whose fields are tab-separated.
 */
record DataLine(int number, String text) {
    static List<DataLine> read(String resource) {
        List<DataLine> out = new ArrayList<>();
        try (InputStream in = DataLine.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new LexiconError(resource, 0, "resource not found");
            }
            BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            String line;
            int number = 0;
            while ((line = r.readLine()) != null) {
                number++;
                String t = line.strip();
                if (!t.isEmpty() && !t.startsWith("#")) {
                    out.add(new DataLine(number, line));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out;
    }
}
