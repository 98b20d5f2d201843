package org.changetalk.coding;

import java.util.List;
import java.util.Set;

/**
 * Codes a client turn as change talk, sustain talk or neutral, with its DARN-CAT kind and how sure it is.
 *
 * <p>Two sources of evidence are added up. The client's own words ({@link ClientSignals}): frames, reasons,
 * steps and stances, later sentences weighing more, since an ambivalent client's last word is usually where they
 * landed. And the conversation ({@link CounselorLean}): a reply takes direction from what the counselor just
 * reflected or asked — agreeing with a reflection of change talk is change talk, "no" to "do you want to quit?"
 * is sustain talk, an answer to "what would be better if…" leans toward change and one to "what do you like
 * about it?" toward the status quo — and after a bare "mm-hmm" the client goes on where they were. Short replies
 * ("Yeah.", "I guess so.") take nearly all of their direction from the context; long ones mostly from their own
 * words.
 */
final class ClientCoder {
    /** A total at or beyond this is change or sustain talk; inside it, neutral. */
    private static final double THRESHOLD = 0.9;
    /** Within a sentence, evidence after a "but" weighs more than evidence before it. */
    private static final double AFTER_BUT = 1.3;
    private static final double BEFORE_BUT = 0.8;
    /** A turn with this many content words or fewer is a short reply ("Yeah, I guess.", "Three weeks."). */
    private static final int SHORT = 4;

    /** A counselor lean weaker than this (one passing word) gives a reply no direction. */
    private static final double LEAN_MIN = 0.4;
    /** Agreeing with what the counselor reflected or asked: a short reply takes nearly all its direction from it. */
    private static final double AGREE_SHORT = 1.2;
    private static final double AGREE_LONG = 0.6;
    /** "Maybe.", "I guess.", "Kind of." agree, held back by this factor. */
    private static final double HEDGED = 0.8;
    /** Turning it down ("No.", "Not really.") points the other way, a little less surely. */
    private static final double DISAGREE_SHORT = 1.0;
    private static final double DISAGREE_LONG = 0.5;
    /** A reply that neither agrees nor disagrees but answers a leaning reflection goes a little of its way. */
    private static final double FOLLOW_SHORT = 0.5;
    private static final double FOLLOW_LONG = 0.4;
    /** An answer to a question that asks for reasons or hopes (or for what the behaviour gives). */
    private static final double ANSWER = 1.0;
    private static final double ANSWER_BARE = 0.5;
    /** The client's previous turn leans this far (one cost or benefit word) for a say-back of it to lean with it. */
    private static final double ECHO_MIN = 0.4;
    /** After a bare "mm-hmm" the client goes on where they were. */
    private static final double GOES_ON = 0.5;

    /** Own evidence this strong, all on one side, decides whatever the learned layer says. */
    private static final double CLEAR = 1.9;
    /** The learned layer turns the rules' talk into neutral only when neutral is this much more probable. */
    private static final double VETO_MARGIN = 0.3;

    /**
     * Below this probability of its best class the word-level layer is unsure, and (with an embedder) the turn is read
     * again with sentence embeddings. Measured on the gold set: 0.55 sent about a fifth of client turns to the
     * embeddings (holdout 0.607 → 0.627, first contact 0.545 → 0.609; embedding every turn: 0.641 / 0.615), but the
     * `code` command then took 6–6.7 s for 10,000 turns, over its 5 s budget. 0.50 sends about half as many
     * (holdout 0.620, first contact 0.580, first-contact-2 0.659 against 0.662) and codes them in 4.8 s.
     */
    static final double UNSURE = 0.50;

