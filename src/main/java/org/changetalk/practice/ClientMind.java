package org.changetalk.practice;

import org.changetalk.coding.Code;
import org.changetalk.coding.CounselorCoding;
import org.changetalk.coding.FlagKind;
import org.changetalk.coding.Utterance;
import org.changetalk.scenario.model.Beat;
import org.changetalk.scenario.model.Category;
import org.changetalk.scenario.model.ClientState;
import org.changetalk.scenario.model.ClientTalk;
import org.changetalk.scenario.model.Conversation;
import org.changetalk.scenario.model.EndKind;
import org.changetalk.scenario.model.Endings;
import org.changetalk.scenario.model.Fact;
import org.changetalk.scenario.model.Goal;
import org.changetalk.scenario.model.Measure;
import org.changetalk.scenario.model.Phrase;
import org.changetalk.scenario.model.ReplyKind;
import org.changetalk.scenario.model.Stage;
import org.changetalk.scenario.model.LineIndex;
import org.changetalk.scenario.model.Terms;
import org.changetalk.scenario.model.Topics;
import org.changetalk.scenario.model.Transition;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import java.util.function.Predicate;
import java.util.function.ToDoubleFunction;
import java.util.regex.Matcher;

/**
 * Decides what the client says (docs/scenario-format.md#one-turn-step-by-step). MI quality has
 * already moved the state; here what the trainee said decides what the client talks about: an
 * ending, a discord reaction that fits the offence, a repair, an MI move (ruler, "why not lower?",
 * closing, permission, goal menu, a correction), then the beat graph's allowed lines ranked by
 * relevance, a fact from the persona's life, or "why do you ask?". Memory keeps every line from
 * being said twice word for word and turns a retold story into a reference back.
 */
final class ClientMind {
    /** A graph candidate must beat the author's first choice by this much coverage to replace it. */
    /** Below this relevance the trainee's words do not decide between the allowed lines: today's concern may. */
    private static final double LEAD_UNDECIDED = 0.2;
    private static final double SWITCH_MARGIN = 0.25;
    /** Below this the line the graph chose hardly answers the words the trainee used. */
    private static final double WEAK = 0.2;
    /** A fact or another beat must cover this much of the response to answer it instead. */
    private static final double STRONG_FACT = 0.4, STRONG_BEAT = 0.5;
    private static final Set<Category> QUESTIONS = EnumSet.of(Category.OPEN_QUESTION, Category.CLOSED_QUESTION);
    private static final Set<Category> REFLECTIONS = EnumSet.of(Category.SIMPLE_REFLECTION, Category.COMPLEX_REFLECTION);
    private static final Set<Category> LISTENING = EnumSet.of(Category.OPEN_QUESTION, Category.CLOSED_QUESTION,
            Category.SIMPLE_REFLECTION, Category.COMPLEX_REFLECTION);

    private final Conversation scenario;
    private final LineIndex index;
    private final Random random;
    private final ClientMemory memory = new ClientMemory();

    private final Mood mood;
    private final Voice voice;
    /** The persona's names, so that a line naming someone nobody has mentioned is not said as if known. */
    private final ProperNouns names;
    private final Rulers rulers;
    private final IntentAnswers intentAnswers;
    private final FirstWords firstWords;
    private final FalseReflection falseReflection;
    private final ReflectionSupport support;
    private final FactSwap swaps;
    /** The client's lines read into sentences, once per conversation (see {@link ClientSentences}). */
    private final ClientSentences clientSentences;
    /** How long, claimed of the habit, against how long the client tells it has run (read once per conversation). */
    private final ClaimCheck spans;
    /** How sure the coder is of the turn being answered: an unsure reflection of what was never said is not agreed to. */
    private double confidence = 1;
    /**
     * The client's correction of the trainee's last turn, if that is what the client last said: "What do you remember
     * about that day?" after "Not in my room. … since I went out in the hallway" asks about the day corrected.
     */
    private String corrected;
    /** What the question of an apology is about when it refers back to the correction (see {@link #corrected}). */
    private String context;
    private static final double UNSURE = 0.5;
    /** The persona has stopped the behaviour (its use says "none for nine months"): "still using?" is answered from that. */
    private final boolean stopped;
    /** What the client opened with: "what brings you in?" is answered from it. */
    private String opening = "";
    private ClientTalk openingTalk = ClientTalk.NEUTRAL;

    /** What a question means beside its words (sentence embeddings), when the session has an embedder. */
    private final Meanings meanings;
    /** How lines are ranked by what a turn is about (relevance.txt). */
    private final Relevance relevance = Relevance.DEFAULT;
    /** The turn the part that asks was read from, and that part in plain words (AskingPart): read once a turn. */
    private String askingOf;
    private String asking;
    /** What a closed question is about, read for this persona (its habit's words left out). */
    private final QuestionFocus.Reader focus;
    /** A question read once into its kind, its stacked parts and their focus. */
    private final Question.Reader questions;
    /** What the persona holds to say of their life, sentence by sentence (read once per conversation). */
    private final PersonaHoldings holdings;

    /** A closed question's yes, no or choice, decided from what was told and what is held before a line stands. */
    private final ClosedAnswer closedAnswer;

    /** This turn's question as meant (embedded once, by {@link #meant}); null when it was not embedded. */
    private Meanings.Heard heard;
    /** The turn {@link #heard} was embedded for by the move reading (MoveMeaning), and what it read, for the reply's why. */
    private String heardFor;
    private String meantWhy;

    /** An accurate reflection (or an apology's question) met with the passage it is about (client26, round 13). */
    private final TakenFurther further;
    /** round 14 (client28): an open question answered by the passage that answers it, not the graph's next line. */
    private final AnswerFit fit;
    /** Who the persona's named people are to them, for a reflection that names one with another relation. */
    private final NamedRelation relations;
    /** The slots of a claim no other check reads, against what the persona holds (client29, round 14). */
    private final ClaimSlots slots;

    private static FactSwap factSwap(Conversation scenario, FalseReflection falseReflection) {
        List<String> useFacts = new ArrayList<>();
        scenario.persona().facts().stream().filter(f -> f.topics().contains("use")).forEach(f -> useFacts.addAll(f.say()));
        Map<String, List<String>> topicWords = new java.util.HashMap<>();
        scenario.persona().topics().forEach((id, phrases) -> topicWords.put(id, phrases.stream()
                .map(ph -> ph.text().toLowerCase(Locale.ROOT)).filter(t -> !t.contains(" ") && !t.contains("*")).toList()));
        return new FactSwap(falseReflection.story(), falseReflection.background(),
                scenario.persona().drug() == null ? "" : scenario.persona().drug(), useFacts, topicWords);
    }

    ClientMind(Conversation scenario, LineIndex index, Random random, Mood mood, Meanings meanings) {
        this.meanings = meanings;
        this.mood = mood;
        this.names = index.derived(ProperNouns.class, () -> new ProperNouns(scenario));
        this.voice = new Voice(memory, index, random, names, scenario.persona().moves());
        this.rulers = new Rulers(scenario, memory, voice, this::grounded);
        this.intentAnswers = new IntentAnswers(scenario, index, memory, voice);
        this.stopped = scenario.persona().drug() != null && STOPPED.matcher(scenario.persona().drug()).find();
        this.falseReflection = new FalseReflection(scenario, index, stopped);
        this.support = new ReflectionSupport(falseReflection.story(), falseReflection.background());
        // the story's facts read once per conversation, not per session (see LineIndex.derived)
        this.swaps = index.derived(FactSwap.class, () -> factSwap(scenario, falseReflection));
        this.clientSentences = index.derived(ClientSentences.class, ClientSentences::new);
        this.spans = index.derived(ClaimCheck.class, () -> new ClaimCheck(scenario.persona().facts(), falseReflection.story()));
        this.firstWords = new FirstWords(voice, mood, !scenario.persona().moves().beingHere().isEmpty());
        this.focus = new QuestionFocus.Reader(scenario, index);
        this.questions = new Question.Reader(focus);
        this.holdings = index.derived(PersonaHoldings.class, () -> new PersonaHoldings(scenario, focus.topics()));
        this.closedAnswer = new ClosedAnswer(holdings, focus, memory, voice);
        this.scenario = scenario;
        this.index = index;
        this.random = random;
        Set<String> notTold = new java.util.HashSet<>(reactions());
        notTold.add(scenario.start().beat());
        this.further = index.derived(TakenFurther.class, () -> new TakenFurther(scenario, notTold, TakenFurther.defaults()));
        this.fit = index.derived(AnswerFit.class, () -> new AnswerFit(scenario, notTold, AnswerFit.defaults()));
        this.relations = index.derived(NamedRelation.class, () -> new NamedRelation(falseReflection.story(), NamedRelation.defaults()));
        this.slots = index.derived(ClaimSlots.class, () -> new ClaimSlots(scenario, falseReflection.story(), ClaimSlots.defaults()));
    }

    /** The opening line (or a playtest's first beat). */
    Reply open(Beat beat, ClientState state) {
        if (beat.talk() == ClientTalk.DISCORD || state.discord() >= scenario.endings().disengage().discordAtLeast() / 2) {
            // A playtest that starts in discord starts after a push: the pattern has begun.
            memory.trainee("", true);
        }
        // The opening words lean towards the concern on their mind today, when a variant names it.
        List<Phrase> lead = mood.lead() == null ? List.of() : scenario.persona().topics().getOrDefault(mood.lead(), List.of());
        LineIndex.Query q = index.query(String.join(" ", lead.stream().map(Phrase::text).toList()).replace("*", ""));
        Reply r = enter(beat, q, state, "the opening beat (" + mood.name() + " today)");
        opening = r.text();
        openingTalk = r.talk();
        // The day shows before the story ("Sorry, I'm running on no sleep.": Mood, client-lines.txt [day.*]); "what
        // brings you in?" is still answered from the story.
        return new Reply(r.beat(), r.stay(), firstWords.withDay(r.text()), r.talk(), r.move(), r.state(), r.why());
    }

    /** A stock line in the client's voice (their own words first), for a decision made outside the mind (Pacing). */
    String stock(String key) {
        return voice.stock(key, Map.of());
    }

    Reply respond(Beat answered, String said, CounselorCoding coding, Category category, ClientState state, int number) {
        // "whos in ur corner" is read as "who's in your corner": chat spelling neither hides the cues nor the words.
        String text = Texting.read(said);
        Reply r = respondTo(answered, text, coding, category, state, number);
        corrected = r.move() == ReplyKind.CORRECTION ? r.text() : null;
        return r;
    }

    private Reply respondTo(Beat answered, String said, CounselorCoding coding, Category category, ClientState state, int number) {
        String text = withoutTic(said, answered, state);
        Set<String> cues = rulerBeforeClosing(offerAsked(MoveCues.in(text), text), text);
        // "hows classes goin" without a question mark, read by the coder as a reflection it is unsure of, is a question.
        if ((category == Category.SIMPLE_REFLECTION || category == Category.COMPLEX_REFLECTION) && coding.confidence() < 0.5
                && WH_START.matcher(text).find()) {
            category = Category.OPEN_QUESTION;
        }
        // "whos in ur corner when it gets rough", "weed does what for u": chat typing asks without a question mark, and the
        // coder may read it as information or a reflection; a short turn that opens with (or turns on) a question word and
        // ends without a full stop is a question to the client, whatever its code (round 8: answered with the next story).
        if (!granted && (category == Category.SIMPLE_REFLECTION || category == Category.COMPLEX_REFLECTION || category == Category.INFORMATION)
                && UNPUNCTUATED.matcher(text).find() && Phrase.wordsOf(text).size() <= 15
                && (WH_START.matcher(text).find() || IN_SITU.matcher(text).find())) {
            category = Category.OPEN_QUESTION;
        } else if (!granted && (category == Category.SIMPLE_REFLECTION || category == Category.COMPLEX_REFLECTION
                || category == Category.INFORMATION) && UNPUNCTUATED.matcher(text).find() && Phrase.wordsOf(text).size() <= 12
                && CLOSED_START.matcher(text).find() && !text.strip().endsWith("?") && !MoveCues.has("hedged", text)) {
            // "r u into any sports or games" typed without its question mark: a yes-or-no question, not a claim to agree to.
            category = Category.CLOSED_QUESTION;
        }
        // "Imagine it's ten on site and you're out of cigarettes. What happens?": the question inside a frame is what is
        // asked, however the coder read the scene (round 13's hypothetical trainee; QuestionFrame, round 14).
        // (A push in a frame stays a push: "Imagine your liver in ten years. What do you think it looks like?")
        if (!category.isMiInconsistent() || !cues.contains("push") && !MoveCues.has("counter", text)
                && cues.stream().noneMatch(c -> c.startsWith("offence-"))) {
            category = QuestionFrame.of(text).map(f -> f.open() ? Category.OPEN_QUESTION : Category.CLOSED_QUESTION).orElse(category);
        }
        // A move the words do not name is read by what the turn means (MoveMeaning, round 13): "What's keeping that off
        // a two?" after a ruler asks why not lower in no word of moves.txt.
        cues = meantMove(text, cues, category, number);
        Optional<Reply> both = apologyThenQuestion(answered, text, cues, coding, state, number);
        if (both.isPresent()) {
            return both.get();
        }
        boolean offered = granted;
        granted = false;
        Reply r = offered ? informed(answered, text, cues, coding, category, state, number)
                : reply(answered, text, cues, coding, category, state, number);
        if (meantWhy != null) {
            r = new Reply(r.beat(), r.stay(), r.text(), r.talk(), r.move(), r.state(), r.why() + "; " + meantWhy);
        }
        // A summary checked at its end ("…Is that an accurate formulation?") asks whether it was heard right, not about a
        // "formulation": its check is no yes-or-no question on a focus (round 11: "Not really. I keep things simple").
        Question question = QUESTIONS.contains(category) && !checkedSummary(text, cues) ? questions.read(text) : null;
        if (category == Category.CLOSED_QUESTION && question != null) {
            r = onFocus(r, answered, question, text, cues);
        }
        if (question != null) {
            r = held(r, answered, question, text, cues);
            r = settled(r, answered, question, text, cues);
            r = referredBack(r, question, text, cues);
        }
        // A yes to "can I share something?" makes the next turn information the client asked for.
        granted = cues.contains("permission") && r.talk() != ClientTalk.DISCORD && r.move() != ReplyKind.DISCORD
                && !r.beat().isTerminal() && !r.text().startsWith("Not") && !r.text().startsWith("Honestly? Not");
        // "Good morning, Ruth." is answered in kind before whatever else the first line gets.
        Optional<String> hello = r.move() == ReplyKind.GREETING || r.move() == ReplyKind.DISCORD ? Optional.empty()
                : firstWords.before(text, cues, number, state, opening);
        if (hello.isPresent()) {
            return new Reply(r.beat(), r.stay(), hello.get() + " " + r.text(), r.talk(), r.move(), r.state(),
                    r.why() + "; greeted back first");
        }
        return r;
    }

    /**
     * The cues with the move the turn means (MoveMeaning) when the words name none: read on the turn's one embedding
     * (kept in {@link #heard} for the rest of the turn), for a question, a reflection, a collaboration, a turn the
     * coder could not place or a short one late enough to close, never for a push, a summary or an apology (their own
     * paths answer them). Without an embedder the cues are the words' alone.
     */
    /** A statement this short may be a closing whatever its code; a longer one is information, not read for a move. */
    private static final int SHORT_CLOSING = 25;

    private Set<String> meantMove(String text, Set<String> cues, Category category, int number) {
        heard = null;
        heardFor = null;
        meantWhy = null;
        boolean eligible = meanings.on() && !category.isMiInconsistent() && !cues.contains("summary")
                && !cues.contains("apology") && !cues.contains("condolence") && !ownSlip(text, cues)
                && (QUESTIONS.contains(category) || REFLECTIONS.contains(category) || category == Category.OTHER
                        || category == Category.COLLABORATION || text.contains("?")
                        // ("Our hour is nearly up, so let's bring this to a close." is coded as information)
                        || number >= MoveMeaning.TUNING.closingFrom() && Phrase.wordsOf(text).size() <= SHORT_CLOSING)
                && MoveMeaning.byWords(text, cues, memory.rulers(), memory.lastRuler()).isEmpty();
        if (!eligible) {
            return cues;
        }
        // (A turn coded as a statement — a reflection, or an affirmation or autonomy line let in above only as a possible
        // closing — asks only with a question mark or a request: "Whatever you decide is up to you." is no permission
        // question or goal menu, and is not embedded to ask whether it is one; docs/benchmarks.md §36.)
        MoveMeaning.Situation situation = MoveMeaning.Situation.of(text, !memory.rulers().isEmpty(), number,
                !QUESTIONS.contains(category) && category != Category.OTHER && category != Category.COLLABORATION);
        if (!MoveMeaning.DEFAULT.anyAllowed(situation)) {
            return cues; // (no move the situation allows: the turn is not embedded to ask which it makes)
        }
        heard = meanings.heard(asking(text));
        heardFor = text;
        Optional<MoveMeaning.Reading> read = MoveMeaning.DEFAULT.read(heard::text, situation);
        if (read.isEmpty()) {
            return cues;
        }
        meantWhy = read.get().why();
        return MoveMeaning.cuesOf(read.get().move(), cues);
    }

    /**
     * A ruler asked in words is answered with its number even when the turn also has a closing's words: "If you had to put
     * a number on how much this matters, nothing up to ten, where would you land?" asks for a number ("where would you
     * land" is also how a closing asks where the client stands), and "We're nearly done — how confident are you, zero to
     * ten?" gets the number first; the closing comes when the trainee closes. (The lead's own play: the client closed the
     * session on that ruler at turn 12 of 19.)
     */
    private Set<String> rulerBeforeClosing(Set<String> cues, String text) {
        if (!cues.contains("closing")
                || !(RulerMove.read(text, cues, memory.rulers(), memory.lastRuler()).orElse(null) instanceof RulerMove.Ask)) {
            return cues;
        }
        Set<String> out = new java.util.HashSet<>(cues);
        out.remove("closing");
        return out;
    }

    /** A summary said as one (its words, or long) that ends on a check of itself ("Did I get that right?"). */
    private static boolean checkedSummary(String text, Set<String> cues) {
        int words = Phrase.wordsOf(text).size();
        // (or gathers three things or more before its check: "So, a glass most nights, the near miss, and you've stopped
        // driving. You want a plan. Did I get that right?" read as information got "Fine. Mm-hm.", round 13 tune)
        return cues.contains("summary-check") && (cues.contains("summary") && words >= 20 || words >= 40
                || words >= 25 && PARTS.split(text.strip()).length >= 4);
    }

    /**
     * A permission question however it is worded ("Some line cooks found a couple of things useful. Want to hear?",
     * "Shall I explain what a taper looks like?", "I've got some ideas, do you want them?"): the turn ends on a yes-or-no
     * question about the client's wish or the offer's use, and offers something of the trainee's own
     * (cues-on-demand.txt offer-*). Read as the "permission" cue, so it gets yes or no and the information is awaited.
     */
    static Set<String> offerAsked(Set<String> cues, String text) {
        if (!text.strip().endsWith("?")) {
            return cues;
        }
        String last = QuestionFocus.lastQuestion(text);
        boolean asked = MoveCues.has("permission", last) || Question.kindOf(last) == Question.Kind.YES_NO
                && MoveCues.has("offer-wish", last) && !MoveCues.has("offer-not", last) && MoveCues.has("offer-thing", text);
        if (!asked) {
            return cues;
        }
        // The question the turn ends on is the move: "…I don't want to push it on you. Would you like to hear it?" asks
        // permission, not what would take a number higher.
        Set<String> out = new java.util.HashSet<>(cues);
        out.add("permission");
        out.remove("higher");
        return out;
    }

