package org.changetalk.practice;

import org.changetalk.scenario.model.ClientState;
import org.changetalk.scenario.model.Conversation;
import org.changetalk.scenario.model.Deltas;
import org.changetalk.scenario.model.Topics;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * How the client walked in today, drawn from the session's seed so a replay is the same day: one of the days in
 * moods.txt (tired, guarded, steady, talkative, raw), and which of their own concerns is on their mind first (a
 * persona topic that breaks ties when what the trainee said does not decide between the lines the graph allows).
 * A day nudges the start state, says a word of its own before the opening line, and bends every turn after it:
 * how fast trust grows and how much a push costs. Different seeds so give different days, not only different
 * words; the beat graph's guards then take different paths.
 *
 * @param name       the day's name in moods.txt, shown in the transcript's why and the studio
 * @param engagement added to the starting engagement
 * @param discord    added to the starting discord
 * @param importance added to the starting importance (raw after an event: it is on their mind)
 * @param confidence added to the starting confidence
 * @param warming    multiplies what a response adds to engagement (a talkative day volunteers more, sooner)
 * @param touchy     multiplies what a response adds to discord (a raw day's threshold is lower)
 * @param lead       a topic on their mind first (one of the persona's lead_concerns, else of their own topics), or null
 */
public record Mood(String name, double engagement, double discord, double importance, double confidence,
                   double warming, double touchy, String lead) {
    /** A day with no nudge and no lead concern: the author's own start (playtests from a chosen beat). */
    public static final Mood STEADY = new Mood("steady", 0, 0, 0, 0, 1, 1, null);

    /** The days, read once: data, so an author of the engine adds a day without code. */
    private static final List<Mood> DAYS = read(Resources.lines("moods.txt"));

    public static Mood of(Conversation scenario, long seed) {
        // A generator of its own, so the mood never shifts the client's wording.
        Random r = new Random(seed ^ 0x5DEECE66DL * 31);
        Mood day = DAYS.get(r.nextInt(DAYS.size()));
        List<String> own = new ArrayList<>(scenario.persona().leadConcerns());
        if (own.isEmpty()) {
            // Without the author's list, any of their own topics, though most have no line that could come first.
            scenario.persona().topics().keySet().stream().filter(t -> !Topics.builtInIds().contains(t)).sorted().forEach(own::add);
        }
        String lead = own.isEmpty() ? null : own.get(r.nextInt(own.size()));
        return new Mood(day.name, day.engagement, day.discord, day.importance, day.confidence, day.warming, day.touchy, lead);
    }

    /** Every day a seed can give, in moods.txt's order. */
    public static List<String> names() {
        return DAYS.stream().map(Mood::name).toList();
    }

    ClientState apply(ClientState start) {
        return new ClientState(clamp(start.engagement() + engagement), clamp(start.discord() + discord),
                clamp(start.importance() + importance), clamp(start.confidence() + confidence), start.stage());
    }

    /** A response's deltas as today bends them: gains in engagement by warming, gains in discord by touchy. */
    Deltas bend(Deltas d) {
        return new Deltas(d.engagement() > 0 ? d.engagement() * warming : d.engagement(),
                d.discord() > 0 ? d.discord() * touchy : d.discord(), d.importance(), d.confidence());
    }

    private static double clamp(double v) {
        return Math.max(0, Math.min(10, v));
    }

    static List<Mood> read(List<String> lines) {
        List<Mood> out = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i).strip();
            if (line.isEmpty() || line.startsWith("#")) {
                continue;
            }
            String[] f = line.split("\\s+");
            if (f.length != 7) {
                throw new IllegalStateException("moods.txt:" + (i + 1) + ":1: a day needs a name and six numbers, got: " + line);
            }
            try {
                out.add(new Mood(f[0], Double.parseDouble(f[1]), Double.parseDouble(f[2]), Double.parseDouble(f[3]),
                        Double.parseDouble(f[4]), Double.parseDouble(f[5]), Double.parseDouble(f[6]), null));
            } catch (NumberFormatException e) {
                throw new IllegalStateException("moods.txt:" + (i + 1) + ":1: not a number in: " + line, e);
            }
        }
        if (out.isEmpty()) {
            throw new IllegalStateException("moods.txt: no days");
        }
        return List.copyOf(out);
    }
}