    /** The learned layer, read on the first client turn so that it stays off the server's start-up path. */
    private volatile ClientModel model;
    /** The layer over words and embeddings, for unsure turns; read on the first such turn. */
    private volatile ClientModel embeddedModel;
    private final SentenceEmbedder embedder;
    /** The word layer's best-class probability below which a turn is read again with embeddings. */
    private final double unsure;
    private final ClientFeatures features;
    /** Features with embeddings and the bank's votes, built with the layer for unsure turns (the bank is read then). */
    private volatile ClientFeatures embeddedFeatures;
    private final Lexicon lexicon;
    private final ClientSignals signals;
    private final CounselorLean leans;
    private final ClientReply replies;
    private final ClientConfidence confidence;
    private final ShortAnswer shortAnswers;
    private final RulerAnswer rulers;
    private final Set<String> stop;
    private final Set<String> filler;
    private final Set<String> hedges;
    private final Set<String> contrast;

    ClientCoder(Lexicon lexicon) {
        this(lexicon, null);
    }

    /** With a given learned layer (null: the committed one, loaded when first needed), and no embeddings. */
    ClientCoder(Lexicon lexicon, ClientModel model) {
        this(lexicon, model, null, null);
    }

    /**
     * With given layers (null: the committed ones, loaded when first needed) and an embedder for the turns the
     * word-level layer is unsure of (null: words only).
     */
    ClientCoder(Lexicon lexicon, ClientModel model, ClientModel embeddedModel, SentenceEmbedder embedder) {
        this(lexicon, model, embeddedModel, embedder, UNSURE);
    }

    /** As above, with the unsure threshold given (the trainer's experiments try several). */
    ClientCoder(Lexicon lexicon, ClientModel model, ClientModel embeddedModel, SentenceEmbedder embedder, double unsure) {
        this.unsure = unsure;
        this.model = model;
        this.embeddedModel = embeddedModel;
        this.embedder = embedder;
        this.features = new ClientFeatures(lexicon);
        this.lexicon = lexicon;
        this.signals = new ClientSignals(lexicon);
        this.leans = new CounselorLean(lexicon, signals);
        this.replies = new ClientReply(lexicon);
        this.confidence = ClientConfidence.load();
        this.shortAnswers = new ShortAnswer(lexicon);
        this.rulers = new RulerAnswer(lexicon);
        this.stop = lexicon.set("stop");
        this.filler = lexicon.set("filler");
        this.hedges = lexicon.set("hedge");
        this.contrast = lexicon.set("contrast");
    }

    /** What decided a turn: its own strongest signals, the context's contribution, and the total. */
    record Weighing(double own, double context, TalkSignal change, TalkSignal sustain, TalkSignal fromContext, boolean shortReply,
                    CounselorLean.Lean lean, ClientReply.Reply reply, Span othersWish) {
        double total() {
            return own + context;
        }
    }

    ClientCoding code(Turn turn, Text text, Text counselorBefore, Text clientBefore) {
        return code(turn, text, counselorBefore, clientBefore, null);
    }

