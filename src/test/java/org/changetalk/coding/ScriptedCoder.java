package org.changetalk.coding;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A coder whose turns say how to code them, so tests of the CLI, summary and evaluation control the codes.
 * Counselor text: words such as {@code QUESTION:open}, {@code COMPLEX_REFLECTION}, {@code AFFIRM} each become
 * an utterance over that word (other words are ignored; none at all gives one NO_CODE utterance); the first
 * is the primary. The word {@code FLAG} adds a stigmatising-label flag over itself. Client text: a leading
 * {@code change}, {@code sustain} or {@code neutral}, optionally {@code :KIND}; anything else is neutral.
 * It also records every conversation it was given.
 */
public final class ScriptedCoder implements ConversationCoder {
    private static final Pattern WORD = Pattern.compile("[A-Za-z_]+(?::[A-Za-z_]+)?");

    private final List<List<Turn>> seen = new ArrayList<>();

    @Override
    public List<CodedTurn> code(List<Turn> conversation) {
        // the CLI codes conversations in parallel
        synchronized (seen) {
            seen.add(List.copyOf(conversation));
        }
        return conversation.stream().map(ScriptedCoder::codeTurn).toList();
    }

    /** The conversations given to {@link #code}, in call order (any order when they were coded in parallel). */
    public List<List<Turn>> seen() {
        synchronized (seen) {
            return List.copyOf(seen);
        }
    }

    private static CodedTurn codeTurn(Turn turn) {
        return turn.speaker() == Speaker.COUNSELOR ? counselor(turn) : client(turn);
    }

    private static CounselorCoding counselor(Turn turn) {
        List<Utterance> utterances = new ArrayList<>();
        List<Flag> flags = new ArrayList<>();
        Matcher m = WORD.matcher(turn.text());
        while (m.find()) {
            Span span = new Span(m.start(), m.end());
            String[] parts = m.group().split(":");
            if (parts[0].equals("FLAG")) {
                flags.add(new Flag(FlagKind.STIGMATIZING_LABEL, span, "Scripted flag."));
                continue;
            }
            Code code;
            try {
                code = Code.valueOf(parts[0]);
            } catch (IllegalArgumentException notACode) {
                continue;
            }
            String detail = parts.length > 1 ? parts[1].toUpperCase(Locale.ROOT) : "";
            QuestionType question = detail.equals("OPEN") || detail.equals("CLOSED") ? QuestionType.valueOf(detail) : null;
            ReflectionDepth depth = code == Code.SIMPLE_REFLECTION ? ReflectionDepth.SIMPLE
                    : code == Code.COMPLEX_REFLECTION ? ReflectionDepth.COMPLEX : null;
            utterances.add(new Utterance(span, code, question, depth,
                    Evidence.of(span, "scripted-" + code.name().toLowerCase(Locale.ROOT), "Scripted " + code + ".")));
        }
        if (utterances.isEmpty()) {
            Span all = new Span(0, turn.text().length());
            utterances.add(new Utterance(all, Code.NO_CODE, null, null, Evidence.of(all, "scripted-none", "No code word.")));
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
        } catch (IllegalArgumentException e) {
            talk = Talk.NEUTRAL;
        }
        TalkKind kind = parts.length > 1 ? TalkKind.valueOf(parts[1].toUpperCase(Locale.ROOT)) : null;
        Span span = new Span(0, head.length());
        return new ClientCoding(turn, talk, kind, Evidence.of(span, "scripted-talk", "Scripted " + talk + "."));
    }
}
