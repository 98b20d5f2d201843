package org.changetalk.transcript;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class InputFormatTest {

    @Test
    void choosesTheFormatByExtensionInAnyCase() {
        assertThat(InputFormat.ofFileName("a.jsonl")).contains(InputFormat.JSONL);
        assertThat(InputFormat.ofFileName("a.b.JSON")).contains(InputFormat.JSONL);
        assertThat(InputFormat.ofFileName("dir.x/a.ndjson")).contains(InputFormat.JSONL);
        assertThat(InputFormat.ofFileName("a.Csv")).contains(InputFormat.CSV);
        assertThat(InputFormat.ofFileName("a.txt")).contains(InputFormat.TXT);
        assertThat(InputFormat.ofFileName("a.tsv")).isEmpty();
        assertThat(InputFormat.ofFileName("jsonl")).isEmpty();
    }
}