    /**
     * "Sorry, so it's a lot, being around it again.": a "sorry" that opens a turn and owns no mistake is a habit of
     * speech; the rest of the turn is what the client answers ("It's okay." to it forgave a slip nobody made). With
     * discord to mend, or a mistake owned, or sympathy offered, the sorry means what it says and stays.
     */
    private static String withoutTic(String text, Beat answered, ClientState state) {
        if (answered.talk() == ClientTalk.DISCORD || state.discord() >= 2.5 || MoveCues.has("own-fault", text)
                || MoveCues.has("condolence", text)) {
            return text;
        }
        Optional<Matcher> tic = MoveCues.first("apology-tic", text);
        if (tic.isEmpty() || tic.get().start() > 0 && !text.substring(0, tic.get().start()).isBlank()) {
            return text;
        }
        String rest = text.substring(tic.get().end()).strip();
        // (the rest must still say something: "Sorry." alone is left to the apology path)
        return Phrase.wordsOf(rest).size() < 2 || MoveCues.has("apology", rest) ? text
                : Character.toUpperCase(rest.charAt(0)) + rest.substring(1);
    }

    private static final java.util.regex.Pattern EVENT_ASKED = java.util.regex.Pattern.compile(
            "\\bwhat (happened|happend|went down|went on)\\b", java.util.regex.Pattern.CASE_INSENSITIVE);
    /** A turn typed as chat: no full stop or exclamation at its end (a question mark or nothing). */
    private static final java.util.regex.Pattern UNPUNCTUATED = java.util.regex.Pattern.compile("[^.!…\\s]\\s*$");
    /** A question word in place of what is asked about: "weed does what for you", "you went where". */
    private static final java.util.regex.Pattern IN_SITU = java.util.regex.Pattern.compile(
            "\\b(does|do|did|is|are|was|were|went|go|goes|gets|got) (what|who|where|when|how)\\b|^\\W*what a\\b.*\\blooks? like\\b",
            java.util.regex.Pattern.CASE_INSENSITIVE);
    private static final java.util.regex.Pattern WH_START = java.util.regex.Pattern.compile(
            "^\\W*(how|hows|how's|what|whats|what's|wat|wats|wht|where|when|who|why|which)\\b(?! a\\b)(?! an\\b)",
            java.util.regex.Pattern.CASE_INSENSITIVE);
    /** Moves that are courtesy, not a claim about the client: never met with "Not exactly." */
    private static final Set<String> PLEASANTRIES = Set.of("greeting", "thanks-coming", "courtesy", "reassure", "how-are-you",
            "summary", "summary-check");
    private static final java.util.regex.Pattern CLOSED_START = java.util.regex.Pattern.compile(
            "^\\W*(have|has|did|do|does|are|is|was|were|can|could|would|will|r u|ru)\\b", java.util.regex.Pattern.CASE_INSENSITIVE);

    /**
     * "I'm sorry. What happened next?", "my bad. hows ur mom doing": an apology with a question gets both, the
     * apology taken in and the question answered, in that order (the question alone decides what is said next).
     */
    /** Whether the client just said yes to hearing something: the next turn is information they agreed to. */
    private boolean granted;

    /**
     * The turn after the client said yes to hearing something. Advice they agreed to hear is advice with permission,
     * whatever the coder made of it (the client does not forget its own yes), and what was offered is taken up: the
     * line of the story it bears on, or the stage's own reaction to it ("That I could maybe try."), never an
     * unrelated beat or "why do you ask?". A question that asks for something else gets its answer as usual.
     */
    private Reply informed(Beat answered, String text, Set<String> cues, CounselorCoding coding, Category category,
                           ClientState state, int number) {
        boolean pushing = cues.contains("push") || cues.stream().anyMatch(c -> c.equals("offence-label") || c.equals("offence-warning")
                || c.equals("offence-shame") || c.equals("offence-argue"));
        // "I think you need to stop, not cut down": a yes to hearing something is no yes to being told to quit.
        boolean demand = MoveCues.has("directive", text) && cues.contains("offence-abstinence");
        if (demand && !category.isMiInconsistent()) {
            category = Category.PERSUADE;
        }
        if (category == Category.PERSUADE && !pushing && !demand) {
            category = Category.PERSUADE_WITH_PERMISSION;
        }
        boolean offering = category == Category.INFORMATION_WITH_PERMISSION || category == Category.PERSUADE_WITH_PERMISSION
                || category == Category.INFORMATION
                || (QUESTIONS.contains(category) || category == Category.COLLABORATION) && MoveCues.has("info-check", text)
                        && Phrase.wordsOf(text).size() >= 10;
        // A ruler, a closing, a goal menu or another permission question is its own move, whatever came before it.
        boolean move = cues.contains("closing") || cues.contains("permission") || cues.contains("ruler")
                || cues.contains("ruler-again") || cues.contains("higher") || cues.contains("why-number") || cues.contains("goal-menu")
                || rulers.read(text, cues).isPresent();
        if (!offering || move || state.discord() >= 5) {
            return reply(answered, text, cues, coding, category, state, number);
        }
        confidence = coding.confidence();
        memory.trainee(text, false);
        LineIndex.Query q = index.query(text);
        memory.topics(q.topics());
        // The line of the story the information bears on: the graph's own next line when it is about it, else an
        // untold part of the story that clearly is.
        if (MoveCues.has("which-asked", text)) {
            // "There's patches, gum, or medicine. Which one do you want to try?": a choice not weighed yet, said plainly.
            return new Reply(answered, true, voice.stock("info.react.which", Map.of()), ClientTalk.NEUTRAL, ReplyKind.REACTION,
                    state, "information the client agreed to hear, with a choice among its options: not weighed yet");
        }
        // Advice given as a verdict ("you should…", "that's what works") is heard, not welcomed, whatever the author's
        // reaction to information would be: a welcome would teach that ordering works once permission is had.
        boolean verdict = MoveCues.has("directive", text);
        String stage = state.stage().name().toLowerCase(Locale.ROOT);
        if (verdict) {
            return new Reply(answered, true, voice.stock("info.react.advice", Map.of()), ClientTalk.NEUTRAL, ReplyKind.REACTION,
                    state, "information the client agreed to hear, given as a verdict: heard, not welcomed");
        }
        // An author who routes information here (a rule naming it among at most three kinds of response) wrote the
        // reaction: ruth's "So it needn't be all at once…" after the tapering steps.
        int matched = firstMatching(answered, category, text, state);
        Transition rule = matched < 0 ? null : scenario.rules(answered).get(matched);
        // (Also any rule out of the author's own yes to the permission question: that beat was written for this.)
        boolean authoredYes = !answered.say().isEmpty() && MoveCues.has("yes", answered.say().get(0));
        if (rule != null && (rule.on().size() <= 3 || authoredYes) && !scenario.beat(rule.to()).isTerminal()
                && !memory.told(rule.to()) && scenario.beat(rule.to()).talk() != ClientTalk.DISCORD) {
            // (A route out of the author's own yes beat was written for this very information: said as written.)
            Optional<Reply> reaction = authoredYes
                    ? Optional.of(enter(scenario.beat(rule.to()), q, state, "information the client agreed to hear: the author's reaction to it", 0))
                    : reactionTo(scenario.beat(rule.to()), text, q, state, "information the client agreed to hear: the author's reaction to it");
            if (reaction.isPresent()) {
                return reaction.get();
            }
        }
        List<String> allowed = candidates(answered, category, text, state);
        String best = null;
        double bestScore = 0;
        for (String c : allowed) {
            Beat b = scenario.beat(c);
            LineIndex.Score sc = index.beat(q, c);
            if (!b.isTerminal() && b.talk() != ClientTalk.DISCORD && !memory.told(c) && independent(sc) >= 2
                    && sc.coverage() >= 0.3 && sc.coverage() > bestScore) {
                best = c;
                bestScore = sc.coverage();
            }
        }
        for (Beat b : scenario.beats().values()) {
            LineIndex.Score sc = index.beat(q, b.id());
            if (!b.isTerminal() && b.stage() == null && b.talk() != ClientTalk.DISCORD && !memory.told(b.id())
                    && !scenario.fromAnyBeat().leadsTo(b.id())
                    && independent(sc) >= 2 && sc.coverage() >= Math.max(0.45, bestScore + 0.15)) {
                best = b.id();
                bestScore = sc.coverage();
            }
        }
        if (best != null) {
            Optional<Reply> reaction = reactionTo(scenario.beat(best), text, q, state, Explain.format("information the client "
                    + "agreed to hear, taken up by the part of the story it bears on (relevance %.2f)", bestScore));
            if (reaction.isPresent()) {
                return reaction.get();
            }
        }
        String line = voice.stock("info.react." + stage, Map.of());
        ClientTalk talk = state.stage().compareTo(Stage.PREPARATION) >= 0 ? ClientTalk.CHANGE : ClientTalk.NEUTRAL;
        return new Reply(answered, true, line, talk, ReplyKind.REACTION, state,
                "information the client agreed to hear: the stage's own reaction to it (" + stage + ")");
    }

    /**
     * A reaction line said to information, when it reacts to what was offered: the first sentence of the line that says
     * something ("The vodka bit I believe.", not "Huh.") shares a word with the information, or the line says nothing in
     * particular ("Huh. That might actually work."). "The vodka bit I believe" to NA meetings and a sober friend, "Set to
     * pay back less?" to Gamblers Anonymous, answer information nobody gave: the stage's own reaction is said instead.
     */
    private Optional<Reply> reactionTo(Beat beat, String info, LineIndex.Query q, ClientState state, String why) {
        Reply r = enter(beat, q, state, why, 0);
        if (r.move() != ReplyKind.RECALL && reacts(r.text(), info)) {
            return Optional.of(r);
        }
        for (String line : beat.say()) {
            if (!memory.saidWithin(line) && reacts(line, info)) {
                return Optional.of(new Reply(beat, false, line, beat.talk(), ReplyKind.BEAT, state, why + "; the variant that reacts to it"));
            }
        }
        return Optional.empty();
    }

    private static boolean reacts(String line, String info) {
        Set<String> offered = new java.util.HashSet<>(Terms.of(info));
        for (String sentence : Sentences.of(line)) {
            List<String> terms = Terms.of(sentence);
            if (terms.size() < 2) {
                continue; // "Huh.", "Actually...", "Okay."
            }
            return terms.stream().anyMatch(t -> offered.contains(t) && !VAGUE.contains(t));
        }
        return true;
    }

    /** Words too common to show that a reaction is about the information ("a bad week" is not "the bad nights"). */
    private static final Set<String> VAGUE = Resources.lines("reaction-vague-words.txt").stream()
            .filter(l -> !l.isBlank() && !l.startsWith("#"))
            .flatMap(l -> java.util.Arrays.stream(l.strip().split("\\s+")))
            .collect(java.util.stream.Collectors.toUnmodifiableSet());

    private Optional<Reply> apologyThenQuestion(Beat answered, String text, Set<String> cues, CounselorCoding coding,
                                               ClientState state, int number) {
        boolean sympathy = cues.contains("condolence") && !ownSlip(text, cues);
        if (!(cues.contains("apology") || sympathy || ownSlip(text, cues)) || cues.contains("closing")) {
            return Optional.empty();
        }
        String[] parts = text.strip().replaceAll("\\b(Dr|Mr|Mrs|Ms|St|Prof)\\.", "$1")
                .split("(?<=[.!?])\\s+|,\\s+(?=(how|what|where|when|who|why|hows|whats)\\b)"
                        + "|\\s+(?=(how|what|where|when|who|why|hows|whats|wat|wats) (do|did|is|are|was|were|would|will|r|u|you|happened|made)\\b)");
        if (parts.length < 2) {
            return Optional.empty();
        }
        // The question from the first sentence after the apology that asks one, to the end.
        int from = 1;
        while (from < parts.length - 1 && !WH_START.matcher(parts[from]).find() && !CLOSED_START.matcher(parts[from]).find()
                && !MoveCues.has("request", parts[from])) {
            from++;
        }
        String last = String.join(" ", java.util.Arrays.asList(parts).subList(from, parts.length)).strip();
        // ("Sorry, I got that wrong. Tell me how it actually happened.": a request for the story asks as an open question
        // does; round 11 answered three personas' with "That's alright." and nothing else)
        boolean open = WH_START.matcher(last).find() || MoveCues.has("request", last);
        // "It was the one time?", "It's evenings only, right?": a check said with a question mark is a closed question.
        boolean closed = (CLOSED_START.matcher(last).find() || Phrase.wordsOf(last).size() <= 12) && last.endsWith("?");
        if (!open && !closed || MoveCues.has("apology", last) || MoveCues.has("own-fault", last)) {
            return Optional.empty();
        }
        // The discord the apology mends is eased as a repair would (a turn of it); the question gets its answer.
        boolean mending = answered.talk() == ClientTalk.DISCORD || state.discord() >= 2.5;
        ClientState eased = mending ? new ClientState(Math.min(10, state.engagement() + 0.5), Math.max(0, state.discord() - 1.5),
                state.importance(), state.confidence(), state.stage()) : state;
        Category asked = open ? Category.OPEN_QUESTION : Category.CLOSED_QUESTION;
        Set<String> lastCues = MoveCues.in(last);
        // "Sorry, I got that wrong. What do you remember about that day?": the day is the one the client just corrected.
        context = corrected != null && MoveCues.has("refers-back", last) ? corrected : null;
        Reply r;
        try {
            r = reply(answered, last, lastCues, coding, asked, eased, number);
        } finally {
            context = null;
        }
        if (r.move() == ReplyKind.DISCORD || r.talk() == ClientTalk.DISCORD || r.beat().isTerminal()) {
            return Optional.empty(); // thanks for the apology, then a cold shoulder, contradicts itself: the repair path decides
        }
        r = held(r, answered, questions.read(last), last, lastCues);
        if (r.why().startsWith("the beat graph's first choice")) {
            // The graph's next line does not answer the question: the passage nearest in meaning to it does.
            r = takenFurther(answered, last, r, state, () -> "").orElse(r);
        }
        // (sympathy is thanked for: "That's alright." to "I'm sorry about your friend" forgives a loss)
        String ack = voice.stock(sympathy ? "condolence.thanks" : mending ? "repair.ack" : "apology.accept", Map.of());
        return Optional.of(new Reply(r.beat(), r.stay(), ack + " " + r.text(), r.talk(), r.move(), r.state(),
                r.why() + (sympathy ? "; the sympathy thanked for first, then the question answered"
                        : "; the apology taken in first, then the question answered")));
    }

    /**
     * The trainee owning a slip of their own in any register ("Oops, sorry, I heard that wrong.", "ugh sorry thats
     * backwards", "Sorry. Wrong."): received, never agreed with ("Yeah, that's it." to an apology agrees it was wrong
     * of them to say it, which is not what the client would mean). A condolence is no slip.
     */
    private static boolean ownSlip(String text, Set<String> cues) {
        return cues.contains("own-fault") || MoveCues.has("own-slip", text);
    }

    private Reply reply(Beat answered, String text, Set<String> cues, CounselorCoding coding, Category category,
                        ClientState state, int number) {
        if (!text.equals(heardFor)) {
            heard = null; // (the turn read by meaning for its move was embedded already: never twice)
        }
        confidence = coding.confidence();
        category = Offences.heard(text, cues, coding, category);
        // "ok but y isnt that number lower" after a ruler, "And rate how sure you are you could stop, 1 to 10.": a ruler
        // or its follow-up is that move whatever the coder made of it (read as a push, one locked a whole session in
        // discord; another got "I've heard that speech"). Words that push ("you should be at a ten") stay a push.
        // (Abstinence named as the ruler's goal, "how important is staying sober, 0 to 10?", is the client's goal to rate.)
        if (category.isMiInconsistent() && !cues.contains("push")
                && cues.stream().noneMatch(c -> c.startsWith("offence-") && !c.equals("offence-abstinence"))
                && Phrase.wordsOf(text).size() <= 60 && rulers.read(text, cues).isPresent()) {
            category = Category.OPEN_QUESTION;
        }
        // The client hears a push in plain words ("that's a relapse", "you could have died") even when the coder
        // read the turn as a reflection: warmth or an apology back would teach the trainee it worked. A feeling
        // named or both sides held ("you could have died, and that scared you") is a reflection after all.
        if ((category == Category.SIMPLE_REFLECTION || category == Category.COMPLEX_REFLECTION || category == Category.AFFIRM
                || category == Category.INFORMATION) && !cues.contains("double-sided")
                && !cues.contains("feeling") && (!MoveCues.has("hedged", text) && MoveCues.has("counter", text)
                        || MoveCues.has("counter-strong", text))) {
            // "But the anxiety is probably worse because of the weed, not better.": an argument in a reflection's
            // shape. Change talk back would teach the trainee that arguing works; the client hears it as one.
            category = Category.CONFRONT;
        }
        // (A diagnosis, abstinence as "the real goal", a risk lecture or homework ordered is a push unless hedged into
        // the client's own worry: "you wonder if it's an addiction" is a reflection.)
        boolean pushed = cues.contains("push") || cues.contains("push-unhedged") && !MoveCues.has("hedged", text);
        boolean offence = category.isMiInconsistent()
                || pushed && !cues.contains("feeling") && !cues.contains("double-sided");
        memory.trainee(text, offence);
        LineIndex.Query q = index.query(context == null ? text : text + " " + context);
        memory.topics(q.topics());
        Endings endings = scenario.endings();

        if (endings.disengage().holds(state)) {
            // A walkout comes after a pattern, not out of warmth: one push from a good session, or a second
            // mild one (a nudging question), is a sharp reaction, and the session goes on (the state stays just
            // under the threshold).
            if (!offence || pattern(Offences.offence(text, coding, category), coding, state)) {
                return enter(scenario.beat(endings.disengage().beat()), q, state, "discord reached the disengage threshold");
            }
            state = underThreshold(state, endings.disengage());
        }
        if (cues.contains("closing")) {
            // Closing after pushing ("we're out of time, try to do better this week"), or with the client still in
            // discord: a curt goodbye, never a cooperative plan. (Before the session's length: a trainee who closes on
            // the last turn gets the closing they asked for, take-away and all; round 9's Maya got a bare goodbye.)
            boolean curt = offence || state.discord() >= CURT_DISCORD || memory.recentOffences() >= 2;
            return curt ? curtClose(q, state) : close(q, state, MoveCues.has("again-asked", text));
        }
        if (number >= endings.naturalClose().afterTurns()) {
            return enter(scenario.beat(endings.naturalClose().beat()), q, state, "the session reached its length");
        }
        if (offence) {
            return discord(answered, text, coding, category, q, state);
        }
        boolean repair = cues.contains("apology") && (answered.talk() == ClientTalk.DISCORD || state.discord() >= 2.5);
        if (repair) {
            return repair(answered, category, text, q, state);
        }
        // (A slip owned inside a reflection, "It sounds like I got ahead of you, and it's frustrating…", is a reflection.)
        if (ownSlip(text, cues) && !text.contains("?") && Phrase.wordsOf(text).size() <= 22
                && !cues.contains("feeling") && !MoveCues.has("hedged", text) && !MoveCues.has("request", text)) {
            // "Sorry, I got that wrong, you didn't say that": the slip owned is accepted, and nothing more is asked.
            return new Reply(answered, true, voice.stock("apology.accept", Map.of()), ClientTalk.NEUTRAL, ReplyKind.BEAT, state,
                    "the trainee owned a slip; accepted");
        }
        // "Coming here wasn't your choice, and what you do is up to you": autonomy invites the story, not small talk.
        Optional<String> first = category == Category.AUTONOMY ? Optional.empty()
                : firstWords.answer(text, cues, number, state, opening, openingTalk);
        if (first.isPresent()) {
            return new Reply(answered, true, first.get(), ClientTalk.NEUTRAL, ReplyKind.GREETING, state,
                    "the first words of a session (a greeting, how they are, why they came), answered as such");
        }
        Optional<Reply> move = miMove(answered, text, cues, category, q, state);
        if (move.isPresent()) {
            return move.get();
        }
        return received(answerFit(story(answered, text, cues, category, q, state), answered, text, cues, category, state),
                text, cues, category);
    }

