package org.changetalk.practice;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * A question put inside a frame: "Picture next Friday after work. What happens?", "Suppose your daughter asked you.
 * What would you say?", "Say the pain flares at three tomorrow: would you smoke?". The frame sets a scene; the question
 * at the end is what is asked. Why: the coder reads "Imagine it's…" as a statement (a reflection, information, even
 * advice), and the client answered the scene as if it were a reflection or a push (round 13's hypothetical trainee: 26 %
 * of replies answered). The frames are data (question-frames.txt).
 *
 * @param scene    the frame's scene, without its frame word ("next Friday after work")
 * @param question the question asked inside it, as said ("What happens?")
 * @param open     whether that question is open (a wh-question or a request), not a yes or no
 */
record QuestionFrame(String scene, String question, boolean open) {

    private static final List<Pattern> FRAMES = load();
    /** A sentence end, or a colon or dash before the question ("Say it's payday: what do you do?"). */
    private static final Pattern SENTENCES = Pattern.compile("(?<=[.!?:;])\\s+|\\s+[-–—]\\s+|,\\s+(?=(what|how|where|who|when|why|would|will|do|does|is|are|could|can)\\b)",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern OPEN = Pattern.compile("^\\W*(what|how|where|who|when|why|which|tell me|describe|walk me)\\b",
            Pattern.CASE_INSENSITIVE);

    private static List<Pattern> load() {
        List<Pattern> out = new ArrayList<>();
        List<String> lines = Resources.lines("question-frames.txt");
        for (int i = 0; i < lines.size(); i++) {
            String l = lines.get(i).strip();
            if (l.isEmpty() || l.startsWith("#")) {
                continue;
            }
            try {
                out.add(Pattern.compile("^\\W*" + l, Pattern.CASE_INSENSITIVE));
            } catch (java.util.regex.PatternSyntaxException e) {
                throw new IllegalStateException("question-frames.txt:" + (i + 1) + ":" + (Math.max(0, e.getIndex()) + 1) + ": " + e.getDescription(), e);
            }
        }
        return List.copyOf(out);
    }

    /** The frame and the question in a turn that opens a sentence with a frame and ends on a question; else empty. */
    static Optional<QuestionFrame> of(String text) {
        String t = text.strip();
        if (!t.endsWith("?")) {
            return Optional.empty();
        }
        String[] parts = SENTENCES.split(t);
        if (parts.length < 2) {
            return Optional.empty();
        }
        String question = parts[parts.length - 1].strip();
        for (int i = 0; i < parts.length - 1; i++) {
            for (Pattern p : FRAMES) {
                java.util.regex.Matcher m = p.matcher(parts[i]);
                if (m.find()) {
                    String scene = String.join(" ", java.util.Arrays.asList(parts).subList(i, parts.length - 1));
                    scene = scene.substring(m.end()).strip();
                    return Optional.of(new QuestionFrame(scene, question, OPEN.matcher(question).find()));
                }
            }
        }
        return Optional.empty();
    }
}