    /**
     * As above, with the coded client turn that the counselor's turn before this one reflected (null when that turn was
     * no reflection, or the earlier turns were not coded): a short reply to a reflection with no lean of its own takes
     * its side from it.
     */
    ClientCoding code(Turn turn, Text text, Text counselorBefore, Text clientBefore, ClientCoding reflected) {
        Weighing w = weigh(turn, text, counselorBefore, clientBefore, reflected);
        TalkSignal decided = ruleDecision(w);
        Talk byRules = decided == null ? Talk.NEUTRAL : decided.direction() > 0 ? Talk.CHANGE : Talk.SUSTAIN;
        if (w.othersWish() != null) {
            // the wish told is another person's, and the client adds nothing of their own: MISC does not code it as the
            // client's talk, whatever words it shares with change talk
            return new ClientCoding(turn, Talk.NEUTRAL, null, Evidence.of(w.othersWish(), "others-wish",
                    SentenceRules.quote(w.othersWish().of(turn.text())) + " tells someone else's wish, not the client's own: neutral."),
                    confidence.of(Talk.NEUTRAL, w));
        }
        // a turn with no counselor turn before it (a line read alone, a drill's side of a double-sided reflection) is
        // the rules' alone: the layer learned from turns in conversation
        ClientModel model = counselorBefore == null ? null : model();
        if (model == null || model.isEmpty()) {
            return coding(turn, byRules, decided, confidence.of(byRules, w));
        }
        // the client's own clear words ("I haven't had a drink since Sunday") are never outvoted by word statistics;
        // everything else is the layer's to weigh. Measured on the holdout and first-contact parts, letting it overrule
        // weaker rule talk beats keeping every rule decision (holdout 0.607 against 0.568 macro-F1): the rules' single
        // words and context fire too often. Talk the rules found becomes neutral only when the layer is clearly surer
        // of neutral (VETO_MARGIN), which keeps short replies' direction from the counselor on the speech-style sessions
        boolean clear = decided != null && decided != w.fromContext() && Math.abs(w.own()) >= CLEAR
                && (byRules == Talk.CHANGE ? w.sustain() == null : w.change() == null)
                || clearFromContext(w, decided, text);
        // the learned layer weighs the rules' reading with the words; the evidence stays the rules' where they saw it
        double[] p = model.probabilities(features.of(text, counselorBefore, w));
        if (!clear && embedder != null && Math.max(p[0], Math.max(p[1], p[2])) < unsure) {
            // unsure from the words: read what the reply and the counselor's turn before it mean
            ClientModel deep = embeddedModel();
            if (!deep.isEmpty()) {
                model = deep;
                p = deep.probabilities(embeddedFeatures().of(text, counselorBefore, w));
            }
        }
        int best = p[0] >= p[1] && p[0] >= p[2] ? 0 : p[1] >= p[2] ? 1 : 2;
        Talk talk = ClientModel.CLASSES[best];
        int rulesIndex = byRules == Talk.CHANGE ? 0 : byRules == Talk.SUSTAIN ? 1 : 2;
        boolean weakVeto = talk == Talk.NEUTRAL && byRules != Talk.NEUTRAL && p[2] - p[rulesIndex] < VETO_MARGIN;
        if (talk == byRules || clear || weakVeto) {
            return coding(turn, byRules, decided, p[rulesIndex]);
        }
        if (talk == Talk.NEUTRAL) {
            Span all = new Span(0, turn.text().length());
            String against = decided == null ? "" : " " + SentenceRules.quote(decided.span().of(turn.text())) + " is too weak here to count;";
            return new ClientCoding(turn, Talk.NEUTRAL, null, Evidence.of(all, "learned-neutral",
                    "Read as a whole, the turn does not argue for or against the change:" + against + " neutral."), p[best]);
        }
        int dir = talk == Talk.CHANGE ? +1 : -1;
        TalkSignal seen = dir > 0 ? w.change() : w.sustain();
        if (seen == null && w.fromContext() != null && w.fromContext().direction() == dir) seen = w.fromContext();
        if (seen != null) return coding(turn, talk, seen, p[best]);
        return coding(turn, talk, learned(model, model != this.model, text, turn, best), p[best]);
    }

    /**
     * A bare agreement ("Yeah.", "Exactly.") with a counselor statement that leans clearly one way, with no word of the
     * client's own against it, takes that side whatever the word statistics say: the reply has no words of its own
     * to weigh, and the layer, fitted on gold where many bare "yeah"s are neutral, would otherwise drown the context.
     */
    private boolean clearFromContext(Weighing w, TalkSignal decided, Text text) {
        if (decided == null || decided != w.fromContext() || !w.shortReply()
                || (decided.direction() > 0 ? w.sustain() != null : w.change() != null)) {
            return false;
        }
        if ((decided.rule().equals("agrees-with-counselor") || decided.rule().equals(AGREES_WITH_REFLECTION))
                && Math.abs(w.lean().direction()) >= CLEAR_LEAN && w.lean().move() == CounselorLean.Move.STATEMENT) {
            return true;
        }
        return shortAnswers.clear(w.lean(), decided.rule(), text, w.reply());
    }

