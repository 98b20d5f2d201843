package org.changetalk.web;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The formula guard: a cell a spreadsheet would run as a formula is written as text (issue 12: TAB and CR too). */
class CsvTest {
    private record Case(String why, String cell, String written) {}

    @Test
    void cellsThatWouldRunAsFormulasAreWrittenAsText() {
        List<Case> cases = List.of(
                new Case("equals", "=1+1", "'=1+1"),
                new Case("plus", "+cmd", "'+cmd"),
                new Case("minus", "-2+3", "'-2+3"),
                new Case("at", "@SUM(A1)", "'@SUM(A1)"),
                new Case("a leading TAB", "\t=HYPERLINK(\"x\")", "\"'\t=HYPERLINK(\"\"x\"\")\""),
                new Case("a leading CR", "\r=1+1", "\"'\r=1+1\""),
                new Case("a number", "-2.5", "-2.5"),
                new Case("plain text", "hello", "hello"));
        for (Case c : cases) {
            String row = new Csv(List.of("h")).row(List.of(c.cell())).toString();
            assertThat(row).as(c.why()).isEqualTo("h\r\n" + c.written() + "\r\n");
        }
    }
}