    /**
     * Round 14 (client28): an open question the graph's next line was chosen for only because it is next is answered by
     * the passage that answers it (AnswerFit: by the turn's one embedding and what the question asks for), when one does
     * clearly better. The author's routing stays: words a rule names, the author's own question here, a move (ruler,
     * closing…), a summary. A question inside a frame ("Picture next Friday. What happens?") is the question asked.
     */
    private Reply answerFit(Reply r, Beat answered, String text, Set<String> cues, Category category, ClientState state) {
        if (category != Category.OPEN_QUESTION || !meanings.on() || !r.why().startsWith("the beat graph's first choice")
                || r.move() != ReplyKind.BEAT || r.beat().isTerminal() || r.talk() == ClientTalk.DISCORD || state.discord() >= 3
                || cues.stream().anyMatch(MOVES::contains) || cues.contains("summary") || cues.contains("open-floor")) {
            return r; // ("What's been on your mind since the wedding?" invites the story: the graph's next part of it answers)
        }
        int rule = firstMatching(answered, category, text, state);
        if (rule >= 0 && !scenario.rules(answered).get(rule).words().isEmpty()) {
            return r; // the author routed these very words
        }
        if (heard == null) {
            heard = meanings.heard(asking(text));
        }
        if (heard.exemplar(answered) >= AUTHORED_ASK) {
            return r;
        }
        Optional<QuestionFrame> frame = QuestionFrame.of(text);
        // (What asks is the last sentence: "Going back to your daughter. How has she been since?" asks about the daughter,
        // and a line about her is no echo of the question.)
        String[] sentences = Sentences.of(text);
        String asks = frame.map(QuestionFrame::question).orElse(sentences.length == 0 ? text : sentences[sentences.length - 1]);
        Optional<AnswerFit.Answer> a = fit.of(heard, asks, AnswerFit.asked(asks), r.text(), memory::saidWithin,
                memory::told, talk -> talk != ClientTalk.CHANGE || state.engagement() >= 6);
        if (a.isEmpty()) {
            return r;
        }
        AnswerFit.Answer f = a.get();
        if (f.beat() != null && candidates(answered, category, text, state).contains(f.beat())) {
            return new Reply(scenario.beat(f.beat()), false, f.line(), scenario.beat(f.beat()).talk(), ReplyKind.BEAT, state, f.why());
        }
        // A passage from further along the story answers the question where the client is: the story does not jump
        // there (on the tune half a plan line said at turn 7 took the rest of the session to the plans).
        return new Reply(answered, true, f.line(), f.beat() == null ? ClientTalk.NEUTRAL : scenario.beat(f.beat()).talk(),
                ReplyKind.FACT, state, f.why() + (f.beat() == null ? "" : "; told where the story is, not jumped to"));
    }

    /**
     * A summary is taken in whichever way the story answers it (a fact, an intent's answer, a story already told): "Let
     * me pull it together… Does that sound right?" met with the next story and no receipt reads as not heard. A short
     * summary a novice checks ("So you're nine months clean, and the club is a trigger for you. Right?") is one too.
     * A case made of harms, a correction or a reply that says yes itself needs no receipt.
     */
    private Reply received(Reply r, String text, Set<String> cues, Category category) {
        int words = Phrase.wordsOf(text).size();
        boolean said = cues.contains("summary") && words >= 20 || words >= 45 && cues.contains("summary-check") || checkedSummary(text, cues);
        // A summary said as one ("Let me see if I've got it… How does that sound?") is a summary whatever its last
        // sentence made the coder read: an open question at its end or information in its shape still wants a receipt.
        boolean anyCategory = said && !category.isMiInconsistent();
        if (r.why().contains("summary") || r.why().contains("acknowledged") || r.move() == ReplyKind.CORRECTION || r.move() == ReplyKind.DISCORD
                || r.talk() == ClientTalk.DISCORD || r.beat().isTerminal() || category == Category.OPEN_QUESTION && !anyCategory
                || !(anyCategory || LISTENING.contains(category) || category == Category.AFFIRM
                        || category == Category.INFORMATION && cues.contains("summary"))) {
            return r; // ("Let me gather that up. You've gone seven weeks…" read as information is still a summary)
        }
        boolean checked = words >= 12 && MoveCues.has("gathering", text) && MoveCues.has("summary-short", text)
                && !MoveCues.has("one-sided", text) && !harmsOnly(text);
        return said || checked ? acknowledgedSummary(r) : r;
    }

    // ---------------------------------------------------------------- endings and discord

    private Reply close(LineIndex.Query q, ClientState state, boolean askedAgain) {
        Beat close = scenario.beat(scenario.endings().naturalClose().beat());
        Reply r = enter(close, q, state, "the trainee is closing the session");
        if (askedAgain) {
            // "Would you be up for another session, or is this a one-off?": whether they would come again, in their
            // stage (a small, fair maybe in precontemplation), then how they leave; no take-away they were not asked for.
            String[] sentences = Sentences.of(r.text());
            String again = voice.stock("closing.again." + state.stage().name().toLowerCase(Locale.ROOT), Map.of());
            boolean atEase = memory.offencesInSession() == 0 && state.discord() < 2;
            // (A goodbye that itself speaks of coming back, "Maybe I'll come back.", would answer twice: left off.)
            String leaving = sentences[sentences.length - 1];
            String text = MoveCues.has("again-asked", leaving) ? again : again + " " + leaving;
            return new Reply(r.beat(), false, text,
                    atEase && state.stage().compareTo(Stage.CONTEMPLATION) >= 0 ? ClientTalk.CHANGE : ClientTalk.NEUTRAL,
                    ReplyKind.CLOSING, state, r.why() + "; asked whether they would come again");
        }
        List<String> takeAway = scenario.persona().moves().takeAway().stream().filter(this::grounded).toList();
        // A session with no push in it and the client at ease ends on something of theirs, fitting the stage: their
        // own take-away when it names only what came up, else a small step of the stage's ("I'll think about it,
        // properly"). Round 9's skilled Maya, Teresa and Joe sessions ended neutral: their take-aways named things
        // never raised, or importance had dipped a point below where they came in.
        boolean atEase = memory.offencesInSession() == 0 && state.discord() < 2;
        if (!atEase && (takeAway.isEmpty() || state.importance() < scenario.persona().importance())) {
            return r;
        }
        String own = takeAway.isEmpty() ? voice.stock("closing.take-away." + state.stage().name().toLowerCase(Locale.ROOT), Map.of())
                : voice.unsaid(takeAway).orElse(takeAway.get(0));
        // Their take-away, then how they leave (the close line's last sentence): one goodbye, not two speeches.
        String[] sentences = Sentences.of(r.text());
        String text = own + " " + sentences[sentences.length - 1];
        // What they take away is their own step: change talk, whatever the closing line's talk.
        return new Reply(r.beat(), false, text, ClientTalk.CHANGE, ReplyKind.CLOSING, state, r.why() + "; their take-away first");
    }

    /** At or above this discord a closing gets a curt goodbye. */
    private static final double CURT_DISCORD = 5;

    /** The session ends on a curt line: the close beat, in few words, with no take-away. */
    private Reply curtClose(LineIndex.Query q, ClientState state) {
        Beat close = scenario.beat(scenario.endings().naturalClose().beat());
        Reply r = enter(close, q, state, "the trainee is closing the session after pushing");
        return new Reply(r.beat(), false, voice.stock("closing.curt", Map.of()), ClientTalk.NEUTRAL, ReplyKind.CLOSING, state,
                r.why() + "; a curt goodbye, no plan");
    }

    private static ClientState underThreshold(ClientState s, Endings.Disengage d) {
        return new ClientState(Math.max(s.engagement(), d.engagementAtMost() + 0.5),
                Math.min(s.discord(), d.discordAtLeast() - 0.5), s.importance(), s.confidence(), s.stage());
    }

    /** The client reacts to the push that was made, not to a push in general. */
    private Reply discord(Beat answered, String text, CounselorCoding coding, Category category,
                          LineIndex.Query q, ClientState state) {
        String offence = Offences.offence(text, coding, category);
        String opener = voice.stock("discord." + offence, Map.of());
        if (memory.saidWithin(opener)) {
            // Every reaction to this kind of push said already (a third lecture): the pattern is what they react to now.
            opener = voice.stock("discord.mild", Map.of());
        }
        if (!category.isMiInconsistent()) {
            // A push the coder read as listening: the graph's route is for listening (often a softening beat),
            // so the client reacts to the push and stays where they were.
            return new Reply(answered, true, opener, ClientTalk.DISCORD, ReplyKind.DISCORD, state,
                    "a push in plain words (" + offence + "); the client pushes back");
        }
        Beat next = scenario.beat(graphChoice(answered, category, text, state));
        // Lectures are never met with warm disclosure: if the author's graph would open up here, the
        // client reacts to the offence and stays where they were.
        boolean walkout = next.end() == EndKind.DISENGAGED;
        if (next.talk() == ClientTalk.CHANGE || next.isTerminal() && !walkout || walkout && !pattern(offence, coding, state)) {
            return new Reply(answered, true, opener, ClientTalk.DISCORD, ReplyKind.DISCORD, state,
                    "a push (" + offence + "); the client pushes back instead of opening up");
        }
        Reply r = enter(next, q, state, "a push (" + offence + ")");
        if ((r.move() == ReplyKind.RECALL || index.line(q, r.text()).coverage() < 0.15) && !MoveCues.has("concedes", r.text())) {
            // The beat's own words do not answer this push: say what it was first (unless they give in to it, when an
            // objection first would contradict them: "I'm not a label. … No, you're right.").
            return new Reply(r.beat(), r.stay(), opener + " " + r.text(), r.talk(), r.move(), r.state(), r.why());
        }
        return r;
    }

    /**
     * Whether the pushes so far make a pattern a client would walk out on (two real ones, or three of any kind).
     * A push the coder is unsure of never makes the walkout by itself.
     */
    private boolean pattern(String offence, CounselorCoding coding, ClientState state) {
        if (Offences.pushConfidence(coding) < Offences.SURE / 2) {
            return false;
        }
        // A client who came for help (preparation on) bristles at advice but does not leave over a second piece of
        // it: that takes a third push, or one that hurts more (a label, a warning, an argument).
        boolean cameForHelp = state.stage().compareTo(Stage.PREPARATION) >= 0 && offence.equals("advice");
        return memory.recentOffences() >= 3 || memory.recentOffences() >= 2 && Offences.severity(offence, coding) >= 1 && !cameForHelp;
    }

    /**
     * An apology, owning the push, or naming the discord works, and costs a turn: the client softens
     * along the author's repair path (the rule a reflection or autonomy would take) or, without one,
     * acknowledges it and stays.
     */
    private Reply repair(Beat answered, Category category, String text, LineIndex.Query q, ClientState state) {
        ClientState eased = new ClientState(Math.min(10, state.engagement() + 0.5), Math.max(0, state.discord() - 1.5),
                state.importance(), state.confidence(), state.stage());
        for (Transition rule : scenario.rules(answered)) {
            boolean repairRule = rule.on().contains(Category.COMPLEX_REFLECTION) || rule.on().contains(Category.AUTONOMY);
            if (repairRule && rule.words().isEmpty() && rule.when().test(eased)) {
                return enter(scenario.beat(rule.to()), q, eased, "a sincere repair: the author's repair path");
            }
        }
        String target = graphChoice(answered, category, text, eased);
        Beat next = scenario.beat(target);
        if (next.talk() != ClientTalk.DISCORD && !next.isTerminal()) {
            return enter(next, q, eased, "a sincere repair");
        }
        return new Reply(answered, true, voice.stock("repair.ack", Map.of()), ClientTalk.NEUTRAL, ReplyKind.BEAT, eased,
                "a sincere repair, acknowledged");
    }

    // ---------------------------------------------------------------- MI moves

    private Optional<Reply> miMove(Beat answered, String text, Set<String> cues, Category category,
                                   LineIndex.Query q, ClientState state) {
        Optional<Reply> ruler = rulers.answer(answered, text, cues, state);
        if (ruler.isPresent()) {
            return ruler;
        }
        // "So Tolu has stopped too", "Dr. Pham already knows", "so you've stopped completely": what the story denies is
        // corrected, never agreed to ("Yes. Exactly." teaches the trainee a false reflection worked).
        // How much they use, referred back to when they said it already ("I haven't stopped. Like I said, half a bottle…").
        Optional<String> use = useLine().map(l -> memory.saidWithin(l) ? voice.lowerFirst(voice.recallOf(l)) : l)
                .map(l -> Character.toUpperCase(l.charAt(0)) + l.substring(1));
        Optional<FalseReflection.Denial> denial = falseReflection.of(text, memory.saidLines(), use, this::stoppedFor);
        boolean claim = category != Category.OPEN_QUESTION && !(text.strip().endsWith("?") && WH_START.matcher(text).find());
        if (denial.isPresent() && !denial.get().key().equals("correction.relative")) {
            return Optional.of(corrected(answered, category, text, state, voice.stock(denial.get().key(), denial.get().values()), denial.get().why()));
        }
        if (claim) {
            // "Furious with your RA", "so u got arrested", "two packs a day", "in your own room": a feeling the client
            // never owned, an event that never happened, a count or a place the story gives otherwise. Agreed to, it
            // teaches the trainee that a guess counts as listening; a fair guess at a feeling the story holds passes.
            Optional<ReflectionSupport.Finding> unsupported = support.check(text, memory.saidLines(), cues.contains("summary"),
                    answered.talk() == ClientTalk.DISCORD || memory.recentDiscord() || state.discord() >= 2.5);
            if (unsupported.isPresent()) {
                return Optional.of(corrected(answered, category, text, state, voice.stock(unsupported.get().key(), unsupported.get().values()),
                        unsupported.get().why()));
            }
        }
        // "So it was your sister's death that started it", when it was her brother: the right fact said back, then the
        // talk goes on there ("My brother Michael. Not my sister. When my brother Michael died…"). Preferred to "What
        // sister?" when the story does hold another relative for it; a feeling never owned is corrected first, above.
        // A person named with the wrong relation, a number the passages nearest in meaning hold otherwise: the truth back.
        Optional<Reply> truth = claim ? truthSaidBack(answered, category, text, state) : Optional.empty();
        if (truth.isPresent()) {
            return truth;
        }
        Optional<FactSwap.Swap> swap = claim ? swaps.of(text, memory.saidLines(), memory::saidWithin) : Optional.empty();
        if (swap.isPresent()) {
            return Optional.of(corrected(answered, category, text, state, voice.stock("correction.swap", swap.get().values()).strip(),
                    swap.get().why()));
        }
        // "So it's been roughly five years of it at bedtime" to a client twelve years on it: the true span said back
        // ("Twelve years. Not five years."), a span of stopping set against their time off, of using against their use.
        Optional<ClaimCheck.Finding> span = claim ? spans.check(text, memory.saidLines(), memory::saidWithin) : Optional.empty();
        if (span.isPresent()) {
            return Optional.of(corrected(answered, category, text, state, voice.stock("correction.swap", span.get().values()).strip(),
                    span.get().why()));
        }
        // client29: who the client is, a thing or a name in their story, a good feeling handed to them (ClaimSlots).
        // A question asks, it does not say who they are ("Did you play a sport back in school?" got "A restaurant. Not a
        // school.": judge13, round 14).
        Optional<ClaimSlots.Slip> slot = claim && !text.strip().endsWith("?") ? slots.of(text, memory.saidLines(), memory::saidWithin) : Optional.empty();
        if (slot.isPresent()) {
            return Optional.of(corrected(answered, category, text, state, voice.stock(slot.get().key(), slot.get().values()).strip(),
                    slot.get().why()));
        }
        Optional<Reply> number = claim ? numberSaidBack(answered, category, text, state) : Optional.empty();
        if (number.isPresent()) {
            return number;
        }
        if (denial.isPresent()) {
            return Optional.of(corrected(answered, category, text, state, voice.stock(denial.get().key(), denial.get().values()), denial.get().why()));
        }
        if ((cues.contains("attribution") || MoveCues.has("claim", text))
                && category != Category.OPEN_QUESTION && category != Category.CLOSED_QUESTION) {
            Optional<Reply> correction = correction(answered, text, state);
            if (correction.isPresent()) {
                return correction;
            }
        }
        if (stopped && cues.contains("still-at-it")) {
            // "Are you still gambling?", "so you're still using on weekends" to a client who stopped: their stopped state.
            Optional<String> days = stoppedFor();
            if (days.isPresent()) {
                boolean asked = QUESTIONS.contains(category) || text.strip().endsWith("?");
                String line = asked ? voice.stock("stopped.asked", Map.of("line", days.get()))
                        : voice.stock("correction.said", Map.of("line", voice.lowerFirst(days.get()), "Line", days.get()));
                return Optional.of(new Reply(answered, true, line, ClientTalk.NEUTRAL, asked ? ReplyKind.FACT : ReplyKind.CORRECTION,
                        state, "asked or told they are still at a habit they have stopped: how long it has been"));
            }
        }
        // (A summary, or a reflection of both sides, "part of you needs the glass… and part of you knows…", gathers
        // sides the client holds at once: one side is no claim against a goal of theirs, "not to need the bottle".)
        boolean gathered = cues.contains("double-sided") || cues.contains("summary") || checkedSummary(text, cues);
        if ((category == Category.SIMPLE_REFLECTION || category == Category.COMPLEX_REFLECTION || category == Category.AFFIRM) && !gathered) {
            // "So the VA finally sorted out your consult" after "the VA cancelled my consult": said back as it was said.
            Optional<String> denied = Contradiction.of(text, memory.saidLines(), clientSentences::of);
            if (denied.isPresent()) {
                return Optional.of(new Reply(answered, true, voice.stock("correction.said",
                        Map.of("line", voice.lowerFirst(denied.get()), "Line", denied.get())),
                        ClientTalk.NEUTRAL, ReplyKind.CORRECTION, state, "the reflection says the opposite of what the client said"));
            }
            // ("So your staff have noticed you drinking during service" to a persona whose facts say "Never during
            // service": what they would say if asked, said now as news, not as "I said".)
            List<String> facts = new ArrayList<>();
            scenario.persona().facts().forEach(f -> facts.addAll(f.say()));
            Optional<String> deniedByFact = Contradiction.of(text, facts, clientSentences::of);
            if (deniedByFact.isPresent()) {
                return Optional.of(new Reply(answered, true, voice.stock("correction.denied",
                        Map.of("line", Voice.withStop(deniedByFact.get()))),
                        ClientTalk.NEUTRAL, ReplyKind.CORRECTION, state, "the reflection says the opposite of the persona's facts"));
            }
        }
        int matched = firstMatching(answered, category, text, state);
        Transition rule = matched < 0 ? null : scenario.rules(answered).get(matched);
        // An author who routes asking permission to a beat of its own (a rule naming at most three categories,
        // collaboration among them) wrote its answer; a rule for every kind of good response did not.
        // (A rule for information given with permission is the reaction to information not given yet: "Eating first,
        // okay" to "Want to hear?" before anything was said. Only a rule for asking itself, or a beat that says yes, answers.)
        boolean answersPermission = cues.contains("permission") && rule != null && rule.on().contains(category)
                && (rule.on().size() <= 3 && rule.on().contains(Category.COLLABORATION)
                        || scenario.beat(rule.to()).say().stream().allMatch(l -> MoveCues.has("yes", l)));
        // "Can I share something? Prescribers here usually…" already shared it: that is information, not a question.
        // ("I can tell you something about lapse, is okay?" read as a reflection still asks.)
        // (Coded as information given with permission, a turn that ends on its permission question has given nothing yet.)
        boolean asking = category == Category.COLLABORATION || category == Category.CLOSED_QUESTION
                || LISTENING.contains(category) && text.strip().endsWith("?")
                || text.strip().endsWith("?") && (MoveCues.has("permission", QuestionFocus.lastQuestion(text))
                        || MoveCues.has("offer-wish", QuestionFocus.lastQuestion(text)) && MoveCues.has("offer-thing", text));
        // (An author's answer already said is not said again as "Like I said, …": a yes is a yes.)
        if (cues.contains("permission") && asking && (!answersPermission || memory.told(rule.to()))) {
            String key = state.discord() >= 6 ? "permission.no" : state.discord() >= 3 ? "permission.wary" : "permission.yes";
            return Optional.of(new Reply(answered, true, voice.stock(key, Map.of()), ClientTalk.NEUTRAL, ReplyKind.PERMISSION,
                    state, "a permission question gets yes or no"));
        }
        // The author's plan beats answer "what would you like to do?" when the graph leads to one.
        boolean toPlan = rule != null && scenario.beat(rule.to()).end() == EndKind.PLAN_AGREED;
        if (cues.contains("goal-menu") && !toPlan) {
            return Optional.of(goalMenu(answered, state));
        }
        return Optional.empty();
    }

