package org.changetalk.practice;

import org.changetalk.scenario.model.ClientState;
import org.changetalk.scenario.model.Conversation;
import org.changetalk.scenario.model.Topics;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * How the client walked in today, drawn from the session's seed so a replay is the same day: a little more
 * guarded, steady, or a little more open (engagement and discord nudged at the start), and which of their own
 * concerns is on their mind first (a persona topic that breaks ties when what the trainee said does not decide
 * between the lines the graph allows). Different seeds so give different days, not only different words.
 *
 * @param name       "guarded", "steady" or "open", shown in the transcript's why and the studio
 * @param engagement added to the starting engagement
 * @param discord    added to the starting discord
 * @param lead       a topic on their mind first (one of the persona's lead_concerns, else of their own topics), or null
 */
public record Mood(String name, double engagement, double discord, String lead) {
    /** A day with no nudge and no lead concern: the author's own start (playtests from a chosen beat). */
    public static final Mood STEADY = new Mood("steady", 0, 0, null);

    public static Mood of(Conversation scenario, long seed) {
        // A generator of its own, so the mood never shifts the client's wording.
        Random r = new Random(seed ^ 0x5DEECE66DL * 31);
        int day = r.nextInt(3);
        List<String> own = new ArrayList<>(scenario.persona().leadConcerns());
        if (own.isEmpty()) {
            // Without the author's list, any of their own topics, though most have no line that could come first.
            scenario.persona().topics().keySet().stream().filter(t -> !Topics.builtInIds().contains(t)).sorted().forEach(own::add);
        }
        String lead = own.isEmpty() ? null : own.get(r.nextInt(own.size()));
        return switch (day) {
            case 0 -> new Mood("guarded", -0.5, 0.5, lead);
            case 1 -> new Mood("steady", 0, 0, lead);
            default -> new Mood("open", 0.5, 0, lead);
        };
    }

    ClientState apply(ClientState start) {
        return new ClientState(clamp(start.engagement() + engagement), clamp(start.discord() + discord),
                start.importance(), start.confidence(), start.stage());
    }

    private static double clamp(double v) {
        return Math.max(0, Math.min(10, v));
    }
}