    /**
     * A counselor statement leaning this far (a frame, with or without its target, or a reason; not a passing word)
     * makes a bare agreement clear. Was 1.5 (a frame with its target or a reason phrase); 1.0 also takes the frames
     * whose target is the session's behaviour left unsaid ("you're ready to do something about it", "you can't keep
     * going like this"), a common way to reflect change talk (issue 9: a fifth of real change and sustain turns are
     * short replies that take their side from the turn before). Measured: holdout 0.621 against 0.622 at 1.5, the
     * same on the first-contact parts tried; kept for the reason above, not for a gain.
     */
    private static final double CLEAR_LEAN = 1.0;

    /** What the rules alone decide: the deciding signal, or null for neutral. */
    private static TalkSignal ruleDecision(Weighing w) {
        double total = w.total();
        if (total >= THRESHOLD) return w.change() != null ? w.change() : w.fromContext();
        if (total <= -THRESHOLD) return w.sustain() != null ? w.sustain() : w.fromContext();
        if (w.change() != null && w.sustain() != null) {
            // balanced ambivalence: MISC codes the side the client lands on last
            TalkSignal later = w.change().span().start() > w.sustain().span().start() ? w.change() : w.sustain();
            return Math.abs(total) >= 0.3 ? (total > 0 ? w.change() : w.sustain()) : later;
        }
        return null;
    }

    private ClientModel embeddedModel() {
        ClientModel m = embeddedModel;
        if (m == null) {
            synchronized (this) {
                m = embeddedModel;
                if (m == null) embeddedModel = m = ClientModel.load(ClientModel.EMBEDDED_RESOURCE);
            }
        }
        return m;
    }

    private ClientFeatures embeddedFeatures() {
        ClientFeatures f = embeddedFeatures;
        if (f == null) {
            synchronized (this) {
                f = embeddedFeatures;
                if (f == null) embeddedFeatures = f = new ClientFeatures(lexicon, embedder, ClientBank.load(embedder));
            }
        }
        return f;
    }

    private ClientModel model() {
        ClientModel m = model;
        if (m == null) {
            synchronized (this) {
                m = model;
                if (m == null) model = m = ClientModel.load();
            }
        }
        return m;
    }

    /** Evidence for a code only the learned layer saw: the client's word that pushed hardest toward it. */
    private TalkSignal learned(ClientModel model, boolean meaning, Text text, Turn turn, int k) {
        int at = -1;
        double top = 0;
        for (int i = 0; i < text.words.size(); i++) {
            String word = text.words.get(i);
            if (stop.contains(word) || filler.contains(word)) continue;
            double v = model.weight("w:" + word, k) - Math.max(model.weight("w:" + word, (k + 1) % 3), model.weight("w:" + word, (k + 2) % 3));
            if (v > top) {
                top = v;
                at = i;
            }
        }
        Span span = at < 0 ? new Span(0, turn.text().length()) : text.span(at, at + 1);
        String what = k == 0 ? "sounds like talk about what the behaviour costs or what could change, as change talk does in the gold set"
                : "sounds like talk for keeping things as they are, as sustain talk does in the gold set";
        // read with sentence embeddings: the meaning of the reply with the counselor's turn it answers decided
        if (meaning) what += ", read together with the counselor's turn it answers";
        return new TalkSignal(k == 0 ? +1 : -1, 1.0, TalkKind.REASON, span, meaning ? "learned-meaning" : "learned", what);
    }

    private ClientCoding coding(Turn turn, Talk talk, TalkSignal decided, double confidence) {
        if (talk == Talk.NEUTRAL || decided == null) {
            return new ClientCoding(turn, Talk.NEUTRAL, null, Evidence.of(new Span(0, turn.text().length()), "no-target-talk",
                    "The client does not speak for or against changing the behaviour here: neutral."), confidence);
        }
        String side = talk == Talk.CHANGE ? "change talk" : "sustain talk";
        String kind = decided.kind().name().charAt(0) + decided.kind().name().substring(1).toLowerCase(java.util.Locale.ROOT).replace('_', ' ');
        String quoted = SentenceRules.quote(decided.span().of(turn.text()));
        return new ClientCoding(turn, talk, decided.kind(), Evidence.of(decided.span(), decided.rule(),
                quoted + " " + decided.what() + ": " + side + " (" + kind + ")."), confidence);
    }