    /**
     * A claim the story denies, said back: a correction, or, when it was asked ("Does your mum know?" answered "No.
     * She doesn't know…"), an answer of fact.
     */
    private Reply corrected(Beat answered, Category category, String text, ClientState state, String line, String why) {
        boolean asked = QUESTIONS.contains(category) || text.strip().endsWith("?");
        return new Reply(answered, true, line, ClientTalk.NEUTRAL, asked ? ReplyKind.FACT : ReplyKind.CORRECTION, state, why);
    }

    private Reply goalMenu(Beat answered, ClientState state) {
        boolean ready = state.stage().compareTo(Stage.PREPARATION) >= 0 || state.importance() >= 6 && state.confidence() >= 5;
        if (!ready) {
            return new Reply(answered, true, voice.stock("goals.not-ready", Map.of()), ClientTalk.SUSTAIN, ReplyKind.GOAL_MENU, state,
                    "asked what they want to do before they are ready");
        }
        // A plan names what came up in the session; with nothing, the client raises one goal first.
        List<Goal> goals = scenario.persona().goals();
        List<String> menu = new ArrayList<>();
        for (Goal g : goals) {
            if (Terms.of(g.text()).stream().anyMatch(memory::cameUp) && menu.size() < 2) {
                menu.add(Voice.withStop(g.text()));
            }
        }
        if (menu.isEmpty()) {
            menu.add(Voice.withStop(goals.get(0).text()));
        }
        String goalsText = menu.size() == 1 ? menu.get(0) : menu.get(0) + " Or maybe: " + voice.lowerFirst(menu.get(1));
        return new Reply(answered, true, voice.stock("goals.intro", Map.of("goals", goalsText)), ClientTalk.CHANGE,
                ReplyKind.GOAL_MENU, state, "what would you like to do: the client's own goals that came up");
    }

    /**
     * "You said you hit him", "so you've decided to be off it by Christmas": a claim about what the client said
     * or decided, checked against what they said. Mostly new words get a correction; a decision claimed of a
     * client not yet preparing gets "I haven't decided that".
     */
    private Optional<Reply> correction(Beat answered, String text, ClientState state) {
        Optional<Matcher> said = MoveCues.first("attribution", text);
        Optional<Matcher> m = said.or(() -> MoveCues.first("claim", text));
        if (m.isEmpty()) {
            return Optional.empty();
        }
        // What the trainee says was said: up to the end of the clause ("Dr. Pham" does not end it).
        String claim = text.substring(m.get().end()).replaceAll("\\b(Dr|Mr|Mrs|Ms|St|Prof)\\.", "$1").split("[.,;!?]", 2)[0];
        List<String> claimed = Terms.of(claim);
        if (claimed.size() < 2 || said.isPresent() && MoveCues.has("attribution-pointer", claim)) {
            return Optional.empty();
        }
        boolean decision = said.isEmpty() && MoveCues.has("claim-decision", text);
        if (decision && state.stage().compareTo(Stage.PREPARATION) < 0 && !committed()) {
            // A client still weighing it has decided nothing, whatever the words of the decision.
            return Optional.of(new Reply(answered, true, voice.stock("correction.decision", Map.of()), ClientTalk.NEUTRAL,
                    ReplyKind.CORRECTION, state, "the trainee claimed a decision the client has not made"));
        }
        long unsaid = claimed.stream().filter(t -> !memory.clientTerms().contains(t)).count();
        // an attribution of words is held to what was said (a third new is too much); a claimed decision is a
        // reflection going a step further, which a client lets pass until most of it is new
        // A claim the persona's story makes ("you've stopped driving after drinking", said later or not yet) is not
        // "I didn't say that": the client would own it.
        if (said.isPresent() ? unsaid * 3 < claimed.size() : unsaid * 2 <= claimed.size() || falseReflection.inStory(claimed)) {
            return Optional.empty();
        }
        String key = decision && state.stage().compareTo(Stage.PREPARATION) < 0 ? "correction.decision" : "correction";
        return Optional.of(new Reply(answered, true, voice.stock(key, Map.of()), ClientTalk.NEUTRAL, ReplyKind.CORRECTION,
                state, "the trainee attributed words or a decision the client never said"));
    }

    private static final java.util.regex.Pattern EVENT_WORDS = java.util.regex.Pattern.compile(
            "(?i)\\b(what|happened|happend|happen|went|down|on|tell|me|about)\\b");
    private static final java.util.regex.Pattern COMMITTED = java.util.regex.Pattern.compile(
            "\\b(i'?ve decided|i have decided|i'?m going to|i am going to|i will|i'?ll (stop|quit|cut|do|try|start|tell|ask|call|book))\\b",
            java.util.regex.Pattern.CASE_INSENSITIVE);

    /**
     * How long they have been stopped, in their words: a sentence they said naming it ("Sixty-one days."), else one of
     * the persona's facts or beats that names it.
     */
    private Optional<String> stoppedFor() {
        List<String> lines = new ArrayList<>(memory.saidLines());
        scenario.persona().facts().forEach(f -> lines.addAll(f.say()));
        for (String line : lines) {
            for (String sentence : Sentences.of(line)) {
                if (MoveCues.has("client-strength", sentence) && !STILL_USING.matcher(sentence).find()) {
                    return Optional.of(sentence.replaceFirst("^(And|But|So|Then|Or|Update:),?\\s+", ""));
                }
            }
        }
        return Optional.empty();
    }

    /** "None for sixty-one days", "none for nine months": the persona's use says they have stopped. */
    private static final java.util.regex.Pattern STOPPED = java.util.regex.Pattern.compile(
            "\\b(none|nothing|no \\w+|not \\w+|hasn'?t \\w+) (for|since|in) (the (past|last) )?(\\d+|a|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|\\w+-\\w+|sixty|thirty|fourteen)\\b",
            java.util.regex.Pattern.CASE_INSENSITIVE);
    private static final java.util.regex.Pattern STILL_USING = java.util.regex.Pattern.compile(
            "\\b(still using|still drinking|still smoking|i used|i slipped|ago)\\b", java.util.regex.Pattern.CASE_INSENSITIVE);

    /** Facts about use that say who with, where, since when or what they tried, not how much. */
    private static final Set<String> NOT_HOW_MUCH = Set.of("company", "use-place", "onset", "time-off", "past-attempts", "sleep");

    /** How much they use, in their words: the first sentence of the persona's fact about use, if there is one. */
    private Optional<String> useLine() {
        // The fact about use that names an amount ("Half a bottle most evenings") before one about who with.
        Optional<String> any = Optional.empty();
        for (Fact f : scenario.persona().facts()) {
            if (f.topics().contains("use") && f.topics().stream().noneMatch(NOT_HOW_MUCH::contains) && !f.say().isEmpty()) {
                String first = Sentences.of(f.say().get(0))[0];
                if (AMOUNT.matcher(first).find()) {
                    return Optional.of(first);
                }
                any = any.or(() -> Optional.of(first));
            }
        }
        return any;
    }

    /** Whether the client has said a decision or a commitment of their own in this session. */
    private boolean committed() {
        return memory.saidLines().stream().anyMatch(l -> COMMITTED.matcher(l).find());
    }

    // ---------------------------------------------------------------- the story

    private Reply story(Beat answered, String text, Set<String> cues, Category category, LineIndex.Query q,
                        ClientState state) {
        // A summary: said as one, long, or both sides gathered and checked ("…, and at the same time …. Is that right?").
        // The coder may read one as an affirmation with a question; the client still hears a summary.
        int words = Phrase.wordsOf(text).size();
        // (Information too, when said as a summary in so many words: "Let me check I've got this. …")
        boolean summary = (LISTENING.contains(category) || category == Category.AFFIRM || category == Category.AUTONOMY
                    || category == Category.INFORMATION && cues.contains("summary") && words >= 25)
                && category != Category.OPEN_QUESTION
                && (cues.contains("summary") || words >= 45 || cues.contains("double-sided") && cues.contains("summary-check") && words >= 20
                    || gathered(text, words));
        if (summary && !cues.contains("double-sided") && (MoveCues.has("one-sided", text) && !MoveCues.has("offers-meaning", text)
                || harmsOnly(text))) {
            // Only the harms gathered: a case made against them. No thanks for it, and no change talk earned by it.
            return new Reply(answered, true, voice.stock("summary.one-sided", Map.of()), ClientTalk.NEUTRAL, ReplyKind.BEAT,
                    state, "a summary of the harms only, heard as a case made against them");
        }
        if (summary && cues.contains("double-sided")) {
            state = new ClientState(Math.min(10, state.engagement() + 0.25), state.discord(),
                    Math.min(10, state.importance() + 0.5), state.confidence(), state.stage());
        }
        if (category == Category.CLOSED_QUESTION && !q.isEmpty()) {
            Optional<Reply> same = saidInOtherWords(answered, text, state);
            if (same.isPresent()) {
                return same.get();
            }
        }
        if (QUESTIONS.contains(category) && cues.stream().noneMatch(MOVES::contains)) {
            // "Going back to your sister: what made her book this?" asks a story told from a new angle: its answer.
            Optional<Reply> angle = toldAngle(answered, text, category, q, state);
            if (angle.isPresent()) {
                return summary ? acknowledgedSummary(angle.get()) : angle.get();
            }
        }
        if (QUESTIONS.contains(category) && meanings.on()) {
            // ("What would make evenings easier?" before any ruler is a question like another, not a ruler's follow-up.)
            Optional<Reply> meant = cues.stream().anyMatch(c -> MOVES.contains(c) && !(c.equals("higher") && memory.rulers().isEmpty()))
                    ? Optional.<Reply>empty()
                    : meant(answered, text, category, q, state);
            if (meant.isPresent()) {
                return summary ? acknowledgedSummary(meant.get()) : meant.get();
            }
        }
        List<QuestionIntent> intents = QUESTIONS.contains(category) ? new ArrayList<>(QuestionIntent.of(text)) : new ArrayList<>();
        if (cues.contains("ruler") || cues.contains("ruler-importance") && cues.contains("ruler-again")) {
            // "On a scale of zero to ten, how much does it matter?" asks for a number, never for the amount they use.
            intents.removeIf(i -> i.name().equals("quantity"));
        }
        if (!intents.isEmpty() && MoveCues.has("someone-knows", text)) {
            // "Does your daughter know how much you spend there?" asks about the daughter, not for the amount.
            intents.removeIf(i -> i.name().equals("quantity"));
        }
        if (!intents.isEmpty()) {
            // A question that asks for something (how much, what it gives, what worked, a plan, safety…) gets the line
            // that answers it, when the graph's line does not.
            List<String> allowed = candidates(answered, category, text, state);
            // "What happened last Tuesday?": the event named, not every line that says something happened.
            LineIndex.Query asked = intents.get(0).name().equals("event") ? index.query(EVENT_WORDS.matcher(text).replaceAll(" ")) : q;
            Optional<IntentAnswers.Choice> choice = intentAnswers.answer(intents, asked, allowed, allowed.get(0), state);
            if (choice.isPresent()) {
                if (choice.get() instanceof IntentAnswers.Story st) {
                    return enter(scenario.beat(st.beat()), q, state, st.why());
                }
                if (choice.get() instanceof IntentAnswers.Keep keep) {
                    return enter(scenario.beat(allowed.get(0)), q, state, keep.why());
                }
                IntentAnswers.Said said = (IntentAnswers.Said) choice.get();
                return new Reply(answered, true, said.text(), said.talk(), said.move(), state, said.why());
            }
        }
        if (category == Category.CLOSED_QUESTION && !q.isEmpty()) {
            // "Do you have pets back home?": mostly words this persona has nothing on, so no story that shares "home".
            double known = aboutElse(q) ? 0 : index.known(q);
            boolean fact = java.util.stream.IntStream.range(0, scenario.persona().facts().size())
                    .anyMatch(i -> index.fact(q, i).coverage() >= STRONG_FACT);
            Optional<Reply> ask = fact ? Optional.empty() : whyAsk(answered, category, text, q, known, state,
                    Explain.format(" (known %.2f)", known));
            if (ask.isPresent()) {
                return ask.get();
            }
        }
        List<String> candidates = candidates(answered, category, text, state);
        String chosen = candidates.get(0);
        double chosenScore = index.beat(q, chosen).coverage();
        String why = "the beat graph's first choice";
        for (String c : candidates.subList(1, candidates.size())) {
            Beat b = scenario.beat(c);
            LineIndex.Score score = index.beat(q, c);
            double s = score.coverage() - (memory.told(c) ? 0.25 : 0);
            // Two terms at least: one shared word is a coincidence, not a topic.
            if (!b.isTerminal() && !scenario.beat(chosen).isTerminal() && s > chosenScore + SWITCH_MARGIN && s >= 0.3
                    && score.matched().size() >= 2) {
                chosen = c;
                chosenScore = s;
                why = "the allowed line most relevant to what was said";
            }
        }
        // A reflection goes on with its own topic, by meaning (its words alone were a coincidence of "day" or "home").
        Optional<Map.Entry<String, String>> gist = REFLECTIONS.contains(category) && relevance.gistOn() && meanings.on() && !summary
                && !q.isEmpty()
                ? gist(answered, text, category, q, state) : Optional.empty();
        if (gist.isPresent()) {
            chosen = gist.get().getKey();
            chosenScore = index.beat(q, chosen).coverage();
            why = gist.get().getValue();
        }
        if (mood.lead() != null && category == Category.OPEN_QUESTION && cues.contains("open-floor") && chosenScore < 0.05
                && !memory.topicCameUp(mood.lead()) && !scenario.beat(chosen).isTerminal()) {
            // "What's on your mind?": the concern on their mind today, if a line of the story is about it and they
            // are ready to tell it (a deeper, change-talk line needs trust; a stage move is left to the graph).
            for (Beat b : early()) {
                boolean about = b.topics().contains(mood.lead()) || b.tags().contains(mood.lead())
                        || b.say().stream().allMatch(l -> index.topicsOf(l).contains(mood.lead()));
                if (about && !memory.told(b.id()) && !b.isTerminal() && b.stage() == null && b.talk() != ClientTalk.DISCORD
                        && (b.talk() != ClientTalk.CHANGE || state.engagement() >= 6) && !b.id().equals(chosen)) {
                    return enter(b, q, state, "asked what is on their mind: the concern on it today ("
                            + mood.name() + ", " + mood.lead() + ")");
                }
            }
        }
        // A question is decided by what it asks (its facts come next; "what's on your mind?" is above); a reflection or an
        // affirmation that names no concern of the allowed lines leaves the choice to the day.
        double undecided = LEAD_UNDECIDED;
        if (mood.lead() != null && !QUESTIONS.contains(category) && chosenScore < undecided && !memory.topicCameUp(mood.lead())
                && gist.isEmpty()) {
            // Nothing in what was said decides between the allowed lines (the graph's first choice hardly answers it, and
            // the line about today's concern answers it about as well): the concern on their mind today comes up first,
            // so different days take different paths (lines6: was only when neither shared a single word).
            for (String c : candidates) {
                Beat b = scenario.beat(c);
                double cs = index.beat(q, c).coverage();
                if (!c.equals(chosen) && !b.isTerminal() && !memory.told(c) && cs < undecided && cs + 0.1 >= chosenScore
                        && (b.topics().contains(mood.lead()) || index.topicsOf(b.say().get(0)).contains(mood.lead()))) {
                    chosen = c;
                    why = "the concern on the client's mind today (" + mood.name() + ", " + mood.lead() + ")";
                    break;
                }
            }
        }
        // After a rupture the client coming back to what they were saying is the repair working, not a retelling.
        boolean mending = answered.talk() == ClientTalk.DISCORD || memory.recentOffences() > 0 || memory.recentDiscord();
        // A neutral beat (a question the client asks, a holding line) may come again in other words; a story may not.
        boolean story = scenario.beat(chosen).talk() == ClientTalk.CHANGE || scenario.beat(chosen).talk() == ClientTalk.SUSTAIN;
        if (memory.told(chosen) && story && !scenario.beat(chosen).isTerminal() && !mending) {
            // The story there was told already: a person moves on to what they would say next, not round again.
            Optional<String> onward = onward(chosen, category, text, state);
            if (onward.isPresent()) {
                why += "; " + chosen + " was told already, so the story moves on";
                chosen = onward.get();
                chosenScore = index.beat(q, chosen).coverage();
            }
        }
        // A response about the line the client just said follows them: the graph knows where that goes.
        boolean following = index.beat(q, answered.id()).coverage() >= WEAK;
        if (QUESTIONS.contains(category) && cues.contains("quantity") && !MoveCues.has("someone-knows", text)) {
            Optional<Reply> amount = amount(answered, q, state);
            if (amount.isPresent()) {
                return amount.get();
            }
        }
        if (LISTENING.contains(category) && !q.isEmpty() && !scenario.beat(chosen).isTerminal()) {
            Optional<Reply> other = chosenScore < WEAK && !following && gist.isEmpty()
                    ? elsewhere(answered, category, text, intents, q, state, chosen)
                    : QUESTIONS.contains(category) ? direct(answered, category, q, state, incidental(q, chosen, chosenScore),
                            EVENT_ASKED.matcher(text).find())
                    : Optional.<Reply>empty();
            if (other.isPresent()) {
                return summary ? acknowledgedSummary(other.get()) : other.get();
            }
        }
        if (category == Category.CLOSED_QUESTION && !q.isEmpty() && !scenario.beat(chosen).isTerminal()
                && scenario.beat(chosen).talk() != ClientTalk.DISCORD && incidental(q, chosen, chosenScore) < WEAK
                && !MoveCues.has("which-asked", text)) {
            // "Is your salary paid in on Friday morning?" is not asked for the next part of the story: a yes or no on
            // its topic, from what the client said or the persona's own lines.
            Optional<Reply> shortAnswer = yesOrNo(answered, q, state);
            if (shortAnswer.isPresent()) {
                return shortAnswer.get();
            }
        }
        Reply r = enter(scenario.beat(chosen), q, state, why + Explain.format(" (relevance %.2f%s)", chosenScore,
                following ? ", following the client's last line" : ""));
        boolean reflection = category == Category.SIMPLE_REFLECTION || category == Category.COMPLEX_REFLECTION;
        boolean feeling = cues.contains("feeling");
        boolean answersItself = r.move() == ReplyKind.RECALL || MoveCues.has("yes", r.text());
        // A feeling named back ("that scared you") is taken in unless the reply owns that very word ("scariest" is not "scared").
        boolean feelingUnowned = feeling && !answersItself && MoveCues.first("feeling", text)
                .map(m -> !r.text().toLowerCase(Locale.ROOT).matches("(?s).*\\b" + m.group().toLowerCase(Locale.ROOT) + "\\b.*"))
                .orElse(false);
        boolean claim = (reflection || category == Category.AFFIRM || category == Category.INFORMATION) && !summary
                && MoveCues.has("claim-frame", text) && !MoveCues.has("hedged", text) && !cues.contains("push")
                && cues.stream().noneMatch(PLEASANTRIES::contains);
        if (claim && r.move() == ReplyKind.BEAT && !answersItself && invented(text)) {
            // "So you've placed a few bets on the sites the exclusion doesn't cover", "so your brother got you onto
            // the prescription": a claim of fact almost all in words the client never said is not theirs to agree to.
            return new Reply(r.beat(), r.stay(), voice.stock("ack.unsure", Map.of()) + " " + r.text(), r.talk(), r.move(),
                    r.state(), r.why() + "; a claim in words the client never used, not agreed to");
        }
        // ("You open the café at six." read as information is a reflection in a claim's frame all the same)
        boolean claimed = category == Category.INFORMATION && MoveCues.has("claim-frame", text) && !text.contains("?") && !cues.contains("push");
        // (A reflection of a feeling or a meaning, "you're afraid of…", "it sounds like…", is how the author's graph moves
        // on, to ambivalence or change talk: it keeps its route unless that route only retells a story. One that gives
        // content back, "your mum was diagnosed with MS", has its content taken further, whichever code it got.)
        boolean simple = category == Category.SIMPLE_REFLECTION || reflection && r.move() == ReplyKind.RECALL
                || reflection && !feeling && !MoveCues.has("offers-meaning", text) && !MoveCues.has("hedged", text);
        if ((simple || claimed) && !summary && !q.isEmpty() && !cues.contains("double-sided") && (r.move() == ReplyKind.RECALL || claimed || (feeling || !following) && !answersItself
                && (feelingUnowned || incidental(q, chosen, chosenScore) < WEAK && index.line(q, r.text()).coverage() < WEAK))) {
            // What was reflected, taken further (its passage, or the next one on its topic), before the graph's next beat.
            ClientState now = state;
            LineIndex.Query heardWords = q;
            String said = text;
            Optional<Reply> taken = takenFurther(answered, text, r, state,
                    () -> acknowledgement(said, cues, heardWords, now, confidence < UNSURE));
            if (taken.isPresent()) {
                return taken.get();
            }
        }
        if (reflection && !summary && !q.isEmpty() && (feeling || !following) && !answersItself
                && (feelingUnowned || incidental(q, chosen, chosenScore) < WEAK && index.line(q, r.text()).coverage() < WEAK)) {
            // The next part of the story does not answer this reflection: the client takes it in first, so the
            // reply answers what was said before it moves on.
            String ack = acknowledgement(text, cues, q, state, confidence < UNSURE);
            return new Reply(r.beat(), r.stay(), ack + " " + r.text(), r.talk(), r.move(), r.state(),
                    r.why() + "; the reflection acknowledged first");
        }
        if (summary) {
            return acknowledgedSummary(r);
        }
        return r;
    }

