package org.changetalk.practice;

import org.changetalk.coding.Turn;
import org.changetalk.scenario.model.Category;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class CategorizerTest {
    private final FakeCoder coder = new FakeCoder();

    @ParameterizedTest(name = "{0} after {1} -> {2}")
    @CsvSource(delimiter = '|', textBlock = """
            COMPLEX_REFLECTION                             |               | COMPLEX_REFLECTION
            SIMPLE_REFLECTION                              |               | SIMPLE_REFLECTION
            QUESTION/OPEN                                  |               | OPEN_QUESTION
            QUESTION/CLOSED                                |               | CLOSED_QUESTION
            QUESTION                                       |               | OPEN_QUESTION
            AFFIRM                                         |               | AFFIRM
            EMPHASIZE_AUTONOMY                             |               | AUTONOMY
            SEEKING_COLLABORATION                          |               | COLLABORATION
            GIVING_INFORMATION                             |               | INFORMATION
            GIVING_INFORMATION                             | COLLABORATION | INFORMATION_WITH_PERMISSION
            GIVING_INFORMATION,SEEKING_COLLABORATION       |               | INFORMATION_WITH_PERMISSION
            GIVING_INFORMATION,EMPHASIZE_AUTONOMY          |               | INFORMATION_WITH_PERMISSION
            PERSUADE_WITH_PERMISSION                       |               | PERSUADE_WITH_PERMISSION
            PERSUADE                                       |               | PERSUADE
            CONFRONT                                       |               | CONFRONT
            NO_CODE                                        |               | OTHER
            COMPLEX_REFLECTION,CONFRONT                    |               | CONFRONT
            COMPLEX_REFLECTION,PERSUADE                    |               | PERSUADE
            COMPLEX_REFLECTION+LABELLING                   |               | CONFRONT
            AFFIRM+STIGMATIZING_LABEL                      |               | CONFRONT
            QUESTION/CLOSED+RIGHTING_REFLEX                |               | PERSUADE
            QUESTION/OPEN+ABSTINENCE_ONLY                  |               | PERSUADE
            GIVING_INFORMATION+RIGHTING_REFLEX             |               | PERSUADE
            COMPLEX_REFLECTION+RIGHTING_REFLEX             |               | COMPLEX_REFLECTION
            PERSUADE_WITH_PERMISSION+ABSTINENCE_ONLY       |               | PERSUADE_WITH_PERMISSION
            """)
    void categoryFromCodesAndFlags(String head, Category previous, Category expected) {
        var coding = coder.code(List.of(), Turn.counselor(head + ": text"));
        assertThat(Categorizer.categorize(coding, previous)).isEqualTo(expected);
    }
}