    Weighing weigh(Turn turn, Text text, Text counselorBefore, Text clientBefore) {
        return weigh(turn, text, counselorBefore, clientBefore, null);
    }

    Weighing weigh(Turn turn, Text text, Text counselorBefore, Text clientBefore, ClientCoding reflected) {
        double own = 0;
        TalkSignal change = null;
        TalkSignal sustain = null;
        List<List<TalkSignal>> bySentence = signals.of(text, false);
        int n = bySentence.size();
        for (int si = 0; si < n; si++) {
            double position = 1.0 + 0.3 * si / Math.max(1, n - 1);
            int pivot = lastContrast(text, text.sentences.get(si));
            for (TalkSignal s : bySentence.get(si)) {
                // "I want to quit, but I love it too much": what comes after the "but" is where the client lands
                double w = s.strength() * position * (pivot < 0 ? 1.0 : s.span().start() >= pivot ? AFTER_BUT : BEFORE_BUT);
                own += s.direction() * w;
                if (s.direction() > 0 && (change == null || w > change.strength())) change = s.withStrength(w);
                else if (s.direction() < 0 && (sustain == null || w > sustain.strength())) sustain = s.withStrength(w);
            }
        }
        boolean shortReply = contentWords(text) <= SHORT;
        CounselorLean.Lean lean = leans.of(counselorBefore);
        boolean carried = false;
        if (shortReply) {
            CounselorLean.Lean said = echoed(lean, counselorBefore, clientBefore);
            lean = reflectedTalk(said, counselorBefore, reflected);
            carried = lean != said;
        }
        ClientReply.Reply reply = replies.of(text);
        TalkSignal fromContext = context(turn, text, lean, reply, clientBefore, shortReply, Math.abs(own) >= THRESHOLD, carried);
        if (fromContext == null || fromContext.rule().startsWith("answers-")) {
            // "On a scale of zero to ten, how important…?" "Like a nine.": the number says how far (RulerAnswer)
            TalkSignal rated = rulers.of(counselorBefore, text, lean);
            if (rated != null) fromContext = rated;
        }
        double context = fromContext == null ? 0 : fromContext.direction() * fromContext.strength();
        // a turn whose only frame is someone else's wish ("My trainer keeps saying I need to stretch") says so
        Span othersWish = change == null && sustain == null && fromContext == null ? signals.othersWish(text) : null;
        return new Weighing(own, context, change, sustain, fromContext, shortReply, lean, reply, othersWish);
    }

