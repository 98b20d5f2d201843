package org.changetalk.practice;

import org.changetalk.coding.Code;
import org.changetalk.coding.CounselorCoding;
import org.changetalk.coding.Evidence;
import org.changetalk.coding.Flag;
import org.changetalk.coding.FlagKind;
import org.changetalk.coding.QuestionType;
import org.changetalk.coding.ReflectionDepth;
import org.changetalk.coding.Span;
import org.changetalk.coding.Turn;
import org.changetalk.coding.Utterance;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * A coder for engine tests whose answer is written in the response: {@code "COMPLEX_REFLECTION: You feel stuck."},
 * {@code "QUESTION/CLOSED: Do you drink?"}, {@code "CONFRONT+LABELLING: You're in denial."},
 * {@code "GIVING_INFORMATION,SEEKING_COLLABORATION: ..."} (several utterance codes, the first primary).
 * Engine tests then depend only on the engine, never on the real coder's accuracy.
 */
public final class FakeCoder implements ResponseCoder {
    /** Every call's history size, to check the engine passes the conversation so far. */
    public final List<Integer> historySizes = new ArrayList<>();

    @Override
    public CounselorCoding code(List<Turn> history, Turn response) {
        historySizes.add(history.size());
        String text = response.text();
        int colon = text.indexOf(':');
        String head = colon < 0 ? "NO_CODE" : text.substring(0, colon);
        String[] flagParts = head.split("\\+");
        String[] codeAndType = flagParts[0].split("/");
        QuestionType question = codeAndType.length > 1 ? QuestionType.valueOf(codeAndType[1].toUpperCase(Locale.ROOT)) : null;
        Span all = new Span(0, text.length());
        Evidence evidence = Evidence.of(all, "fake", "Coded by the test's fake coder.");
        List<Utterance> utterances = new ArrayList<>();
        for (String name : codeAndType[0].split(",")) {
            Code code = Code.valueOf(name.strip());
            utterances.add(new Utterance(all, code, code == Code.QUESTION ? question : null, depth(code), evidence));
        }
        List<Flag> flags = new ArrayList<>();
        for (int i = 1; i < flagParts.length; i++) {
            flags.add(new Flag(FlagKind.valueOf(flagParts[i].strip()), all, "Flagged by the fake coder: " + flagParts[i]));
        }
        Code primary = utterances.get(0).code();
        return new CounselorCoding(response, utterances, primary, primary == Code.QUESTION ? question : null,
                depth(primary), evidence, flags);
    }

    private static ReflectionDepth depth(Code code) {
        return code == Code.COMPLEX_REFLECTION ? ReflectionDepth.COMPLEX
                : code == Code.SIMPLE_REFLECTION ? ReflectionDepth.SIMPLE : null;
    }
}
