package org.changetalk.practice;

import org.changetalk.scenario.model.Beat;
import org.changetalk.scenario.model.ClientState;
import org.changetalk.scenario.model.ClientTalk;
import org.changetalk.scenario.model.Conversation;
import org.changetalk.scenario.model.Fact;
import org.changetalk.scenario.model.LineIndex;
import org.changetalk.scenario.model.ReplyKind;
import org.changetalk.scenario.model.Terms;

import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * Answers a question by what it asks for (a {@link QuestionIntent}): every line the client could say here (the
 * beats the graph allows, the rest of their story they are ready to tell, the persona's facts, and the sentences
 * of what they already said) is ranked by relevance to the trainee's words plus evidence that it answers this kind
 * of question (its shape, its topics). The graph's own line stays when it answers; otherwise the best answer
 * wins, and with none the persona's facts give a short honest one ({@link PersonaAnswers}).
 */
final class IntentAnswers {
    /** What the client says instead of the graph's line: a beat of the story, or a line as it stands. */
    sealed interface Choice permits Story, Said, Keep {}

    /** The graph's own line answers the question: the story goes on as the author wrote it. */
    record Keep(String why) implements Choice {}

    record Story(String beat, String why) implements Choice {}

    record Said(String text, ReplyKind move, ClientTalk talk, String why) implements Choice {}

    /** Evidence that a line answers: its shape, and its topics; a candidate needs at least the one or the other. */
    private static final double SHAPE = 0.3, TOPIC = 0.25, MIN_EVIDENCE = TOPIC;
    /** An answer must reach this (relevance plus evidence) and beat the graph's line by the margin. */
    private static final double ENOUGH = 0.4, MARGIN = 0.2;
    /** A told story comes back only when it answers clearly: a recall costs the client a repetition. */
    private static final double RECALL_PENALTY = 0.1;
    /** A fact answers without moving the story: preferred to a story line that answers as well. */
    private static final double FACT_BONUS = 0.15;
    /** A line the graph allows here answers in the author's order: preferred to another beat that answers as well. */
    private static final double ALLOWED = 0.15;
    /** The weight of an answer built from the persona's fields: above a weak line, below a relevant one. */
    private static final double PERSONA = 0.6;
    /** A line answering an intent about any topic must share this much with the question (a number alone is not enough). */
    private static final double ANY_TOPIC_RELEVANCE = 0.1;
    /** The story topics: a line whose beat says it is about another of these answers this question only in passing. */
    private static final Set<String> STORY = Set.of("what-it-gives", "worries", "past-attempts", "goals", "values");

    private final Conversation scenario;
    private final LineIndex index;
    private final ClientMemory memory;
    private final Voice voice;
    private final PersonaAnswers persona;

    IntentAnswers(Conversation scenario, LineIndex index, ClientMemory memory, Voice voice) {
        this.scenario = scenario;
        this.index = index;
        this.memory = memory;
        this.voice = voice;
        this.persona = new PersonaAnswers(scenario, memory, voice);
    }

    private record Best(double score, double evidence, Choice choice) {}