    /** The context's vote, as a signal over the whole turn (or the agreeing words), or null when it has none. */
    private TalkSignal context(Turn turn, Text text, CounselorLean.Lean lean, ClientReply.Reply reply, Text clientBefore,
                               boolean shortReply, boolean ownDecides, boolean carried) {
        if (reply.shape() == ClientReply.Shape.CLOSING) return null; // "Yeah. Thanks for calling.": the visit is ending
        Span all = new Span(0, turn.text().length());
        Span replySpan = reply.span() == null ? all : reply.span();
        String said = SentenceRules.quote(lean.quote());
        switch (lean.move()) {
            case STATEMENT, YES_NO -> {
                int d = (int) Math.signum(lean.direction());
                if (d == 0 || Math.abs(lean.direction()) < LEAN_MIN) return null;
                boolean agrees = reply.shape() == ClientReply.Shape.AGREE
                        || reply.shape() == ClientReply.Shape.DISAGREE && lean.negated() && lean.move() == CounselorLean.Move.STATEMENT;
                boolean disagrees = reply.shape() == ClientReply.Shape.DISAGREE && !agrees;
                if (agrees) {
                    double s = (shortReply ? AGREE_SHORT : AGREE_LONG) * (hedged(text, reply) ? HEDGED : 1.0);
                    if (carried) {
                        return new TalkSignal(d, s, lean.kind(), replySpan, AGREES_WITH_REFLECTION, "agrees with the counselor's reflection "
                                + said + ", which took up the client's own " + (d > 0 ? "change talk" : "sustain talk"));
                    }
                    return new TalkSignal(d, s, lean.kind(), replySpan, "agrees-with-counselor",
                            "agrees with the counselor's " + (lean.move() == CounselorLean.Move.YES_NO ? "question " : "words ") + said);
                }
                if (disagrees) {
                    double s = shortReply ? DISAGREE_SHORT : DISAGREE_LONG;
                    return new TalkSignal(-d, s, lean.kind(), replySpan, "disagrees-with-counselor",
                            "turns down the counselor's " + (lean.move() == CounselorLean.Move.YES_NO ? "question " : "words ") + said);
                }
                if (ownDecides) return null;
                return new TalkSignal(d, shortReply ? FOLLOW_SHORT : FOLLOW_LONG, lean.kind(), all, "follows-counselor",
                        "goes on with what the counselor said, " + said);
            }
            case OPEN -> {
                if (lean.asks() == 0) return null;
                if (reply.shape() == ClientReply.Shape.DISAGREE && shortReply) {
                    // "How confident are you that you could stay off it?" "Not very.": turning down a question about
                    // change is a step away from it ("No idea." to "what would you miss?" is no answer either way)
                    if (lean.asks() < 0) return null;
                    return new TalkSignal(-1, DISAGREE_SHORT, TalkKind.ABILITY, replySpan, "turns-down-change-question",
                            "turns down the counselor's question about change " + said);
                }
                double s = contentWords(text) >= 2 ? ANSWER : ANSWER_BARE;
                return lean.asks() > 0
                        ? new TalkSignal(+1, s, TalkKind.REASON, all, "answers-change-question", "answers a question about the costs of the behaviour or the hopes for change")
                        : new TalkSignal(-1, s, TalkKind.REASON, all, "answers-benefits-question", "answers a question about what the behaviour gives them");
            }
            case PROGRESS -> {
                // "How's the walking going?" "Not great.": the step went nowhere; "Better.", "Good, three times.": it went.
                // Any other report is read by its own words (it may go either way)
                if (reply.shape() == ClientReply.Shape.DISAGREE && shortReply) {
                    return new TalkSignal(-1, DISAGREE_SHORT, TalkKind.TAKING_STEPS, replySpan, "turns-down-progress-question",
                            "says the step the counselor asked about " + said + " did not go");
                }
                Span went = shortAnswers.wentWell(text);
                if (went == null || ownDecides) return null;
                return new TalkSignal(+1, ANSWER, TalkKind.TAKING_STEPS, went, "reports-progress",
                        "says the step the counselor asked about " + said + " went well");
            }
            case BACKCHANNEL -> {
                if (clientBefore == null || ownDecides) return null;
                double before = 0;
                for (List<TalkSignal> ss : signals.of(clientBefore, false)) for (TalkSignal s : ss) before += s.direction() * s.strength();
                if (Math.abs(before) < THRESHOLD) return null;
                int d = (int) Math.signum(before);
                return new TalkSignal(d, GOES_ON, TalkKind.REASON, all, "goes-on",
                        "goes on with what they were saying, " + (d > 0 ? "toward change" : "for the status quo"));
            }
            default -> {
                return null;
            }
        }
    }

