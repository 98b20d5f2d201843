package org.changetalk.practice;

import org.changetalk.scenario.model.Measure;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Which ruler move a trainee's words make, in wording written for this test (not the judged scripts'): a ruler and
 * which one, why-not-lower, what-would-take-it-higher, or none. {@code before} is the ruler the client answered
 * already ({@code -} for none) and its number.
 */
class RulerMoveTest {

    @ParameterizedTest(name = "{0} (after {1} {2}) -> {3}")
    @CsvSource(delimiter = '|', textBlock = """
            Zero to ten, how important is changing this for you?                         | - | 0 | Ask IMPORTANCE
            How much does getting this under control matter to you, with ten the most?  | - | 0 | Ask IMPORTANCE
            If one means no big deal and ten means hugely important, where are you?      | - | 0 | Ask IMPORTANCE
            Can you put a number on how much you want this to change?                   | - | 0 | Ask IMPORTANCE
            Importance, 0-10?                                                           | - | 0 | Ask IMPORTANCE
            Confidence, 0-10?                                                           | IMPORTANCE | 6 | Ask CONFIDENCE
            How sure, one to ten?                                                       | IMPORTANCE | 6 | Ask CONFIDENCE
            And on the same zero-to-ten, how likely is it you'd pull it off?            | IMPORTANCE | 6 | Ask CONFIDENCE
            Rate how certain you are that you could manage it.                          | - | 0 | Ask CONFIDENCE
            How important is it to you that you're able to keep going, 0 to 10?         | - | 0 | Ask IMPORTANCE
            And the same question for confidence, on that scale?                        | IMPORTANCE | 6 | Ask CONFIDENCE
            Why that number and not a smaller one?                                      | IMPORTANCE | 6 | WhyNotLower IMPORTANCE
            You could have said zero. What stopped you?                                 | IMPORTANCE | 6 | WhyNotLower IMPORTANCE
            What keeps it up above a two?                                               | IMPORTANCE | 6 | WhyNotLower IMPORTANCE
            So it's not lower because of what?                                          | CONFIDENCE | 5 | WhyNotLower CONFIDENCE
            How come it's more than a one for you?                                      | IMPORTANCE | 6 | WhyNotLower IMPORTANCE
            What would it need for you to climb up a point?                             | CONFIDENCE | 5 | WhatHigher -
            What could get you to an eight?                                             | CONFIDENCE | 5 | WhatHigher -
            What stands in the way between you and a ten?                               | CONFIDENCE | 5 | WhatHigher -
            What would help you feel you really could?                                  | CONFIDENCE | 5 | WhatHigher -
            What would you need in place to move up that scale?                         | CONFIDENCE | 5 | WhatHigher -
            Who would you want in your corner for this?                                 | CONFIDENCE | 5 | WhatHigher -
            With nought as not bothered and ten as desperate to, where do you sit?      | - | 0 | Ask IMPORTANCE
            Why not some way further lower?                                             | IMPORTANCE | 6 | WhyNotLower IMPORTANCE
            Tell me why you're not further down, near the bottom.                       | IMPORTANCE | 6 | WhyNotLower IMPORTANCE
            Help me see why it lands where it does.                                     | IMPORTANCE | 6 | WhyNotLower IMPORTANCE
            Why a 3?                                                                    | IMPORTANCE | 6 | AboutNumber -
            You never went for a one. What's that about?                                | IMPORTANCE | 6 | WhyNotLower IMPORTANCE
            What got you to that and not to a 2 or a 3?                                 | IMPORTANCE | 7 | WhyNotLower IMPORTANCE
            Is there a reason you didn't settle on zero?                                | CONFIDENCE | 4 | WhyNotLower CONFIDENCE
            What keeps it from being a one?                                             | IMPORTANCE | 5 | WhyNotLower IMPORTANCE
            Why a 4 rather than a 1?                                                    | IMPORTANCE | 6 | AboutNumber -
            Why not a nine?                                                             | IMPORTANCE | 6 | none -
            How are things at home?                                                     | IMPORTANCE | 6 | none -
            What would help on Friday nights?                                           | - | 0 | none -
            """)
    void readsTheMove(String text, String before, int number, String expected) {
        Map<Measure, Integer> given = new EnumMap<>(Measure.class);
        Optional<Measure> last = Optional.empty();
        if (!before.equals("-")) {
            given.put(Measure.valueOf(before), number);
            last = Optional.of(Measure.valueOf(before));
        }
        Optional<RulerMove> move = RulerMove.read(text, MoveCues.in(text), given, last);
        assertThat(move.map(RulerMoveTest::describe).orElse("none -")).isEqualTo(expected);
    }

    private static String describe(RulerMove move) {
        if (move instanceof RulerMove.Ask a) {
            return "Ask " + a.measure();
        }
        if (move instanceof RulerMove.WhyNotLower w) {
            return "WhyNotLower " + w.measure();
        }
        return move.getClass().getSimpleName() + " -";
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', textBlock = """
            A {n}, easily. I'm not going back to the ward.     | I'm not going back to the ward.
            {n}. Since the crash, anyway.                      | Since the crash, anyway.
            Like a {n}? My daughter, mostly.                   | My daughter, mostly.
            {n}.                                               | ''
            """)
    void anImportanceLineWithoutItsRating(String line, String reason) {
        assertThat(Rulers.reasonOf(line)).isEqualTo(reason);
    }
}
