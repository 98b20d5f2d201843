package org.changetalk.transcript;

import com.fasterxml.jackson.databind.node.ObjectNode;
import org.changetalk.coding.Speaker;
import org.changetalk.coding.Turn;

import java.util.ArrayList;
import java.util.List;

/** The checks every format shares once it has a conversation id, a speaker label and a text. */
final class TurnFields {
    static final String EXPECTED_SPEAKERS = "counselor, therapist, clinician or client";

    private TurnFields() {
    }

    /** Returns the turn, or null after reporting each problem with it on {@code line}. */
    static InputTurn check(long line, String conversation, String speaker, String text, ObjectNode fields,
                           ErrorLog errors) {
        List<String> problems = new ArrayList<>();
        if (conversation != null && conversation.isBlank()) {
            problems.add("empty conversation id");
        }
        Speaker role = null;
        if (speaker != null) {
            role = Speaker.parse(speaker).orElse(null);
            if (role == null) {
                problems.add("unknown speaker '" + abbreviate(speaker) + "' (expected " + EXPECTED_SPEAKERS + ")");
            }
        }
        if (text != null && text.isBlank()) {
            problems.add("empty text");
        }
        if (text != null && hasLoneSurrogate(text)) {
            problems.add("text contains an unpaired UTF-16 surrogate escape");
        }
        problems.forEach(p -> errors.add(line, p));
        if (!problems.isEmpty() || conversation == null || role == null || text == null) {
            return null;
        }
        return new InputTurn(line, conversation, new Turn(role, text), fields);
    }

    /** Keeps user text quoted in messages short enough to read on one terminal line. */
    static String abbreviate(String s) {
        return cut(s, 40);
    }

    static String abbreviate200(String s) {
        return cut(s, 200);
    }

    private static String cut(String s, int max) {
        return s.length() <= max ? s : s.substring(0, max - 3) + "...";
    }

    // JSON "\ud800" escapes decode to half a character, which cannot be written back out as UTF-8.
    private static boolean hasLoneSurrogate(String s) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (Character.isHighSurrogate(c)) {
                if (i + 1 < s.length() && Character.isLowSurrogate(s.charAt(i + 1))) {
                    i++;
                } else {
                    return true;
                }
            } else if (Character.isLowSurrogate(c)) {
                return true;
            }
        }
        return false;
    }
}