    /**
     * A counselor statement with no lean of its own that says back the client's previous turn ("Three weeks.", "Kitchen
     * first.", "Half the rice at night.") leans where that turn did: a "Yeah." to it agrees with the client's own
     * step or reason. Read only for short replies, and only when the statement shares a content word with that turn.
     */
    private CounselorLean.Lean echoed(CounselorLean.Lean lean, Text counselor, Text clientBefore) {
        if (clientBefore == null || counselor == null || lean.move() != CounselorLean.Move.STATEMENT
                || Math.abs(lean.direction()) >= LEAN_MIN || !sharesContent(counselor, clientBefore)) {
            return lean;
        }
        double before = 0;
        TalkKind kind = TalkKind.REASON;
        double strongest = 0;
        for (List<TalkSignal> ss : signals.of(clientBefore, false)) {
            for (TalkSignal s : ss) {
                before += s.direction() * s.strength();
                if (s.strength() > strongest) {
                    strongest = s.strength();
                    kind = s.kind();
                }
            }
        }
        if (Math.abs(before) < ECHO_MIN) return lean;
        return new CounselorLean.Lean(CounselorLean.Move.STATEMENT, Math.max(-2, Math.min(2, before)), lean.negated(), counselor.raw.strip(), 0, kind);
    }

    /**
     * A reflection with no lean of its own ("the days don't have the shape they used to", "and the guilt piles up at
     * night") leans where the client turn it reflects was coded: MITI's reflection takes up what the client said, so
     * a bare agreement with it sides with the client's own talk. As strong as a counselor frame (REFLECTED_LEAN), so a
     * plain "Yeah." to it is clear; a reflection that leans by its own words keeps its lean (a complex reflection may
     * add the other side), and a neutral turn reflected gives no lean.
     */
    private static CounselorLean.Lean reflectedTalk(CounselorLean.Lean lean, Text counselor, ClientCoding reflected) {
        if (reflected == null || counselor == null || reflected.talk() == Talk.NEUTRAL || lean.move() != CounselorLean.Move.STATEMENT
                || Math.abs(lean.direction()) >= LEAN_MIN) {
            return lean;
        }
        double d = reflected.talk() == Talk.CHANGE ? REFLECTED_LEAN : -REFLECTED_LEAN;
        return new CounselorLean.Lean(CounselorLean.Move.STATEMENT, d, lean.negated(), counselor.raw.strip(), 0,
                reflected.kind() == null ? TalkKind.REASON : reflected.kind());
    }

    /** The rule named when a short reply agrees with a reflection that carries the client's own talk. */
    static final String AGREES_WITH_REFLECTION = "agrees-with-reflected-talk";

    /** How far a reflection leans from the talk it reflects: CLEAR_LEAN, so a bare agreement with it is clear. */
    private static final double REFLECTED_LEAN = CLEAR_LEAN;

    /** Whether the counselor's turn uses a content word of the client's turn. */
    private boolean sharesContent(Text counselor, Text client) {
        for (String w : counselor.words) {
            if (stop.contains(w) || filler.contains(w) || !Character.isLetterOrDigit(w.charAt(0))) continue;
            if (client.words.contains(w)) return true;
        }
        return false;
    }

    /** "Maybe.", "I guess.", "Kind of.": agreement, held back. */
    private boolean hedged(Text text, ClientReply.Reply reply) {
        if (reply.span() == null) return false;
        for (int i = 0; i < text.words.size() && text.wordStart[i] < reply.span().end(); i++) {
            if (hedges.contains(text.words.get(i))) return true;
        }
        return false;
    }

    /** Character offset of the last "but"/"though" in a sentence, or -1. */
    private int lastContrast(Text text, Text.Sentence sentence) {
        for (int i = sentence.to() - 2; i > sentence.from(); i--) {
            if (contrast.contains(text.words.get(i))) return text.wordStart[i];
        }
        return -1;
    }

    private int contentWords(Text text) {
        int content = 0;
        for (String w : text.words) {
            if (!stop.contains(w) && !filler.contains(w) && Character.isLetterOrDigit(w.charAt(0))) content++;
        }
        return content;
    }
}
