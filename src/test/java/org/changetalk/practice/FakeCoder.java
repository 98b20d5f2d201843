package org.changetalk.practice;

import org.changetalk.coding.ClientCoding;
import org.changetalk.coding.Code;
import org.changetalk.coding.CodedTurn;
import org.changetalk.coding.ConversationCoder;
import org.changetalk.coding.CounselorCoding;
import org.changetalk.coding.Evidence;
import org.changetalk.coding.Flag;
import org.changetalk.coding.FlagKind;
import org.changetalk.coding.QuestionType;
import org.changetalk.coding.ReflectionDepth;
import org.changetalk.coding.Span;
import org.changetalk.coding.Speaker;
import org.changetalk.coding.Talk;
import org.changetalk.coding.TalkKind;
import org.changetalk.coding.Turn;
import org.changetalk.coding.Utterance;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * The one fake coder of the tests (engine, CLI, evaluation): a turn says how to code it, so a test depends on
 * what it tests and never on the real coder's accuracy.
 * <p>Counselor text: every upper-case word that names a {@link Code} becomes an utterance over that word, the
 * first being the primary; a question type follows with {@code /} or {@code :} ({@code QUESTION/OPEN},
 * {@code QUESTION:open}); a word naming a {@link FlagKind} adds that flag over itself ({@code CONFRONT+LABELLING}).
 * Other words are ignored, and a turn without a code word is one NO_CODE utterance. So
 * {@code "COMPLEX_REFLECTION: You feel stuck."}, {@code "GIVING_INFORMATION,SEEKING_COLLABORATION: ..."} and
 * {@code "AFFIRM then QUESTION:open STIGMATIZING_LABEL"} all read as they look.
 * <p>Client text: a leading {@code change}, {@code sustain} or {@code neutral}, optionally {@code :KIND}; anything
 * else is neutral. The same rule answers {@link ResponseCoder#clientTalk}.
 */
public final class FakeCoder implements ResponseCoder, ConversationCoder {
    private static final Pattern WORD = Pattern.compile("[A-Za-z_]+(?:[:/][A-Za-z_]+)?");
    private static final Set<String> CODES = names(Code.values());
    private static final Set<String> FLAGS = names(FlagKind.values());

    /** Every {@link #code(List, Turn)} call's history size, to check the engine passes the conversation so far. */
    public final List<Integer> historySizes = new ArrayList<>();
    private final List<List<Turn>> seen = new ArrayList<>();

    @Override
    public CounselorCoding code(List<Turn> history, Turn response) {
        historySizes.add(history.size());
        return counselor(response);
    }

    @Override
    public Talk clientTalk(String words) {
        return client(Turn.client(words)).talk();
    }

    @Override
    public List<CodedTurn> code(List<Turn> conversation) {
        // the CLI codes conversations in parallel
        synchronized (seen) {
            seen.add(List.copyOf(conversation));
        }
        return conversation.stream()
                .<CodedTurn>map(turn -> turn.speaker() == Speaker.COUNSELOR ? counselor(turn) : client(turn))
                .toList();
    }

    /** The conversations given to {@link #code(List)}, in call order (any order when coded in parallel). */
    public List<List<Turn>> seen() {
        synchronized (seen) {
            return List.copyOf(seen);
        }
    }

    private static CounselorCoding counselor(Turn turn) {
        List<Utterance> utterances = new ArrayList<>();
        List<Flag> flags = new ArrayList<>();
        Matcher m = WORD.matcher(turn.text());
        while (m.find()) {
            Span span = new Span(m.start(), m.end());
            String[] parts = m.group().split("[:/]");
            if (FLAGS.contains(parts[0])) {
                flags.add(new Flag(FlagKind.valueOf(parts[0]), span, "Flagged by the fake coder: " + parts[0]));
            } else if (CODES.contains(parts[0])) {
                Code code = Code.valueOf(parts[0]);
                String detail = parts.length > 1 ? parts[1].toUpperCase(Locale.ROOT) : "";
                QuestionType question = code == Code.QUESTION && (detail.equals("OPEN") || detail.equals("CLOSED"))
                        ? QuestionType.valueOf(detail) : null;
                utterances.add(new Utterance(span, code, question, depth(code), Evidence.of(span,
                        "fake-" + code.name().toLowerCase(Locale.ROOT), "Coded by the test's fake coder.")));
            }
        }
        if (utterances.isEmpty()) {
            Span all = new Span(0, turn.text().length());
            utterances.add(new Utterance(all, Code.NO_CODE, null, null,
                    Evidence.of(all, "fake-none", "No code word.")));
        }
        Utterance first = utterances.get(0);
        return new CounselorCoding(turn, utterances, first.code(), first.question(), first.reflection(),
                first.evidence(), flags);
    }

    private static ClientCoding client(Turn turn) {
        String head = turn.text().strip().split("\\s+")[0];
        String[] parts = head.split(":");
        Talk talk;
        try {
            talk = Talk.valueOf(parts[0].toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException notATalk) {
            talk = Talk.NEUTRAL;
        }
        TalkKind kind = parts.length > 1 ? TalkKind.valueOf(parts[1].toUpperCase(Locale.ROOT)) : null;
        Span span = new Span(0, head.length());
        return new ClientCoding(turn, talk, kind, Evidence.of(span, "fake-talk", "Fake " + talk + "."));
    }

    private static ReflectionDepth depth(Code code) {
        return code == Code.COMPLEX_REFLECTION ? ReflectionDepth.COMPLEX
                : code == Code.SIMPLE_REFLECTION ? ReflectionDepth.SIMPLE : null;
    }

    private static Set<String> names(Enum<?>[] values) {
        return Arrays.stream(values).map(Enum::name).collect(Collectors.toUnmodifiableSet());
    }
}