    private static final java.util.regex.Pattern PARTS = java.util.regex.Pattern.compile("[,;:]\\s*(and\\s+)?|\\s+and\\s+|(?<=[.!?])\\s+");

    /**
     * A summary gathered from harms alone: two parts or more each name a harm, and no part names what the habit gives
     * or what the client wants ("So: you're using a dangerous drug, your friend just died from it, and it isn't fixing
     * your pain."). A case made against the client, heard as one, however it is shaped.
     */
    private static boolean harmsOnly(String text) {
        int harms = 0;
        int parts = 0;
        for (String part : PARTS.split(text)) {
            if (MoveCues.has("good-part", part)) {
                return false;
            }
            if (Phrase.wordsOf(part).size() >= 2) {
                parts++;
            }
            if (MoveCues.has("harm-part", part)) {
                harms++;
            }
        }
        // (Two harms among six parts is a summary that holds more than harms: "…worries you. Two falls…, and you're willing…")
        return harms >= 2 && harms * 3 >= parts * 2;
    }

    /** A question must mean a beat or fact at least this closely (cosine) to be answered by it over the graph's line. */
    private static final double MEANT = 0.55;
    /** How much the words shared (LineIndex coverage) add to the meaning when ranking what a question is about. */
    private static final double WORDS = 0.2;
    /** Questions that are an MI move of their own (a ruler's follow-up, permission, a goal menu): the move answers them. */
    private static final Set<String> MOVES = Set.of("permission", "ruler", "ruler-again", "higher", "why-number", "goal-menu",
            "closing");
    /** A question this near (cosine) one the author wrote as a good response here (an exemplar) is routed as written. */
    private static final double AUTHORED_ASK = 0.8;
    /** What a fact already said gives up against one not yet said. */
    private static final double SPENT = 0.08;
    /** How near (cosine) a fact must be to an open question asked in the words of the client's story. */
    private static final double PLAIN_FACT = 0.75;
    /** An open question this near the graph's next untold story beat (cosine) is answered by it, as the author routed. */
    private static final double STORY_NEAR = 0.4;
    /** ...and this much more closely than the graph's own next line means it. */
    private static final double MEANT_MARGIN = 0.08;

    /**
     * A question answered by what it means: the beat or fact of the whole persona whose authored prompts and lines
     * are closest to it in meaning ("What kind of music are you into?" → the music fact; "What happened with your
     * arm?" → the burn), when that is clearly closer than the graph's next line. An allowed next beat that means it
     * is taken; a story already told is referred back to ("Like I said, …" and its sentence on the question); a
     * fact is said (or recalled, when said). A deeper story (change talk) needs the trust it needs anyway, a stage
     * move or an ending stays the graph's, and nothing close enough leaves the choice to the words (empty).
     */
    private Optional<Reply> meant(Beat answered, String text, Category category, LineIndex.Query q, ClientState state) {
        if (state.discord() >= 5 || MoveCues.has("which-asked", text) || MoveCues.has("about-last", text)) {
            return Optional.empty();
        }
        List<String> allowed = candidates(answered, category, text, state);
        if (scenario.beat(allowed.get(0)).isTerminal()) {
            return Optional.empty();
        }
        if (heard == null) {
            heard = meanings.heard(asking(text)); // (a told story's angle may have embedded this turn already: never twice)
        }
        if (heard.exemplar(answered) >= AUTHORED_ASK) {
            return Optional.empty(); // the author's own question for this moment: the graph's route is its answer
        }
        LineIndex.Query wq = askedWords(text, q);
        String bestAllowed = null;
        double allowedScore = 0;
        for (String c : allowed) {
            Beat b = scenario.beat(c);
            double s = heard.beatAny(b) + WORDS * index.beat(wq, c).coverage();
            if (!b.isTerminal() && b.talk() != ClientTalk.DISCORD && s > allowedScore) {
                bestAllowed = c;
                allowedScore = s;
            }
        }
        // "What else does it give you?" asks for what has not been said.
        boolean untoldOnly = MoveCues.has("asks-else", text);
        String bestBeat = null;
        double beatScore = 0;
        // The best part of the story not told yet: what a question gets when the told one it means most holds no
        // sentence that answers it (a referral back must answer, not just echo the nearest story).
        String bestUntold = null;
        double untoldScore = 0;
        for (Beat b : scenario.beats().values()) {
            // (The opening speech answers "what brings you?", which the first words answer; referred back to, its
            // headline "Russell's wedding, three weeks ago." answers no question about the wedding.)
            boolean sayable = !b.isTerminal() && b.talk() != ClientTalk.DISCORD && b.stage() == null
                    && !b.id().equals(answered.id()) && !b.id().equals(scenario.start().beat()) && !reactions().contains(b.id())
                    && !(untoldOnly && memory.told(b.id()))
                    && (b.talk() != ClientTalk.CHANGE || state.engagement() >= 6 || memory.told(b.id()));
            // (Change talk the story has not reached yet, "segregation of duties" before Callum, needs a question plainly
            // about it: the arc's turns are not skipped to on a likeness.)
            double bar = b.talk() == ClientTalk.CHANGE && !memory.told(b.id()) ? PLAIN_FACT : MEANT;
            double s = sayable && heard.beat(b) >= bar ? heard.beat(b) + WORDS * index.beat(wq, b.id()).coverage() : 0;
            if (s > beatScore) {
                bestBeat = b.id();
                beatScore = s;
            }
            if (s > untoldScore && !memory.told(b.id())) {
                bestUntold = b.id();
                untoldScore = s;
            }
        }
        Beat first = scenario.beat(allowed.get(0));
        boolean storyNext = category == Category.OPEN_QUESTION && !memory.told(first.id()) && first.talk() != ClientTalk.NEUTRAL;
        // An open question in the words of what the client has been telling asks for more of that story: a fact of
        // their everyday life answers it only when plainly about it, not when it shares its subject ("What would it take
        // to have Theo back in that role?" after the Theo story is not "who is Theo?"). A question on something new
        // to the session ("What kind of music are you into?") is answered by the fact nearest it.
        double factBar = category == Category.OPEN_QUESTION && onTheirStory(q) ? PLAIN_FACT : MEANT;
        List<Fact> facts = scenario.persona().facts();
        int bestFact = -1;
        double factScore = 0;
        for (int i = 0; i < facts.size(); i++) {
            // ("What else does the casino give you?" asks for more of the story, not a fact beside it.)
            double meaning = untoldOnly ? 0 : heard.fact(i, facts.get(i));
            // (A fact already said yields to one not yet said that answers nearly as well: "Does Rafa drink?" after "Rafa's
            // there every night" is answered by the one on his drinking, not "Like I said" and the other again.)
            boolean spent = facts.get(i).say().stream().allMatch(memory::said);
            double s = meaning >= factBar ? meaning + WORDS * index.fact(wq, i).coverage() - (spent ? SPENT : 0) : 0;
            if (s > factScore) {
                bestFact = i;
                factScore = s;
            }
        }
        double best = Math.max(allowedScore, Math.max(beatScore, factScore));
        String scores = Explain.format(" (meaning: graph's line %.2f, beat %s %.2f, fact %.2f%s)", allowedScore, bestBeat,
                beatScore, factScore, storyNext ? ", the story has more to tell" : "");
        if (best < MEANT) {
            return Optional.empty();
        }
        // The graph's next line stands unless clearly further: more so when the author routed these very words there,
        // or when it is the next untold part of the story and the question an open one (it invites the story).
        int rule = firstMatching(answered, category, text, state);
        boolean authored = rule >= 0 && !scenario.rules(answered).get(rule).words().isEmpty();
        double margin = authored ? 2 * MEANT_MARGIN : storyNext ? MEANT_MARGIN + 0.04 : MEANT_MARGIN;
        double storyScore = heard.beatAny(first) + WORDS * index.beat(wq, first.id()).coverage();
        if (storyNext && storyScore >= STORY_NEAR && storyScore >= best - relevance.storyKeepMargin()) {
            // The next part of the story is near enough what was asked, and nothing means it clearly better: the graph
            // tells it. (Near alone kept it: most lines of a persona are 0.4 from any question on their life.)
            return Optional.empty();
        }
        if (bestAllowed != null && allowedScore >= best - margin) {
            if (bestAllowed.equals(allowed.get(0)) || memory.told(bestAllowed)) {
                return Optional.empty(); // the graph's own line means it: the usual path says it
            }
            return Optional.of(enter(scenario.beat(bestAllowed), q, state, "the allowed line closest in meaning to the question" + scores));
        }
        if (factScore >= beatScore) {
            if (category == Category.CLOSED_QUESTION && facts.get(bestFact).say().stream().allMatch(memory::said)) {
                return Optional.empty(); // a closed question near a fact already said: a yes or no on it, by the words
            }
            Optional<Reply> fact = factMeant(answered, category, facts.get(bestFact), state, scores);
            if (fact.isPresent() || beatScore < MEANT) {
                return fact;
            }
        }
        Optional<Reply> told = toldMeant(answered, bestBeat, q, state, scores);
        if (told.isPresent() || !memory.told(bestBeat)) {
            return told;
        }
        // The story it means most was told, and no sentence of it answers this question: the nearest fact not yet
        // spent, else the nearest untold part of the story, else the words decide (never "Like I said" beside the point).
        if (bestFact >= 0 && factScore >= MEANT && factScore < beatScore) {
            Optional<Reply> fact = factMeant(answered, category, facts.get(bestFact), state, scores);
            if (fact.isPresent()) {
                return fact;
            }
        }
        return untoldScore >= MEANT && untoldScore >= best - 2 * MEANT_MARGIN
                ? Optional.of(enter(scenario.beat(bestUntold), q, state,
                        "the nearest untold part of the story (the told one holds no answer to it)" + scores))
                : Optional.empty();
    }

    /**
     * A reflection answered by continuing its topic: the graph's next line, unless another line it allows (or, closer
     * still, an untold part of the story) is clearly nearer in meaning to what was reflected. "Being sent here feels like
     * a lot over one alarm" goes on about the alarm, not to the next beat on what the drug gives. The turn is embedded
     * once, as a question is; a told story is not retold (memory refers back to it elsewhere), a change-talk line the
     * client is not ready for stays unsaid, and a stage move, an ending or discord stays the graph's.
     */
    private Optional<Map.Entry<String, String>> gist(Beat answered, String text, Category category, LineIndex.Query q,
                                                    ClientState state) {
        if (state.discord() >= 3) {
            return Optional.empty();
        }
        List<String> allowed = candidates(answered, category, text, state);
        Beat first = scenario.beat(allowed.get(0));
        if (first.isTerminal() || first.stage() != null) {
            return Optional.empty();
        }
        if (heard == null) {
            heard = meanings.heard(asking(text)); // (a told story's angle may have embedded this turn already: never twice)
        }
        LineIndex.Query wq = askedWords(text, q);
        // The lines that could pass the bars at all, by their words alone (a closeness is at most Meanings.MOST): when
        // none can, the turn's meaning is never read and the model does not run (speed12: on 2 cores the gist's model
        // run was most of a web turn's CPU). The same scores, in the same order, as reading every line by meaning.
        double firstWords = WORDS * index.beat(wq, first.id()).coverage();
        List<Beat> reachable = new ArrayList<>();
        List<Double> wordsOf = new ArrayList<>();
        for (Beat b : scenario.beats().values()) {
            boolean inGraph = allowed.contains(b.id());
            boolean sayable = !b.isTerminal() && b.talk() != ClientTalk.DISCORD && b.stage() == null && !memory.told(b.id())
                    && !b.id().equals(first.id()) && !b.id().equals(answered.id()) && !reactions().contains(b.id())
                    && !b.id().equals(scenario.start().beat())
                    && (b.talk() != ClientTalk.CHANGE || state.engagement() >= 6)
                    // The stance is the graph's: how the reflection was made and the state decide sustain or change
                    // talk; what it was about decides only the topic. (At client20's values a good complex reflection
                    // went to a guarded sustain line elsewhere in the story, and six test plans broke.)
                    && b.talk() == first.talk();
            if (!sayable) {
                continue;
            }
            double words = WORDS * index.beat(wq, b.id()).coverage();
            double bar = inGraph ? relevance.gistFloor() : relevance.gistElsewhere();
            if (Meanings.MOST + words >= bar && Meanings.MOST + words >= firstWords + relevance.gistMargin()) {
                reachable.add(b);
                wordsOf.add(words);
            }
        }
        if (reachable.isEmpty()) {
            return Optional.empty();
        }
        double firstScore = heard.beatAny(first) + firstWords;
        String best = null;
        double bestScore = 0;
        boolean bestAllowed = false;
        for (int i = 0; i < reachable.size(); i++) {
            Beat b = reachable.get(i);
            boolean inGraph = allowed.contains(b.id());
            double s = heard.beatAny(b) + wordsOf.get(i);
            double bar = inGraph ? relevance.gistFloor() : relevance.gistElsewhere();
            if (s >= bar && s >= firstScore + relevance.gistMargin() && s > bestScore) {
                best = b.id();
                bestScore = s;
                bestAllowed = inGraph;
            }
        }
        if (best == null) {
            return Optional.empty();
        }
        return Optional.of(Map.entry(best, Explain.format("the reflection continued on its own topic: %s %s %.2f over the "
                + "graph's line %.2f", bestAllowed ? "the allowed line" : "the untold part of the story", best, bestScore,
                firstScore)));
    }

    /** The part of this turn that asks, in plain words (AskingPart): what its one embedding is made of. */
    private String asking(String text) {
        if (!text.equals(askingOf)) {
            askingOf = text;
            asking = AskingPart.of(text, relevance, PlainWords.DEFAULT);
        }
        return asking;
    }

    /** The words of the part of this turn that asks, for the coverage weighed with its meaning ({@code q} when it is the turn). */
    private LineIndex.Query askedWords(String text, LineIndex.Query q) {
        String part = asking(text);
        return part.equals(text) ? q : index.query(part);
    }

    /** How much of what a question points back at a line must hold to be part of that story (LineIndex coverage). */
    private static final double ON_FOCUS = 0.2;
    /** The least a sentence must mean the question (cosine) to answer its angle, when the turn was embedded. */
    private static final double ANGLE_MEANS = 0.15;

    /**
     * A question that points back at a story the client told this session and asks it from a new angle (why, what
     * changed, how it felt, who, when, what was hardest, what it gives them: {@link ToldStory}): the sentence of that
     * story, or of the persona's lines on the same thing, that answers the angle, with a brief reference back ("My
     * sister? She's worried about my drinking."), or referred back to when said already. Nothing told on it, or no
     * sentence that answers the angle: empty, and the usual path answers (the graph's next line, a fact, a meaning).
     */
    private Optional<Reply> toldAngle(Beat answered, String text, Category category, LineIndex.Query q, ClientState state) {
        Optional<ToldStory.Asked> asked = ToldStory.asked(text);
        if (asked.isEmpty() || state.discord() >= 5) {
            return Optional.empty();
        }
        LineIndex.Query focus = index.query(asked.get().focus());
        if (focus.isEmpty() || memory.saidLines().stream().noneMatch(l -> index.line(focus, l).coverage() >= ON_FOCUS)) {
            return Optional.empty(); // nothing told on it: a question like another
        }
        List<ToldStory.Candidate> candidates = new ArrayList<>();
        Map<String, ClientTalk> talkOf = new java.util.HashMap<>();
        for (String line : memory.saidLines()) {
            if (index.line(focus, line).coverage() >= ON_FOCUS) {
                for (String s : Sentences.of(line)) {
                    candidates.add(new ToldStory.Candidate(s, true));
                }
            }
        }
        // The persona's lines on the same thing that a client would say now (a deeper story needs its trust): their
        // sentences that are themselves about it ("I slept like a baby" in a line that names the green room is not).
        for (Beat b : scenario.beats().values()) {
            boolean sayable = !b.isTerminal() && b.talk() != ClientTalk.DISCORD && b.stage() == null
                    && (b.talk() != ClientTalk.CHANGE || state.engagement() >= 6);
            for (String line : sayable ? b.say() : List.<String>of()) {
                if (!memory.said(line) && index.line(focus, line).coverage() >= ON_FOCUS) {
                    for (String s : Sentences.of(line)) {
                        if (index.line(focus, s).coverage() > 0) {
                            candidates.add(new ToldStory.Candidate(s, memory.saidWithin(s)));
                            talkOf.putIfAbsent(s, b.talk());
                        }
                    }
                }
            }
        }
        for (Fact f : scenario.persona().facts()) {
            for (String line : f.say()) {
                if (!memory.said(line) && index.line(focus, line).coverage() >= ON_FOCUS) {
                    for (String s : Sentences.of(line)) {
                        if (index.line(focus, s).coverage() > 0) {
                            candidates.add(new ToldStory.Candidate(s, memory.saidWithin(s)));
                        }
                    }
                }
            }
        }
        if (meanings.on() && heard == null) {
            heard = meanings.heard(asking(text));
        }
        java.util.function.ToDoubleFunction<String> meaning = heard != null ? heard::text : s -> index.line(q, s).coverage();
        Optional<ToldStory.Pick> pick = ToldStory.pick(asked.get().angle(), candidates, meaning, this::introduced,
                this::namesSomeone, heard != null ? ANGLE_MEANS : 0);
        if (pick.isEmpty()) {
            return Optional.empty();
        }
        String sentence = pick.get().sentence();
        // The graph's next line wins when it answers the angle at least as well: said whole, as the author wrote it
        // ("Since the funeral I've been texting Shay every time…" to "since Lyle died, what's changed?").
        Beat next = scenario.beat(candidates(answered, category, text, state).get(0));
        if (!next.isTerminal() && !memory.told(next.id()) && next.talk() != ClientTalk.DISCORD) {
            double picked = meaning.applyAsDouble(sentence);
            for (String l : next.say()) {
                for (String s : Sentences.of(l)) {
                    if (asked.get().angle().answers().matcher(s).find() && index.line(focus, l).coverage() > 0
                            && meaning.applyAsDouble(s) >= picked) {
                        return Optional.empty();
                    }
                }
            }
        }
        String line = pick.get().said() ? voice.recallOf(sentence)
                : ToldStory.asOwn(asked.get().focus())
                        .map(own -> voice.stock("told.angle", Map.of("focus", own, "line", sentence)))
                        .orElse(sentence);
        return Optional.of(new Reply(answered, true, line, talkOf.getOrDefault(sentence, ClientTalk.NEUTRAL), ReplyKind.RECALL,
                state, pick.get().why() + " on \"" + asked.get().focus() + "\""));
    }