    Optional<Choice> answer(List<QuestionIntent> intents, LineIndex.Query q, List<String> allowed, String chosen,
                            ClientState state) {
        QuestionIntent intent = intents.get(0);
        Beat graph = scenario.beat(chosen);
        if (graph.isTerminal()) {
            return Optional.empty();
        }
        double graphScore = 0, graphEvidence = 0;
        for (String line : graph.say()) {
            if (!memory.said(line) && (!intent.anyTopic() || index.line(q, line).coverage() >= ANY_TOPIC_RELEVANCE)) {
                double e = evidence(intent, line, topicsOf(graph));
                double s = index.line(q, line).coverage() + e;
                if (s > graphScore) {
                    graphScore = s;
                    graphEvidence = e;
                }
            }
        }
        // The graph's own line answers this question: the story goes on as the author wrote it. (A number or an event on
        // any topic is weighed against the rest: "five years" on oxycodone does not answer how long since the last joint.)
        // A line of a story about something else that only has the shape ("my house sounds like the clock" in the story
        // of what the casino gives) is weighed against the rest too.
        if (graphEvidence >= SHAPE && !intent.anyTopic()) {
            return Optional.empty();
        }
        Best best = new Best(0, 0, null);
        Set<String> seen = new HashSet<>();
        for (String id : allowed) {
            Best b = beat(intent, q, scenario.beat(id), "an allowed line that answers the question");
            // The author allowed it here: of two lines that answer, theirs.
            best = better(best, b == null ? null : new Best(b.score() + ALLOWED, b.evidence(), b.choice()), seen, id);
        }
        for (Beat b : scenario.beats().values()) {
            // A story of change needs trust to tell; asked straight out what happened, a client tells it sooner.
            boolean ready = b.talk() != ClientTalk.CHANGE || state.engagement() >= (intent.name().equals("event") ? 4.5 : 6);
            if (b.isTerminal() || b.stage() != null || b.talk() == ClientTalk.DISCORD || !ready || seen.contains(b.id())
                    || scenario.fromAnyBeat().leadsTo(b.id())) {
                continue;
            }
            best = better(best, beat(intent, q, b, "a line of their story that answers the question"), seen, b.id());
        }
        List<Fact> facts = scenario.persona().facts();
        for (int i = 0; i < facts.size(); i++) {
            Fact f = facts.get(i);
            for (String line : f.say()) {
                double e = factEvidence(intent, line, new HashSet<>(f.topics()));
                double relevance = Math.max(index.line(q, line).coverage(), index.fact(q, i).coverage());
                if (intent.anyTopic() && relevance < ANY_TOPIC_RELEVANCE) {
                    continue; // "fourteen months" in the flat is no answer to how long since they injected
                }
                if (intent.name().equals("event") && onlyWhen(index.fact(q, i).matched()) && onlyWhen(index.line(q, line).matched())) {
                    continue; // "what happened on Saturday?": a fact that only names a Saturday is not the story of it
                }
                // "What happened with the drive home?" asks for the story of it, not a fact about it.
                double s = relevance + e + (intent.name().equals("event") ? 0 : FACT_BONUS)
                        - (memory.said(line) ? RECALL_PENALTY : 0); // a fact not said yet before one said again
                String text = memory.said(line) ? voice.recallOf(answering(intent, line)) : line;
                if (e >= MIN_EVIDENCE && s > best.score()) {
                    best = new Best(s, e, new Said(text, memory.said(line) ? ReplyKind.RECALL : ReplyKind.FACT, ClientTalk.NEUTRAL,
                            why("a fact from the persona's life answers", intent, s, graphScore)));
                }
            }
        }
        // What they said already, sentence by sentence, with the topics of the story it came from.
        for (String line : memory.saidLines()) {
            Set<String> declared = memory.beatOf(line).map(id -> topicsOf(scenario.beat(id))).orElse(Set.of());
            for (String sentence : Sentences.of(line)) {
                double e = evidence(intent, sentence, declared);
                // "Seven weeks." answers "how long since you injected?" through the line it closes ("I don't shoot").
                double relevance = intent.anyTopic() ? Math.max(index.line(q, sentence).coverage(), index.line(q, line).coverage())
                        : index.line(q, sentence).coverage();
                if (intent.anyTopic()) {
                    relevance += FACT_BONUS + RECALL_PENALTY; // what they said of it comes before a fact not said yet
                }
                double s = relevance + e - RECALL_PENALTY;
                // "Eli? Every day." has the shape of an amount, not the meaning: a sentence referred back to must be on
                // the question's topic (a quantity of the use, not of visits) or share its words.
                boolean onTopic = e > SHAPE || !intent.shapeRequired() && relevance >= 0.1;
                // A sentence of a story told about just this ("what it gives") answers in its own words.
                int terms = !intent.shapeRequired() && e >= TOPIC ? Terms.of(sentence).size() : 0;
                boolean toldAbout = terms >= 3;
                boolean shaped = intent.answeredBy(sentence);
                if (toldAbout && !shaped) {
                    // The story they told about exactly this is the answer, in its own words (its weightiest sentence).
                    s += SHAPE + 0.01 * terms;
                    e += SHAPE;
                }
                if ((shaped && onTopic || toldAbout) && e >= MIN_EVIDENCE && s > best.score()) {
                    String plain = sentence.replaceFirst("^(And|But|So|Then|Or|Actually),?\\s+", "");
                    best = new Best(s, e, new Said(voice.recallOf(plain), ReplyKind.RECALL, ClientTalk.NEUTRAL,
                            why("they answered it already; referred back to", intent, s, graphScore)));
                }
            }
        }
        // The persona's own facts of the matter (how much, what it gives, what worries them) are a fair answer too.
        Optional<String> own = persona.measured(intent);
        if (own.isPresent() && PERSONA > best.score()) {
            best = new Best(PERSONA, SHAPE, new Said(own.get(), ReplyKind.FACT, ClientTalk.NEUTRAL,
                    why("the persona's own facts answer", intent, PERSONA, graphScore)));
        }
        if (best.choice() != null && best.score() >= ENOUGH && best.score() >= graphScore + MARGIN) {
            if (best.choice() instanceof Story st && st.beat().equals(chosen)) {
                return Optional.empty();
            }
            return Optional.of(best.choice());
        }
        // The graph's own line answers this question, and nothing answers it clearly better: the story goes on as the
        // author wrote it.
        if (graphEvidence >= SHAPE || graphEvidence > 0 && intent.anyTopic()) {
            return Optional.of(new Keep(why("the graph's line answers", intent, graphScore, graphScore)));
        }
        if (graphEvidence > 0) {
            return Optional.empty(); // the graph's line touches it: the rest of the turn's reading decides
        }
        // Nothing they could say answers it, and the graph's line does not either: a short honest answer.
        if (graphEvidence == 0 && index.line(q, graph.say().get(0)).coverage() < 0.2) {
            return persona.answer(intent, state).map(line -> new Said(line, ReplyKind.FACT, ClientTalk.NEUTRAL,
                    "asked about " + intent.name() + "; nothing in the story answers it, so the persona's facts do"));
        }
        return Optional.empty();
    }

