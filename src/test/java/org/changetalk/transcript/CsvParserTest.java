package org.changetalk.transcript;

import org.changetalk.coding.Turn;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.changetalk.transcript.InputFormat.CSV;
import static org.changetalk.transcript.Inputs.errors;

class CsvParserTest {

    @Test
    void readsQuotedFieldsEscapedQuotesAndMultiLineText() throws Exception {
        List<InputTurn> turns = Inputs.read(CSV, "conversation,speaker,text\r\n"
                + "c1,client,\"I said \"\"no\"\", then yes.\"\r\n"
                + "c1,counselor,\"Two lines:\nhere, and \"\"there\"\"\"\n"
                + "c1,client,plain\n");

        assertThat(turns).extracting(InputTurn::turn).containsExactly(
                Turn.client("I said \"no\", then yes."),
                Turn.counselor("Two lines:\nhere, and \"there\""),
                Turn.client("plain"));
        assertThat(turns).extracting(InputTurn::line).containsExactly(2L, 3L, 5L);
    }

    @Test
    void headerColumnsMayBeInAnyOrderAndCaseAndExtraColumnsAreKept() throws Exception {
        List<InputTurn> turns = Inputs.read(CSV, "Text,session,Speaker,Conversation\nhello,s9,client,c1\n\n");

        assertThat(turns).singleElement().satisfies(t -> {
            assertThat(t.conversation()).isEqualTo("c1");
            assertThat(t.turn()).isEqualTo(Turn.client("hello"));
            assertThat(t.fields().toString())
                    .isEqualTo("{\"Text\":\"hello\",\"session\":\"s9\",\"Speaker\":\"client\",\"Conversation\":\"c1\"}");
        });
    }

    @Test
    void emptyQuotedAndUnquotedFieldsAreEmptyStrings() throws Exception {
        List<InputTurn> turns = Inputs.read(CSV, "conversation,speaker,text,note\nc,client,hi,\"\"\n");

        assertThat(turns.get(0).fields().get("note").asText()).isEmpty();
    }

    @Test
    void reportsAWrongHeaderOnceAndReadsNoRows() {
        assertThat(errors(CSV, "conversation,who,text\nc,client,hi\nc,client,\"open\n"))
                .containsExactly("in:1: wrong CSV header: missing column speaker "
                        + "(expected conversation,speaker,text; found conversation,who,text)");
        assertThat(errors(CSV, "conversation,speaker,text,Text\n"))
                .singleElement().asString().contains("duplicate column 'text'");
    }

    @Test
    void reportsUnbalancedQuotesAtTheLineWhereTheRecordStarts() {
        assertThat(errors(CSV, "conversation,speaker,text\nc,client,ok\nc,client,\"never closed\nmore\n"))
                .containsExactly("in:3: unbalanced quotes: a quoted field in the record starting here is never closed");
    }

    @Test
    void reportsStrayQuotesFieldCountsAndBadRowsAllTogether() {
        assertThat(errors(CSV, """
                conversation,speaker,text
                c,client,say "hi"
                c,client,"quoted"tail
                c,client
                c,nurse,hello
                c,client,""
                """)).containsExactly(
                "in:2: stray quote at column 14 in an unquoted field (quote the whole field and write \"\" for a quote)",
                "in:3: unexpected character 't' after a closing quote at column 18 (a quote inside a quoted field is written \"\")",
                "in:4: expected 3 fields as in the header, found 2",
                "in:5: unknown speaker 'nurse' (expected counselor, therapist, clinician or client)",
                "in:6: empty text");
    }

    @Test
    void anEmptyFileHasNoHeader() {
        assertThat(errors(CSV, "")).containsExactly("in:1: empty CSV: expected a header line conversation,speaker,text");
    }
}