    /** Whether a sentence names one of the persona's people by name. */
    private boolean namesSomeone(String sentence) {
        return !namesIn(sentence).isEmpty();
    }

    /** The persona's names a sentence says ("Rafa", "Dani's"), as written. */
    private List<String> namesIn(String sentence) {
        List<String> out = new ArrayList<>();
        for (String w : sentence.split("[^\\p{L}'’]+")) {
            if (!w.isEmpty() && Character.isUpperCase(w.charAt(0)) && names.isName(w)) {
                out.add(w);
            }
        }
        return out;
    }

    /**
     * Whether a sentence names only what this session has introduced: every persona topic it names came up, and
     * every name in it was said by someone ("If Rafa was in on it." before anyone spoke of Rafa is not).
     */
    private boolean introduced(String sentence) {
        if (!grounded(sentence)) {
            return false;
        }
        return namesIn(sentence).stream().allMatch(w -> Terms.of(w.replaceAll("[’']s$", "")).stream().anyMatch(memory::cameUp));
    }

    /** A referral back is said only when its sentence answers the question this closely (cosine): else it only echoes. */
    private static final double RECALL_ANSWERS = 0.5;

    /**
     * The fact a question means, said; said already, the sentence of it that answers this question, referred back to
     * ("Like I said, …"), or nothing when none answers it (round 8: "Like I said, the shuttle's free" to a question
     * about a favourite bus route).
     */
    private Optional<Reply> factMeant(Beat answered, Category category, Fact f, ClientState state, String scores) {
        if (category == Category.CLOSED_QUESTION && f.say().stream().allMatch(memory::said)) {
            return Optional.empty(); // a closed question near a fact already said: a yes or no on it, by the words
        }
        Optional<String> fresh = voice.unsaid(f.say());
        if (fresh.isPresent()) {
            return Optional.of(new Reply(answered, true, fresh.get(), ClientTalk.NEUTRAL, ReplyKind.FACT, state,
                    "the fact closest in meaning to the question" + scores));
        }
        String sentence = closest(heard, f.say());
        double answers = heard.text(sentence);
        if (answers < RECALL_ANSWERS) {
            return Optional.empty();
        }
        return Optional.of(new Reply(answered, true, voice.recallOf(sentence), ClientTalk.NEUTRAL, ReplyKind.FACT, state,
                "the fact closest in meaning to the question, said already" + Explain.format(" (its sentence %.2f)", answers) + scores));
    }

    /**
     * The beat a question means: untold, entered; told, the sentence of what was said that answers this question most
     * closely, referred back to, or nothing when no sentence of it answers (round 8: "Like I said, the jacket." to
     * "How're things with your partner?"). An authored recall line is a headline: it answers "that story again?", so it
     * is used only when the told line holds no sentence nearer the question.
     */
    private Optional<Reply> toldMeant(Beat answered, String id, LineIndex.Query q, ClientState state, String scores) {
        Beat b = scenario.beat(id);
        if (!memory.told(id)) {
            return Optional.of(enter(b, q, state, "the part of the story closest in meaning to the question" + scores));
        }
        return referral(b, q).map(recall -> new Reply(answered, true, recall, b.talk(), ReplyKind.RECALL, state,
                "asked about a story already told, by its meaning" + scores));
    }

    /**
     * How a told story is referred back to for this question. With its meaning at hand (the turn was embedded): the
     * sentence of what was said that answers it, framed as a referral ("Like I said, …"), or nothing when no sentence
     * answers it closely enough; without it, the sentence the words choose (or the author's recall line).
     */
    private Optional<String> referral(Beat b, LineIndex.Query q) {
        if (heard == null) {
            return Optional.of(voice.recallFor(b, q));
        }
        String told = memory.toldAs(b.id());
        String sentence = closest(heard, told == null ? b.say() : List.of(told));
        return heard.text(sentence) >= RECALL_ANSWERS ? Optional.of(voice.recallOf(sentence)) : Optional.empty();
    }

    private Set<String> reactions;

    /** Whether most of a question's own words are words the client has said this session (it asks about their story). */
    private boolean onTheirStory(LineIndex.Query q) {
        List<String> words = q.terms().keySet().stream().filter(t -> !t.startsWith("#")).toList();
        long said = words.stream().filter(memory.clientTerms()::contains).count();
        return !words.isEmpty() && said * 2 >= words.size();
    }

    /** A question the story holds no line for is answered from the persona's life, by the fact nearest it in meaning. */
    private static final double NEAR_FACT = 0.45;
    /** A fact the words chose that means almost nothing like the question is not its answer (it shares a word by chance). */
    private static final double UNMEANT = 0.3;

    /**
     * "What do you do on a day off?" when no line is about days off: the persona fact nearest in meaning, if one is
     * near enough to be an honest answer (their life, in their words), rather than a shrug that answers nothing.
     */
    private Optional<Reply> nearestFact(Beat answered, ClientState state, String scores) {
        if (heard == null) {
            return Optional.empty();
        }
        List<Fact> facts = scenario.persona().facts();
        int best = -1;
        double bestScore = NEAR_FACT;
        for (int i = 0; i < facts.size(); i++) {
            double s = heard.fact(i, facts.get(i));
            if (s > bestScore) {
                best = i;
                bestScore = s;
            }
        }
        if (best < 0) {
            return Optional.empty();
        }
        Fact f = facts.get(best);
        String line = voice.unsaid(f.say()).orElseGet(() -> voice.recallOf(closest(heard, f.say())));
        return Optional.of(new Reply(answered, true, line, ClientTalk.NEUTRAL, ReplyKind.FACT, state,
                Explain.format("a question the story holds no line for: the fact of their life nearest it in meaning (%.2f)", bestScore)
                        + scores));
    }

    /** Whether the words chose a fact that means nothing like the question (only when the question was embedded). */
    private boolean unmeant(int fact) {
        return heard != null && heard.fact(fact, scenario.persona().facts().get(fact)) < UNMEANT;
    }


    /** The sentence of these lines closest in meaning to the turn (with some substance: not "Yeah." or "I know."). */
    private static String closest(Meanings.Heard heard, List<String> lines) {
        String best = null;
        double bestScore = -1;
        for (String line : lines) {
            for (String sentence : Sentences.of(line)) {
                double sc = Terms.of(sentence).size() >= 3 ? heard.text(sentence) : -1;
                if (sc > bestScore) {
                    best = sentence;
                    bestScore = sc;
                }
            }
        }
        return best == null ? lines.get(0) : best;
    }

    /**
     * The beats the author wrote as reactions to information or to a push (every route into them is for information,
     * advice or a push: "Huh. I didn't know that.", "I'm sorry. It's just that everybody…"): what they answer is the
     * move that reaches them, never a question, however close their words.
     */
    private Set<String> reactions() {
        if (reactions == null) {
            Set<Category> reacting = EnumSet.of(Category.INFORMATION, Category.INFORMATION_WITH_PERMISSION,
                    Category.PERSUADE_WITH_PERMISSION, Category.PERSUADE, Category.CONFRONT);
            Map<String, Boolean> onlyReacting = new java.util.HashMap<>();
            for (Beat b : scenario.beats().values()) {
                for (Transition t : scenario.rules(b)) {
                    boolean r = !t.on().isEmpty() && reacting.containsAll(t.on());
                    onlyReacting.merge(t.to(), r, Boolean::logicalAnd);
                }
            }
            Set<String> out = new java.util.HashSet<>();
            onlyReacting.forEach((id, r) -> {
                if (r) {
                    out.add(id);
                }
            });
            reactions = out;
        }
        return reactions;
    }

    /** The sentences of the persona's facts and story, split once a session when a closed question first needs them. */
    private List<String> personaSentences;
    private List<String> deepSentences;

    /** The replies that say something of the client's life (a line, a fact, a sentence referred back to, a short answer). */
    private static final Set<ReplyKind> TELLS = EnumSet.of(ReplyKind.BEAT, ReplyKind.RECALL, ReplyKind.FACT, ReplyKind.SHORT_ANSWER);

    /**
     * A yes-or-no question about something the persona's life does not hold is answered short and honestly, not with
     * the story nearest in meaning: "Do you keep any plants?" is not answered by what sober is like, nor "Did you get
     * stopped by the police?" by Dry January, however near the drug's words make them. The reply gives way only when it
     * names nothing of the question's {@link QuestionFocus} and the focus names a thing ("any plants") no line or prompt
     * of the persona uses; a move of its own (a ruler, a correction, a permission answer, discord) is left as it is. (A reply that
     * names none of a focus in the persona's own words is kept: client15's scripts showed such replies mostly answer
     * in other words, a shift's customers to "do you still work at the store?".)
     */
    private Reply onFocus(Reply r, Beat answered, Question question, String text, Set<String> cues) {
        if (!TELLS.contains(r.move()) || r.talk() == ClientTalk.DISCORD || r.beat().isTerminal()
                || cues.stream().anyMatch(MOVES::contains)) {
            return r;
        }
        // "Not really. It's not something I think about much." names nothing: it cannot answer the wrong thing.
        if (r.move() == ReplyKind.SHORT_ANSWER && Terms.of(r.text()).size() < 4) {
            return r;
        }
        QuestionFocus asked = question.focus();
        // Only a yes-or-no question ("Does your wife drink?", "Partner aware?"): "who would you want on your side?" coded
        // closed is answered by the story; a feeling asked about ("were you scared?") or a story raised again ("about that
        // drive again…") is answered by meaning, which their words do not show.
        if (WH_START.matcher(asked.asked()).find() || MoveCues.has("feeling", text) || MoveCues.has("again-frame", text)) {
            return r;
        }
        // A reply that names part of it may answer in other words ("She doesn't know" to "did your mum find out?"); only
        // one that names none of it is no answer at all.
        if (asked.isEmpty() || asked.coverage(r.text(), focus.topics()) > 0) {
            return r;
        }
        String missed = "; the reply named nothing of what was asked (" + String.join(", ", asked.words().keySet()) + "), so ";
        // A question in words this persona's lines and prompts all use may be answered by the reply in other words
        // ("Contractors at seven" to "do you still work at the store?"; the pets fact to "were you a dog person?"); one
        // naming a thing none of them uses is about something their life does not hold ("any plants?", "stopped by the
        // police?"): a short honest answer, not a story beside it. (A common word they happen not to use, "gone a night
        // without it", is no such sign: client15's check scripts.)
        if (asked.things().stream().allMatch(index::knows)) {
            return r;
        }
        Reply honest = offTopic(answered, text, r.state(), "", false);
        // (Their own short answers, all said already this session, are not said again word for word.)
        String line = memory.saidWithin(honest.text()) ? voice.stock("focus.none", Map.of()) : honest.text();
        return new Reply(honest.beat(), honest.stay(), line, honest.talk(), honest.move(), honest.state(),
                r.why() + missed + "nothing they have said or would say is on it: " + honest.why());
    }

    /** The persona's sentences a client would say now: facts and story, and change talk once engaged enough to tell it. */
    private List<String> sayable(ClientState state) {
        if (personaSentences == null) {
            List<String> all = new ArrayList<>();
            List<String> deep = new ArrayList<>();
            scenario.persona().facts().forEach(f -> f.say().forEach(l -> all.addAll(java.util.Arrays.asList(Sentences.of(l)))));
            for (Beat b : scenario.beats().values()) {
                if (!b.isTerminal() && b.stage() == null && b.talk() != ClientTalk.DISCORD) {
                    b.say().forEach(l -> (b.talk() == ClientTalk.CHANGE ? deep : all).addAll(java.util.Arrays.asList(Sentences.of(l))));
                }
            }
            personaSentences = List.copyOf(all);
            deepSentences = List.copyOf(deep);
        }
        if (state.engagement() < 6) {
            return personaSentences;
        }
        List<String> sayable = new ArrayList<>(personaSentences);
        sayable.addAll(deepSentences);
        return sayable;
    }

    /** A short answer from one sentence: "Yeah." or "No." first (unless it says so itself), referred back to when said. */
    private Reply shortAnswer(Beat answered, String best, boolean told, ClientState state, String why) {
        return new Reply(answered, true, shortText(best, told, true), ClientTalk.NEUTRAL, ReplyKind.SHORT_ANSWER, state,
                why + (told ? ", said already" : "") + ")");
    }

    /**
     * One sentence said as an answer: "Yeah." or "No." first for a yes-or-no question ({@code lead}; unless it says so
     * itself), referred back to when said already. A who, when or where question gets the sentence alone: the person,
     * the time or the place is the answer.
     */
    private String shortText(String best, boolean told, boolean lead) {
        String sentence = best.replaceFirst("^(And|But|So|Then|Or|Also|Plus),?\\s+", "");
        sentence = Character.toUpperCase(sentence.charAt(0)) + sentence.substring(1);
        // (The no from the sentence's first clause: "My cousin in Leeds, though we don't talk much" is a yes.)
        String yes = !lead || MoveCues.has("yes", sentence) || sentence.matches("^(No|Not)\\b.*") ? ""
                : MoveCues.has("says-no", sentence.split(",", 2)[0]) ? "No. " : "Yeah. ";
        String recalled = told ? voice.recallOf(sentence) : sentence;
        String text = yes.isEmpty() ? voice.lowerFirst(recalled) : yes + recalled;
        return Character.toUpperCase(text.charAt(0)) + text.substring(1);
    }

    /** How near in meaning (cosine) what the persona holds must be to a question to answer it in place of the reply. */
    private static final double HELD_MEANS = 0.55;

    /** How close the turn is in meaning to a line of the story or a fact the client said (NaN: neither, or unknown). */
    private double meantBy(Reply r) {
        if (r.move() == ReplyKind.BEAT) {
            return heard.beatAny(r.beat());
        }
        double best = Double.NaN;
        List<Fact> facts = scenario.persona().facts();
        for (int i = 0; i < facts.size(); i++) {
            if (r.move() == ReplyKind.FACT && facts.get(i).say().contains(r.text())) {
                double m = heard.fact(i, facts.get(i));
                best = Double.isNaN(best) ? m : Math.max(best, m);
            }
        }
        return best;
    }

    /** How close the turn is in meaning to a sentence the persona holds, or to the questions its fact or beat answers. */
    private double meantBy(PersonaHoldings.Held h) {
        double best = heard.text(h.sentence());
        for (String p : h.prompts()) {
            best = Math.max(best, heard.text(p));
        }
        return best;
    }

    /**
     * Before "no", "not really" or "why do you ask?", and before a yes-or-no question (or a who, when, where, how many,
     * which) is answered by a line that names nothing it asked, the persona's holdings are searched for its focus: a
     * persona who holds it answers from it ("Do you have a part-time job?" → "Yeah. Twelve hours a week at the library
     * desk."), short, staying where the story is. Each question stacked in the turn that the reply leaves unanswered gets
     * its own sentence first ("What time is your lab, and…?"). Nothing held: the reply stands, and an honest "no" is one.
     * A guarded client's "why do you ask?", a move of its own (a ruler, a permission answer, a closing), discord and an
     * open question answered by the story are left as they are.
     */
    private Reply held(Reply r, Beat answered, Question question, String text, Set<String> cues) {
        boolean shrug = r.move() == ReplyKind.SHORT_ANSWER || r.move() == ReplyKind.WHY_ASK;
        // (A summary checked with "Fair?", an invitation to begin anywhere, "where would you like to start?", is no
        // question about a thing of their life.)
        if (!shrug && !TELLS.contains(r.move()) || r.talk() == ClientTalk.DISCORD || r.beat().isTerminal()
                || cues.stream().anyMatch(MOVES::contains) || cues.contains("closing") || cues.contains("summary")
                || cues.contains("summary-check") || cues.contains("open-floor") || MoveCues.has("invitation", text)
                || r.move() == ReplyKind.WHY_ASK && r.state().discord() >= 3) {
            return r;
        }
        // An open question or one about a feeling or a story raised again is answered by meaning, which words do not show.
        boolean byMeaning = MoveCues.has("feeling", text) || MoveCues.has("again-frame", text);
        ToDoubleFunction<String> meaning = heard == null ? x -> Double.NaN : heard::text;
        Predicate<PersonaHoldings.Held> sayable = h -> !h.deep() || r.state().engagement() >= 6;
        String said = r.text();
        String why = r.why();
        Reply out = r;
        QuestionFocus main = question.focus();
        // A line of the story is second-guessed only for a yes-or-no question: "where would you like us to start?" or "who
        // was there?" may be answered by the story in its own words; a shrug to any question is.
        boolean yesNo = question.kind() == Question.Kind.YES_NO;
        if ((shrug || yesNo && !byMeaning) && !main.isEmpty() && main.coverage(said, focus.topics()) == 0) {
            Optional<PersonaHoldings.Found> found = holdings.find(main, sayable, meaning);
            // A line the client chose by its meaning answers in other words ("Single." to "do you have a partner?", where
            // Tolu is a business partner): it stays unless what they hold on the words means the question more closely.
            if (found.isPresent() && !shrug && heard != null && meantBy(r) >= meantBy(found.get().held())) {
                found = Optional.empty();
            }
            // Words alone find "my back wasn't bad Tuesday" for "someone to call when it gets bad" and "medically retired"
            // for "a medical card" (round 10, seen: 3 answers lost, 4 more off the point): what the persona holds is said
            // only when it, or the question its fact answers, means the question (no meaning known: the reply stands).
            if (found.isPresent() && (heard == null || meantBy(found.get().held()) < HELD_MEANS)) {
                found = Optional.empty();
            }
            if (found.isPresent()) {
                PersonaHoldings.Held h = found.get().held();
                said = shortText(h.answer(), memory.saidWithin(h.answer()), question.kind() == Question.Kind.YES_NO);
                out = new Reply(answered, true, said, ClientTalk.NEUTRAL, ReplyKind.SHORT_ANSWER, r.state(), why
                        + Explain.format("; the reply named nothing of what was asked (%s), and the persona holds it (%s, names"
                        + " %.2f, about %.2f)", String.join(", ", main.words().keySet()), question.kind(),
                        found.get().own(), found.get().answers()));
            }
        }
        // "How long have you been taking it, and who first prescribed it?": each question asked gets its answer, in order.
        for (int i = question.parts().size() - 2; i >= 0; i--) {
            Question.Part part = question.parts().get(i);
            if (part.focus().isEmpty() || part.focus().coverage(said, focus.topics()) > 0) {
                continue;
            }
            Optional<PersonaHoldings.Found> found = holdings.find(part.focus(), sayable, meaning);
            // (the same meaning gate as the main question: words alone put "As long as it's not a pamphlet." in front of
            // "how long, and what happened?" in client17's round-10 replay)
            if (found.isPresent() && !said.contains(found.get().held().sentence()) && heard != null
                    && meantBy(found.get().held()) >= HELD_MEANS) {
                PersonaHoldings.Held h = found.get().held();
                // (its one sentence: the reply that follows answers the main question)
                said = shortText(h.sentence(), memory.saidWithin(h.sentence()), part.kind() == Question.Kind.YES_NO) + " " + said;
                out = new Reply(out.beat(), out.stay(), said, out.talk(), out.move(), out.state(), out.why()
                        + "; the question stacked before it answered first, from what the persona holds");
            }
        }
        return out;
    }