    private static final java.util.regex.Pattern WHEN = java.util.regex.Pattern.compile(
            "#?(\\d+|one|two|three|four|five|six|seven|eight|nine|ten|twenty|thirty|ago|week|weeks|weekend|month|months|year|years|"
            + "day|days|night|nights|morning|evening|afternoon|last|time|today|yesterday|monday|tuesday|wednesday|thursday|friday|"
            + "saturday|sunday|when|time-off|onset|happen|happened|happens|happening|happend|went)");

    /** Whether the words a line shares with the question only say when ("on Saturday", "three weeks ago"). */
    static boolean onlyWhen(List<String> matched) {
        return matched.stream().allMatch(t -> WHEN.matcher(t).matches());
    }

    /** The sentence of a line said before that answers ("Twenty-five years."), to refer back to; else the whole line. */
    private static String answering(QuestionIntent intent, String line) {
        for (String sentence : Sentences.of(line)) {
            if (intent.answeredBy(sentence)) {
                return sentence;
            }
        }
        return line;
    }

    private Best better(Best best, Best candidate, Set<String> seen, String id) {
        seen.add(id);
        return candidate != null && candidate.score() > best.score() ? candidate : best;
    }

    /** A beat's best line for this question: a line not said yet, or (told) its best sentence referred back to. */
    private Best beat(QuestionIntent intent, LineIndex.Query q, Beat b, String why) {
        if (b.isTerminal() || b.talk() == ClientTalk.DISCORD) {
            return null;
        }
        Set<String> topics = topicsOf(b);
        Best best = null;
        for (String line : b.say()) {
            if (memory.said(line) || memory.told(b.id())) {
                continue;
            }
            double e = evidence(intent, line, topics);
            double relevance = Math.max(index.line(q, line).coverage(), index.beat(q, b.id()).coverage());
            if (intent.anyTopic() && relevance < ANY_TOPIC_RELEVANCE) {
                continue;
            }
            double s = relevance + e;
            if (e >= MIN_EVIDENCE && (best == null || s > best.score())) {
                best = new Best(s, e, new Story(b.id(), why(why, intent, s, 0)));
            }
        }
        return best;
    }

    private Set<String> topicsOf(Beat b) {
        Set<String> topics = new HashSet<>(b.topics());
        b.tags().stream().filter(index.topics()::knows).forEach(topics::add);
        if (index.topics().knows(b.id())) {
            topics.add(b.id()); // a beat named 'what-it-gives' is about what it gives
        }
        return topics;
    }

    /** How much a line looks like an answer to this kind of question: its shape, and a topic of the intent. */
    private double evidence(QuestionIntent intent, String line, Set<String> declared) {
        double e = intent.answeredBy(line) ? SHAPE : 0;
        if (e == 0 && intent.shapeRequired()) {
            return 0;
        }
        // What a line says it is about, when it says; else the topics its words name. An intent about any topic ("how
        // long has it been?": the number of days is the answer, whatever it counts) takes the shape as enough.
        boolean topical = intent.topics().contains("*") || declared.isEmpty() ? index.topicsOf(line).stream().anyMatch(intent.topics()::contains)
                : declared.stream().anyMatch(intent.topics()::contains);
        // "I didn't sleep" in the story of a failed attempt has the words of what it gives, not the meaning.
        boolean elsewhere = !topical && declared.stream().anyMatch(STORY::contains);
        return (elsewhere ? e / 2 : e) + (topical ? TOPIC : 0);
    }

    /** A fact says what it is about: one about something else has the words of an answer only by chance. */
    private double factEvidence(QuestionIntent intent, String line, Set<String> declared) {
        double e = evidence(intent, line, declared);
        boolean topical = declared.stream().anyMatch(intent.topics()::contains);
        // Only for the story's questions (what it gives, worries, what worked, plans): a fact on another topic that says
        // "nobody at work knows" still answers "who knows?".
        boolean story = intent.topics().stream().anyMatch(STORY::contains);
        return story && !declared.isEmpty() && !topical ? e / 2 : e;
    }

    private static String why(String what, QuestionIntent intent, double score, double graph) {
        return Explain.format("asked about %s: %s (%.2f, graph's line %.2f)", intent.name(), what, score, graph);
    }
}
