package org.changetalk.practice;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Which turns close the session (moves.txt {@code closing}) and which of those ask whether the client would come again
 * (cues-on-demand.txt {@code again-asked}), in wording written for this test. A ruler about a "one-time thing" and a
 * question about the client's life are not closings (client19's first cut ended a session on the first).
 */
class ClosingCuesTest {

    @ParameterizedTest(name = "{0} -> closing {1}, again {2}")
    @CsvSource(delimiter = '|', textBlock = """
            So where are you landing on all this, now that we're at the end?                 | true  | false
            Where does today leave you?                                                     | true  | false
            Fancy another appointment, or shall we leave it there?                          | true  | true
            Could we talk again in a fortnight?                                             | true  | true
            Anything from this hour you'd want to walk away with?                           | true  | false
            We're out of time. What's the one thing worth holding on to?                    | true  | false
            Before we see each other again, what would you like to try?                      | false | false
            Zero to ten, how much does it matter that the party stays a one-time thing?      | false | false
            Where do you live these days?                                                   | false | false
            """)
    void readsClosings(String text, boolean closing, boolean again) {
        assertThat(MoveCues.in(text).contains("closing")).as(text).isEqualTo(closing);
        if (closing) {
            assertThat(MoveCues.has("again-asked", text)).as(text).isEqualTo(again);
        }
    }
}