    /**
     * A reply to a question that refers back to something said ("As I said, …") must answer it ({@link Referral}): one
     * whose quoted sentence means nothing like the question gives way to the sentence of theirs that does, else to an
     * honest pause. Moves of their own (rulers, permission, closing, a summary), discord, corrections and a story
     * raised again from an angle are left.
     */
    private Reply referredBack(Reply r, Question question, String text, Set<String> cues) {
        if (heard == null || r.talk() == ClientTalk.DISCORD || r.beat().isTerminal() || r.move() == ReplyKind.CORRECTION
                || cues.stream().anyMatch(MOVES::contains) || cues.contains("closing") || cues.contains("summary")
                || cues.contains("summary-check") || ToldStory.asked(text).isPresent()) {
            // (A story raised again from an angle is ToldStory's: it picks the sentence that answers the angle, where
            // meaning alone prefers the sentence that repeats the question's words, "a teacher walked into the bathroom"
            // over "I kept thinking, don't cry" for "what was going through your head?")
            return r;
        }
        Predicate<PersonaHoldings.Held> sayable = h -> !h.deep() || r.state().engagement() >= 6;
        Optional<Referral.Check> check = Referral.check(r.text(), holdings, question.focus(), focus.topics(), memory::saidWithin, sayable,
                heard::text);
        if (check.isEmpty()) {
            return r;
        }
        Referral.Check c = check.get();
        String line = c.better().map(b -> c.told() ? voice.recallOf(b.sentence()) : shortText(b.answer(), false, false))
                .orElseGet(() -> voice.stock("recall.unanswered", Map.of()));
        return new Reply(r.beat(), r.stay(), line, ClientTalk.NEUTRAL, c.better().isPresent() && c.told() ? ReplyKind.RECALL
                : ReplyKind.SHORT_ANSWER, r.state(), r.why() + "; " + c.why());
    }

    /**
     * A closed question's answer decided before the reply stands ({@link ClosedAnswer}): a yes or no said against what
     * the client told this session or what the persona holds, a reply naming nothing of a yes-or-no question, or one
     * naming neither choice of a choice question, gives way to the short answer from the sentence that settles it. A
     * move of its own (a ruler, permission, a closing), a correction, discord and a guarded "why do you ask?" are left.
     */
    private Reply settled(Reply r, Beat answered, Question question, String text, Set<String> cues) {
        if (!TELLS.contains(r.move()) && r.move() != ReplyKind.WHY_ASK || r.talk() == ClientTalk.DISCORD || r.beat().isTerminal()
                || cues.stream().anyMatch(MOVES::contains) || cues.contains("closing") || cues.contains("summary")
                || cues.contains("summary-check") || MoveCues.has("invitation", text)
                || r.move() == ReplyKind.WHY_ASK && r.state().discord() >= 3) {
            return r;
        }
        ToDoubleFunction<String> meaning = heard == null ? x -> Double.NaN : heard::text;
        Predicate<PersonaHoldings.Held> sayable = h -> !h.deep() || r.state().engagement() >= 6;
        return closedAnswer.settle(r.text(), r.move(), question, sayable, meaning)
                .map(s -> new Reply(answered, true, s.text(), ClientTalk.NEUTRAL, ReplyKind.SHORT_ANSWER, r.state(),
                        r.why() + "; " + s.why()))
                .orElse(r);
    }

    /**
     * A closed question the story does not answer, answered short: "Yeah." or "No." and the one sentence on its topic
     * (one the client said is referred back to; a fact or a line they would tell now is said), sharing two things
     * with the question at least ("Three weeks, one slip." does not answer "did Hannah know about the slip?"). A
     * deeper line (change talk) needs the trust it would need as a story. Nothing close enough: empty, and the story goes on.
     */
    private Optional<Reply> yesOrNo(Beat answered, LineIndex.Query q, ClientState state) {
        String best = null;
        double bestScore = 0.3;
        boolean told = false;
        for (String line : memory.saidLines()) {
            for (String sentence : Sentences.of(line)) {
                LineIndex.Score sc = index.line(q, sentence);
                if (sc.coverage() > bestScore && independent(sc) >= 2 && Terms.of(sentence).size() >= 2) {
                    best = sentence;
                    bestScore = sc.coverage();
                    told = true;
                }
            }
        }
        for (String sentence : sayable(state)) {
            LineIndex.Score sc = index.line(q, sentence);
            // A sentence already said wins a tie: it is what the client has told this trainee.
            if (sc.coverage() > bestScore + 0.05 && independent(sc) >= 2 && Terms.of(sentence).size() >= 2
                    && !memory.saidWithin(sentence)) {
                best = sentence;
                bestScore = sc.coverage();
                told = false;
            }
        }
        if (best == null) {
            return Optional.empty();
        }
        return Optional.of(shortAnswer(answered, best, told, state,
                Explain.format("a closed question the story does not answer: yes or no on its topic (%.2f", bestScore)));
    }


    /**
     * Whether a claim of fact is almost all new: four content words or more the client never said this session,
     * three in four of its words at least, or every word new and two of them in no line of the persona at all (a
     * reflection in the client's own words, or a meaning offered, is not).
     */
    private boolean invented(String text) {
        List<String> terms = Terms.of(text).stream().distinct().toList();
        long unsaid = terms.stream().filter(t -> !memory.clientTerms().contains(t)).count();
        // "So your landlord has been on at you about the noise": short, but nothing in it is theirs at all.
        long foreign = terms.stream().filter(t -> !memory.clientTerms().contains(t) && !index.said(t)).count();
        boolean allNew = terms.size() >= 2 && unsaid == terms.size() && foreign >= 2;
        return (allNew || unsaid >= 4 && unsaid * 4 >= terms.size() * 3) && !MoveCues.has("offers-meaning", text);
    }


    /** A summary is taken in before the client goes on ("Yeah. That's about it."), unless the reply itself says yes. */
    private Reply acknowledgedSummary(Reply r) {
        if (MoveCues.has("yes", r.text()) || r.move() == ReplyKind.CORRECTION) {
            return r;
        }
        return new Reply(r.beat(), r.stay(), voice.stock("summary.ack", Map.of()) + " " + r.text(), r.talk(), r.move(),
                r.state(), r.why() + "; a summary acknowledged");
    }


    /**
     * A summary in the shape trainees give one, with no summary words: several things the client said gathered in
     * one breath ("So: since your brother died…, after two falls…, and you're willing…", "breakup, one nite, fent,
     * alone, now tons of shame…") or in a row of fragments ("Smoking, not shooting. No bars. Seven weeks.").
     */
    private static boolean gathered(String text, int words) {
        int parts = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == ',' || c == ';' || c == ':') {
                parts++;
            }
        }
        int sentences = Sentences.of(text).length;
        return words >= 16 && (parts >= 3 || parts >= 2 && MoveCues.has("gathering", text))
                || sentences >= 4 && words <= 20 && words >= 8 && !text.contains("?");
    }

    /**
     * The beats of the story's beginning (three steps of the graph from the start): the concerns a client may
     * raise first; a late beat (a month off, a plan) needs the story before it.
     */
    private List<Beat> early() {
        List<String> seen = new ArrayList<>(List.of(scenario.start().beat()));
        for (int depth = 0, from = 0; depth < 3; depth++) {
            int to = seen.size();
            for (int i = from; i < to; i++) {
                Beat b = scenario.beat(seen.get(i));
                List<String> next = new ArrayList<>();
                // the beat's own rules only: a rule from any beat (the reaction to information) is no concern of theirs
                b.next().forEach(t -> next.add(t.to()));
                if (b.fallback() != null) {
                    next.add(b.fallback());
                }
                next.stream().filter(n -> !seen.contains(n)).forEach(seen::add);
            }
            from = to;
        }
        return seen.stream().map(scenario::beat).toList();
    }

    /**
     * Where the story goes after a beat already told: the beat the graph would take from there for this
     * response (two steps at most), if the client has not said it yet. A loop back, an ending or a stage move
     * is left to the graph.
     */
    private Optional<String> onward(String told, Category category, String text, ClientState state) {
        String at = told;
        for (int step = 0; step < 2; step++) {
            Beat b = scenario.beat(at);
            if (b.isTerminal() || b.talk() == ClientTalk.DISCORD) {
                return Optional.empty();
            }
            String next = graphChoice(b, category, text, state);
            Beat n = scenario.beat(next);
            if (next.equals(at) || n.isTerminal() || n.stage() != null || n.talk() == ClientTalk.DISCORD) {
                return Optional.empty();
            }
            if (!memory.told(next)) {
                return Optional.of(next);
            }
            at = next;
        }
        return Optional.empty();
    }

    /**
     * How the client takes in a reflection the story does not answer: a feeling named back is owned ("Scary.
     * Yeah.") or, by a guarded client, doubted; anything else gets a plain "yeah".
     */
    /**
     * "So your brother Dev doesn't know" to a wife ("Dev's my husband, not my brother."), "four months in the studio" to
     * a client fourteen months there ("Fourteen, not four." and the passage that says so): the true thing said back.
     * The number is checked by meaning only for a reflection that gives one (the turn embedded once, as its gist is).
     */
    private Optional<Reply> truthSaidBack(Beat answered, Category category, String text, ClientState state) {
        Optional<NamedRelation.Slip> who = relations.of(text);
        if (who.isPresent()) {
            NamedRelation.Slip s = who.get();
            return Optional.of(corrected(answered, category, text, state, voice.stock("correction.relation",
                    Map.of("name", s.name(), "actual", s.actual(), "claimed", s.claimed())), s.why()));
        }
        return Optional.empty();
    }

    /** A number the passages nearest in meaning hold otherwise (after ClaimCheck, which knows the habit's spans best). */
    private Optional<Reply> numberSaidBack(Beat answered, Category category, String text, ClientState state) {
        if (!REFLECTIONS.contains(category) || !meanings.on() || !TakenFurther.numbered(text)) {
            return Optional.empty();
        }
        if (heard == null) {
            heard = meanings.heard(asking(text));
        }
        return further.numberSlip(heard, text, memory::saidWithin).map(f -> {
            TakenFurther.NumberSlip n = f.slip().orElseThrow();
            String first = voice.stock("further.number", Map.of("actual", n.actual(), "claimed", n.claimed(),
                    "Actual", Character.toUpperCase(n.actual().charAt(0)) + n.actual().substring(1)));
            return corrected(answered, category, text, state, first + " " + f.line(), f.why());
        });
    }

    /**
     * The passage of the persona a reflection is about (TakenFurther), said after a receipt: confirmed and taken
     * further, or, when the passage holds another number than the one reflected, that number said back first. Only
     * when the graph's own line is further from the turn in meaning; the turn is embedded once (gist or here).
     */
    private Optional<Reply> takenFurther(Beat answered, String text, Reply graph, ClientState state,
                                         java.util.function.Supplier<String> receipt) {
        if (!meanings.on() || state.discord() >= 3 || graph.beat().isTerminal() || graph.move() == ReplyKind.DISCORD) {
            return Optional.empty();
        }
        if (heard == null) {
            heard = meanings.heard(asking(text));
        }
        double graphLine = 0;
        for (String line : graph.beat().say()) {
            for (String sentence : Sentences.of(line)) {
                graphLine = Math.max(graphLine, heard.text(sentence));
            }
        }
        // The stance is the graph's (as for the gist): a reflection that earns change talk there is never answered with a
        // neutral fact here; what was reflected decides only what the client talks about.
        ClientTalk stance = graph.talk();
        Optional<TakenFurther.Further> found = further.of(heard, text, memory::saidWithin, memory::told,
                talk -> talk == stance && (talk != ClientTalk.CHANGE || state.engagement() >= 6), graphLine);
        if (found.isEmpty()) {
            return Optional.empty();
        }
        TakenFurther.Further f = found.get();
        String first = f.slip().map(n -> voice.stock("further.number", Map.of("actual", n.actual(), "claimed", n.claimed(),
                "Actual", Character.toUpperCase(n.actual().charAt(0)) + n.actual().substring(1)))).orElseGet(receipt);
        String line = first.isBlank() ? f.line() : first + " " + f.line();
        String why = f.why() + f.slip().map(n -> "; the number reflected (" + n.claimed() + ") is not theirs (" + n.actual() + ")").orElse("");
        return Optional.of(f.beat() == null
                ? new Reply(answered, true, line, ClientTalk.NEUTRAL, ReplyKind.FACT, state, why)
                : new Reply(scenario.beat(f.beat()), false, line, scenario.beat(f.beat()).talk(), ReplyKind.BEAT, state, why));
    }

    private String acknowledgement(String text, Set<String> cues, LineIndex.Query q, ClientState state, boolean unsure) {
        if (ownSlip(text, cues)) {
            return voice.stock("apology.accept", Map.of());
        }
        // A label, advice or an argument the coder read as a reflection is taken in without agreeing to it.
        if (cues.stream().anyMatch(c -> c.startsWith("offence-") || c.equals("push"))) {
            return voice.stock("ack.doubt", Map.of());
        }
        Optional<Matcher> feeling = MoveCues.first("feeling", text);
        boolean guarded = state.engagement() < 5 || state.discord() >= 3;
        // A reflection the coder is unsure of, mostly in words the client never used ("so Lucía has been asking you to
        // stop"): an agreeing "That's right." would teach that a guess counts as listening.
        List<String> claimed = Terms.of(text);
        long unsaid = claimed.stream().filter(t -> !memory.clientTerms().contains(t)).count();
        // Only a claim of fact ("so you…", "and he…"); "it sounds like you're proud" offers a meaning, which is the point.
        boolean factual = !MoveCues.has("hedged", text) && !MoveCues.has("offers-meaning", text);
        // A greeting, thanks or a word of welcome carries words the client never said by nature: it is no claim.
        boolean pleasantry = cues.stream().anyMatch(PLEASANTRIES::contains);
        // Only a claim framed as one ("so you…", "and he…"): "Mostly, with one exception." says nothing to deny.
        if (unsure && factual && !pleasantry && feeling.isEmpty() && claimed.size() >= 3 && unsaid * 2 > claimed.size()
                && MoveCues.has("claim-frame", text)) {
            return voice.stock("ack.unsure", Map.of());
        }
        if (feeling.isPresent()) {
            String word = feeling.get().group().toLowerCase(Locale.ROOT);
            String cap = Character.toUpperCase(word.charAt(0)) + word.substring(1);
            return voice.stock(guarded ? "ack.feeling.guarded" : "ack.feeling", Map.of("feeling", word, "Feeling", cap));
        }
        return voice.stock(guarded ? "ack.guarded" : "ack.plain", Map.of());
    }

    /**
     * Whether a fact can answer a question: a question about what the behaviour gives, its worries, goals,
     * values or past attempts asks for the story, which a fact about how much or where does not tell.
     */
    private boolean answers(Fact f, LineIndex.Query q) {
        for (String t : q.topics()) {
            if (STORY_TOPICS.contains(t) && !f.topics().contains(t)
                    && f.say().stream().noneMatch(l -> index.topicsOf(l).contains(t))) {
                return false;
            }
        }
        return true;
    }

    /**
     * A closed question with a word no line of this scenario uses and none of the persona's own topics ("any pets
     * back home?") asks about something else: the words it shares with a line ("home") are a coincidence.
     */
    /**
     * "Do you have your own naloxone?" after the client said "I don't even have my own Narcan": a question in a
     * word this persona never uses, for a thing the client already spoke of (the topics list names it both ways),
     * is answered from what they said, not met with "why do you ask?".
     */
    private Optional<Reply> saidInOtherWords(Beat answered, String text, ClientState state) {
        if (MoveCues.has("small-talk", text)) {
            return Optional.empty();
        }
        List<String> named = new ArrayList<>();
        Set<String> namedTerms = new java.util.HashSet<>();
        for (String w : Phrase.wordsOf(text)) {
            List<String> terms = Terms.ofWords(List.of(w));
            if (!terms.isEmpty() && terms.stream().noneMatch(index::knows)) {
                List<String> same = index.topics().in(List.of(w)).stream().filter(SAME_THING::contains).toList();
                named.addAll(same);
                if (!same.isEmpty()) {
                    namedTerms.addAll(terms);
                }
            }
        }
        // The sentence naming it that shares most with the question ("your own"), the latest on a tie.
        LineIndex.Query q = index.query(text);
        String best = null;
        double bestScore = -1;
        for (String line : memory.saidLines()) {
            for (String sentence : Sentences.of(line)) {
                sentence = sentence.replaceFirst("^(And|But|So|Then|Or),?\\s+", ""); // "Like I said, and I…"
                LineIndex.Score sc = index.line(q, sentence);
                double score = sc.coverage();
                // "Have you ever been charged with drink-driving?" names the drink, but asks about a charge: a sentence
                // that leaves two of the question's own words unanswered is not what was asked ("As I said, everyone
                // has an opinion about my drinking" was round 8's answer).
                long unanswered = q.terms().keySet().stream().filter(t -> !t.startsWith("#") && !namedTerms.contains(t)
                        && !sc.matched().contains(t)).count();
                if (index.topicsOf(sentence).stream().anyMatch(named::contains) && score >= bestScore && unanswered < 2) {
                    best = sentence;
                    bestScore = score;
                }
            }
        }
        return best == null ? Optional.empty() : Optional.of(new Reply(answered, true, voice.recallOf(best), ClientTalk.NEUTRAL,
                ReplyKind.RECALL, state, "asked in other words about something already said (" + String.join(", ", named) + ")"));
    }

    private boolean aboutElse(LineIndex.Query q) {
        boolean unknownWord = q.terms().keySet().stream().anyMatch(t -> !t.startsWith("#") && !index.knows(t));
        boolean ownTopic = q.topics().stream().anyMatch(t -> !Topics.builtInIds().contains(t));
        return unknownWord && !ownTopic;
    }

    /** Topics whose words all name one thing (naloxone, Narcan): a synonym asks about what was said. */
    private static final Set<String> SAME_THING = Resources.lines("same-thing-topics.txt").stream().map(String::strip)
            .filter(l -> !l.isEmpty() && !l.startsWith("#")).collect(java.util.stream.Collectors.toUnmodifiableSet());
    private static final Set<String> STORY_TOPICS = Set.of("what-it-gives", "worries", "goals", "values", "past-attempts");

    /** A question the graph's line does not answer: a fact, a story told (referred back to), another beat, or "why do you ask?". */
    private Optional<Reply> elsewhere(Beat answered, Category category, String text, List<QuestionIntent> intents,
                                      LineIndex.Query q, ClientState state, String chosen) {
        List<Fact> facts = scenario.persona().facts();
        // "What does it give you?" asks for what the habit gives: a fact that only shares a word with it ("I'll give you
        // the hour") does not answer it, whatever its overlap.
        Set<String> askedTopics = new java.util.HashSet<>();
        for (QuestionIntent intent : intents) {
            intent.topics().stream().filter(STORY_TOPICS::contains).forEach(askedTopics::add);
        }
        int bestFact = -1;
        double factScore = 0;
        for (int i = 0; i < facts.size(); i++) {
            Fact f = facts.get(i);
            if (!askedTopics.isEmpty() && askedTopics.stream().noneMatch(t -> f.topics().contains(t)
                    || f.say().stream().anyMatch(l -> index.topicsOf(l).contains(t)))) {
                continue;
            }
            // An open question near a fact already said asks for more than the fact again.
            boolean spent = category == Category.OPEN_QUESTION && f.say().stream().allMatch(memory::said);
            double s = answers(f, q) && !spent && !unmeant(i) ? index.fact(q, i).coverage() : 0;
            if (s > factScore) {
                factScore = s;
                bestFact = i;
            }
        }
        String bestBeat = null;
        double beatScore = 0;
        for (Beat b : scenario.beats().values()) {
            if (b.isTerminal() || b.stage() != null || b.talk() == ClientTalk.DISCORD || b.id().equals(chosen)
                    || b.id().equals(answered.id()) || scenario.fromAnyBeat().leadsTo(b.id())) {
                continue;
            }
            LineIndex.Score score = index.beat(q, b.id());
            double s = independent(score) >= 2 ? score.coverage() : 0;
            if (s > beatScore) {
                beatScore = s;
                bestBeat = b.id();
            }
        }
        boolean question = QUESTIONS.contains(category);
        String scores = Explain.format(" (fact %.2f, beat %s %.2f, graph's line %.2f)", factScore, bestBeat, beatScore,
                index.beat(q, chosen).coverage());
        // When a rule matched, the author foresaw this kind of response here: only a clear topic overrides it.
        boolean ruled = firstMatching(answered, category, text, state) >= 0;
        double factBar = ruled ? STRONG_FACT : STRONG_FACT - 0.1;
        double beatBar = ruled ? STRONG_BEAT + 0.05 : STRONG_BEAT - 0.1;
        // Facts answer questions; a reflection is not asking for one ("So school's been a lot" is not "how's school?").
        double known = index.known(q);
        boolean unknown = known < 0.5;
        if (question && bestFact >= 0 && factScore >= factBar && factScore >= beatScore - 0.1
                && !(unknown && facts.get(bestFact).say().stream().allMatch(memory::said))) {
            Fact f = facts.get(bestFact);
            String line = voice.unsaid(f.say()).orElseGet(() -> voice.recallOf(f.say().get(0)));
            return Optional.of(new Reply(answered, true, line, ClientTalk.NEUTRAL, ReplyKind.FACT, state,
                    "a fact from the persona's life answers the question" + scores));
        }
        // A client opens a deeper story to a question only when engaged enough to tell it.
        // (A story already told is only referred back to: that needs no more trust than telling it did.)
        boolean open = bestBeat != null && (scenario.beat(bestBeat).talk() != ClientTalk.CHANGE || state.engagement() >= 6
                || memory.told(bestBeat));
        // A closed question mostly about something this persona has no line on is not about a story that shares a word.
        boolean closedUnknown = category == Category.CLOSED_QUESTION && (known < 0.6 || aboutElse(q));
        // A reflection of something the persona has a story about, that the client has not told yet ("you were alone on
        // Thursday" before the Thursday slip), is answered with that story: the client goes on from what was reflected,
        // not to the graph's next beat. Only a clear match, and only a story the client is ready to tell.
        boolean reflection = category == Category.SIMPLE_REFLECTION || category == Category.COMPLEX_REFLECTION;
        if (reflection && open && bestBeat != null && !memory.told(bestBeat) && beatScore >= Math.max(beatBar, 0.5)
                && beatScore >= index.beat(q, chosen).coverage() + 0.3 && state.discord() < 3) {
            return Optional.of(enter(scenario.beat(bestBeat), q, state, "the reflection is about this part of the story" + scores));
        }
        if (question && open && beatScore >= beatBar && state.discord() < 5 && !closedUnknown) {
            if (memory.told(bestBeat)) {
                if (known < 0.6) {
                    return whyAsk(answered, category, text, q, known, state, scores); // an old story shares a word or two
                }
                Beat b = scenario.beat(bestBeat);
                // An open question near an old story invites more, which the graph gives; only a question plainly
                // about that story ("what made you decide to cut down?" after the birthday) is referred back to it.
                boolean plainly = beatScore >= 0.7 || beatScore >= 0.55 && q.topics().stream()
                        .filter(STORY_TOPICS::contains).allMatch(t -> b.topics().contains(t) || b.tags().contains(t))
                        && q.topics().stream().anyMatch(STORY_TOPICS::contains);
                if (category == Category.OPEN_QUESTION && !plainly) {
                    return Optional.empty();
                }
                Optional<String> referral = referral(b, q);
                if (referral.isEmpty()) {
                    return Optional.empty(); // no sentence of that story answers it: the graph goes on, no echo
                }
                String recall = referral.get();
                LineIndex.Score answersIt = index.line(q, recall);
                // (An author's own recall line is what this story is referred back by: never second-guessed.)
                // (A story plainly about the question, by its topics and prompts, answers it whatever its sentence shares.)
                if (b.recall().isEmpty() && beatScore < 0.7 && independent(answersIt) < 2 && answersIt.coverage() < 0.5
                        && category == Category.OPEN_QUESTION) {
                    return Optional.empty(); // one shared word is no answer: the graph goes on
                }
                return Optional.of(new Reply(answered, true, recall, b.talk(), ReplyKind.RECALL, state,
                        "asked about a story already told" + scores));
            }
            return Optional.of(enter(scenario.beat(bestBeat), q, state, "the question is about this beat" + scores));
        }
        // Small talk in words the persona never uses ("What do you eat before a long night?") is not about a story that
        // shares "night" with it.
        boolean everyday = aboutElse(q) && MoveCues.has("everyday", text) && Math.max(factScore, beatScore) < 0.5;
        if (question && (Math.max(factScore, beatScore) < 0.25 || closedUnknown || everyday)) {
            return whyAsk(answered, category, text, q, known, state, scores);
        }
        return Optional.empty();
    }

    /**
     * A question mostly in words this persona has no line about ("what's your favourite band?") gets a short
     * honest "why?", never another story; an invitation without a question mark ("tell me about…") is left to
     * the graph.
     */
    private Optional<Reply> whyAsk(Beat answered, Category category, String text, LineIndex.Query q, double known,
                                   ClientState state, String scores) {
        boolean asked = category == Category.CLOSED_QUESTION || text.strip().endsWith("?");
        // "What's on your mind?", "what made you decide…?" invite the story; a topic this persona has lines on is theirs.
        boolean invitation = MoveCues.has("invitation", text);
        boolean story = q.topics().stream().anyMatch(t -> STORY_TOPICS.contains(t) && index.covers(t));
        // An open question invites the story; only small talk that is almost none of it about this persona ("what's
        // your favourite band?") is not. The scenario's vocabulary is too small to call any other open question off-topic.
        boolean open = category != Category.CLOSED_QUESTION;
        boolean own = q.topics().stream().anyMatch(t -> !Topics.builtInIds().contains(t));
        boolean smallTalk = MoveCues.has("small-talk", text) && !own;
        // An open question mostly in words this persona never uses, on none of its topics ("What do you eat before a
        // long night?"), is small talk too: a short answer, not the next part of the story.
        boolean everyday = aboutElse(q) && MoveCues.has("everyday", text);
        if (!asked || known >= (open && !everyday ? 0.3 : 0.6) || invitation || story || open && !smallTalk && !everyday) {
            return Optional.empty();
        }
        if (category == Category.CLOSED_QUESTION && state.discord() < 3 && MoveCues.has("which-asked", text)) {
            // "Which one do you want to try?" among options just named: not decided yet, said plainly. (A yes-or-no
            // question on something the story does not hold stays "why do you ask?": "no" would invent a fact.)
            return Optional.of(new Reply(answered, true, voice.stock("info.react.which", Map.of()),
                    ClientTalk.NEUTRAL, ReplyKind.SHORT_ANSWER, state, "a choice among options the client has not weighed yet" + scores));
        }
        return Optional.of(offTopic(answered, text, state, scores));
    }

    private static String shapeOf(String question) {
        return SHAPES.stream().filter(s -> MoveCues.has("q-" + s, question)).findFirst().orElse("yesno");
    }

    /** The shapes of an everyday question, in the order they are tried (cues-on-demand.txt q-*). */
    private static final List<String> SHAPES = List.of("either", "how-far", "have", "past", "where", "who", "what", "yesno");

    /**
     * A question on something the persona's story and facts hold nothing on ("Football fan?", "What do you eat
     * before a long night?"). A person answers it, short and in its shape ("Not really. It's not something I think
     * about much."), inventing no one and nothing; only a guarded client (discord, or little trust yet) asked
     * about money, sex or private papers says "why do you ask?".
     */
    private Reply offTopic(Beat answered, String text, ClientState state, String scores) {
        return offTopic(answered, text, state, scores, true);
    }

    /** (Without {@code nearest}, no fact near in meaning either: the caller found none on what was asked.) */
    private Reply offTopic(Beat answered, String text, ClientState state, String scores, boolean nearest) {
        // (A person the story does not hold, "your girlfriend": "no" or "not really" would invent a fact about them.)
        boolean guarded = state.discord() >= 3 || state.engagement() < 3
                || state.engagement() < 5 && MoveCues.has("intrusive", text) || MoveCues.has("names-someone", text);
        if (guarded) {
            return new Reply(answered, true, voice.stock("why-ask", Map.of()), ClientTalk.NEUTRAL, ReplyKind.WHY_ASK,
                    state, "a question the guarded client finds beside the point or intrusive" + scores);
        }
        // The shape of the question itself, its last sentence ("Going back to the bar. Who offers the most?").
        String[] sentences = Sentences.of(text);
        String asked = sentences.length == 0 ? text : sentences[sentences.length - 1];
        boolean past = MoveCues.has("q-past", asked) || MoveCues.has("past-tense", asked);
        if (MoveCues.has("again-frame", text)) {
            // A topic raised again: what they said about it, when a sentence of theirs shares two things with the
            // question, else "I don't remember that part" (never a shrug at their own story).
            String best = null;
            double bestScore = 0.2;
            LineIndex.Query q = index.query(text);
            // ("The promise again. Her words?" has two words to go on: one of them, well covered, is enough.)
            int needed = q.terms().size() <= 3 ? 1 : 2;
            for (String line : memory.saidLines()) {
                for (String sentence : Sentences.of(line)) {
                    LineIndex.Score sc = index.line(q, sentence);
                    if (sc.coverage() > Math.max(bestScore, needed == 1 ? 0.35 : 0) && independent(sc) >= needed
                            && Terms.of(sentence).size() >= 3) {
                        best = sentence;
                        bestScore = sc.coverage();
                    }
                }
            }
            if (best == null && !past) {
                // Their own topic: never "not a big thing for me"; a person thinking about a new angle on it.
                return new Reply(answered, true, voice.stock("off-topic.again", Map.of()), ClientTalk.NEUTRAL,
                        ReplyKind.SHORT_ANSWER, state, "a topic raised again from an angle the story does not hold" + scores);
            }
            String line = best != null ? voice.recallOf(best) : voice.stock("off-topic.detail", Map.of());
            return new Reply(answered, true, line, ClientTalk.NEUTRAL, best != null ? ReplyKind.RECALL : ReplyKind.SHORT_ANSWER,
                    state, "a topic raised again with a question the story does not hold: "
                    + (best != null ? "what they said about it" : "they do not remember that part") + scores);
        }
        Optional<Reply> near = nearest ? nearestFact(answered, state, scores) : Optional.empty();
        if (near.isPresent()) {
            return near.get();
        }
        String shape = shapeOf(asked);
        return new Reply(answered, true, voice.stock("off-topic." + shape, Map.of()), ClientTalk.NEUTRAL,
                ReplyKind.SHORT_ANSWER, state, "an everyday question the persona has nothing on: a short honest answer ("
                + shape + ")" + scores);
    }

    /**
     * A direct question about a fact or a story already told, when the line the graph chose touches it
     * only in passing ("Does your mum know?" after a line that named her): the fact, or a reference back.
     */
    private Optional<Reply> direct(Beat answered, Category category, LineIndex.Query q, ClientState state,
                                   double chosenScore, boolean event) {
        // An open question invites the story; only a close match makes it a question about a fact.
        double bar = category == Category.CLOSED_QUESTION ? 0.45 : 0.65;
        List<Fact> facts = scenario.persona().facts();
        // The fact that answers best, not the first one over the bar: with a dozen facts, "where do you get your
        // carts?" must not get the one about how many carts a week.
        int best = -1;
        double bestScore = 0;
        for (int i = 0; i < facts.size(); i++) {
            LineIndex.Score fs = index.fact(q, i);
            // "What happened on Saturday?": a fact that shares only the day is not the story of that day.
            double s = answers(facts.get(i), q) && !(event && IntentAnswers.onlyWhen(fs.matched())) && !unmeant(i) ? fs.coverage() : 0;
            if (s > bestScore) {
                best = i;
                bestScore = s;
            }
        }
        if (best >= 0 && bestScore >= bar && bestScore >= chosenScore + 0.25) {
            Fact f = facts.get(best);
            String line = voice.unsaid(f.say()).orElseGet(() -> voice.recallOf(f.say().get(0)));
            return Optional.of(new Reply(answered, true, line, ClientTalk.NEUTRAL, ReplyKind.FACT, state,
                    Explain.format("a direct question on a fact (fact %.2f, graph's line %.2f)", bestScore, chosenScore)));
        }
        for (Beat b : scenario.beats().values()) {
            LineIndex.Score score = index.beat(q, b.id());
            if (memory.told(b.id()) && !b.id().equals(answered.id()) && score.matched().size() >= 2
                    && score.coverage() >= Math.max(bar, 0.5) && score.coverage() >= chosenScore + 0.3) {
                Optional<String> referral = referral(b, q);
                if (referral.isEmpty()) {
                    continue; // no sentence of that story answers it by its meaning: no "like I said" beside the point
                }
                String recall = referral.get();
                LineIndex.Score answersIt = index.line(q, recall);
                if (b.recall().isEmpty() && score.coverage() < 0.7 && independent(answersIt) < 2 && answersIt.coverage() < 0.5) {
                    // "Which year group did you teach?" is not answered by "As I said, it let me keep teaching.": one
                    // shared word is no answer, and "like I said" in front of it makes it worse.
                    continue;
                }
                if (category == Category.CLOSED_QUESTION && answersIt.coverage() < 0.3) {
                    // "Did Hannah know about the slip?" is not answered by "Like I said, Tuesday I had a hit at noon.":
                    // the sentence on what was asked, or nothing from this story.
                    Optional<Reply> shortAnswer = yesOrNo(answered, q, state);
                    if (shortAnswer.isPresent()) {
                        return shortAnswer;
                    }
                    continue;
                }
                return Optional.of(new Reply(answered, true, recall, b.talk(), ReplyKind.RECALL, state,
                        Explain.format("a direct question on a story already told (%s %.2f, graph's line %.2f)",
                                b.id(), score.coverage(), chosenScore)));
            }
        }
        return Optional.empty();
    }

    /**
     * How many independent pieces of evidence a score rests on: its words, plus the persona's own topics
     * (a built-in topic found through the same word, "home" and #home, is not a second piece).
     */
    private long independent(LineIndex.Score score) {
        return score.matched().stream()
                .filter(t -> !t.startsWith("#") || !Topics.builtInIds().contains(t.substring(1)))
                .count();
    }

    /**
     * A line that shares one word with the question ("Home Depot" for "what is home like?") touches it by
     * chance: its relevance counts half when a direct answer competes with it.
     */
    private double incidental(LineIndex.Query q, String chosen, double chosenScore) {
        long words = index.beat(q, chosen).matched().stream().filter(t -> !t.startsWith("#")).count();
        return words >= 2 ? chosenScore : chosenScore / 2;
    }

    private static final java.util.regex.Pattern AMOUNT = java.util.regex.Pattern.compile(
            "\\d|\\b(twice|once|half|dozen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|hundred|thousand|bucks|dollars)\\b",
            java.util.regex.Pattern.CASE_INSENSITIVE);

    /** "How much do you drink?" asks for a quantity: the persona fact on the topic that has a number in it. */
    private Optional<Reply> amount(Beat answered, LineIndex.Query q, ClientState state) {
        List<Fact> facts = scenario.persona().facts();
        int best = -1;
        double bestScore = 0.3;
        for (int i = 0; i < facts.size(); i++) {
            boolean numeric = facts.get(i).say().stream().anyMatch(l -> !MoveCues.numbers(l).isEmpty()
                    || l.matches("(?s).*\\b(twice|once|half|dozen|hundred|thousand|pack|bottle|gram|grams)\\b.*"));
            double s = index.fact(q, i).coverage();
            if (numeric && s > bestScore) {
                best = i;
                bestScore = s;
            }
        }
        // A number the client already gave in the story ("sixty bucks I don't really have") answers better than a fact.
        String toldSentence = null;
        for (String line : memory.saidLines()) {
            for (String sentence : Sentences.of(line)) {
                if (AMOUNT.matcher(sentence).find()) {
                    double sc = index.line(q, sentence).coverage();
                    if (sc > bestScore) {
                        bestScore = sc;
                        toldSentence = sentence;
                    }
                }
            }
        }
        if (toldSentence != null) {
            return Optional.of(new Reply(answered, true, voice.recallOf(toldSentence), ClientTalk.NEUTRAL, ReplyKind.RECALL, state,
                    Explain.format("a question about a quantity the client already gave (%.2f)", bestScore)));
        }
        if (best < 0) {
            return Optional.empty();
        }
        Fact f = facts.get(best);
        String line = voice.unsaid(f.say()).orElseGet(() -> voice.recallOf(f.say().get(0)));
        return Optional.of(new Reply(answered, true, line, ClientTalk.NEUTRAL, ReplyKind.FACT, state,
                Explain.format("a question about a quantity gets the number (fact %.2f)", bestScore)));
    }

    /** The beats the category and state allow: every matching rule's target in order, else the fallback. */
    private List<String> candidates(Beat answered, Category category, String text, ClientState state) {
        List<String> words = Phrase.wordsOf(text);
        List<String> out = new ArrayList<>();
        for (Transition rule : scenario.rules(answered)) {
            if (rule.matches(category, words, state) && !out.contains(rule.to())) {
                out.add(rule.to());
            }
        }
        if (out.isEmpty()) {
            // A fallback that is the session's natural close is the author's "and then we wrap up": it must not end
            // a session on a turn that closes nothing (a closed question after the client backed off ended a
            // skilled session at turn 9). Closings are read before this; here the client stays where it is.
            Beat fallback = scenario.beat(answered.fallback());
            boolean closesUnasked = fallback != null && fallback.end() == EndKind.NATURAL_CLOSE && answered.end() == null;
            out.add(closesUnasked ? answered.id() : answered.fallback());
        }
        return out;
    }

    private String graphChoice(Beat answered, Category category, String text, ClientState state) {
        return candidates(answered, category, text, state).get(0);
    }

    private int firstMatching(Beat answered, Category category, String text, ClientState state) {
        List<String> words = Phrase.wordsOf(text);
        List<Transition> rules = scenario.rules(answered);
        for (int i = 0; i < rules.size(); i++) {
            if (rules.get(i).matches(category, words, state)) {
                return i;
            }
        }
        return -1;
    }

    // ---------------------------------------------------------------- saying a beat

    /**
     * The client says a beat: the variant most relevant to what was said (seeded among equals), never
     * a line already said; a story already told is referred back to instead of retold.
     */
    private Reply enter(Beat beat, LineIndex.Query q, ClientState state, String why) {
        return enter(beat, q, state, why, 0.15);
    }

    /**
     * {@code margin}: how much more relevant another variant must be to replace the seeded one. A reaction to
     * information (lines5) takes the variant that answers it best (margin 0): a long piece of information spreads
     * its weight so thin that no variant clears 0.15, and the seed alone chose "Give up cannabis altogether? No."
     * as the reaction to a plan for the afternoons.
     */
    private Reply enter(Beat beat, LineIndex.Query q, ClientState state, String why, double margin) {
        int pick = random.nextInt(beat.say().size());
        // (A plan already agreed, reached again while the hour goes on, is referred back to like a story.)
        if (memory.told(beat.id()) && (!beat.isTerminal() || beat.end() == EndKind.PLAN_AGREED)) {
            Optional<String> fresh = beat.talk() == ClientTalk.CHANGE ? Optional.empty() : voice.unsaid(beat.say());
            if (fresh.isEmpty()) {
                return new Reply(beat, false, voice.recallLine(beat), beat.talk(), ReplyKind.RECALL, state,
                        why + "; the story was already told, so the client refers back to it");
            }
        }
        List<String> options = beat.say().stream().filter(s -> !memory.saidWithin(s)).toList();
        if (options.isEmpty()) {
            options = beat.say();
        }
        if (beat.isTerminal()) {
            // A closing or a plan names only what came up in the session (or what the client raises first, in
            // a line of the story): prefer the variants whose persona topics were all raised.
            List<String> grounded = options.stream().filter(this::grounded).toList();
            if (!grounded.isEmpty()) {
                options = grounded;
            }
        }
        String text = options.get(pick % options.size());
        double best = index.line(q, text).coverage();
        for (String s : options) {
            double score = index.line(q, s).coverage();
            if (score > best + margin) {
                best = score;
                text = s;
            }
        }
        return new Reply(beat, false, text, beat.talk(), ReplyKind.BEAT, state, why);
    }

    private boolean grounded(String line) {
        return index.topicsOf(line).stream()
                .filter(t -> scenario.persona().topics().containsKey(t) && !Topics.builtInIds().contains(t))
                .allMatch(memory::topicCameUp);
    }

    void remember(Reply r) {
        memory.client(r.beat().id(), r.text(), r.talk(), r.move() == ReplyKind.BEAT);
        memory.topics(index.topicsOf(r.text()));
    }
}
