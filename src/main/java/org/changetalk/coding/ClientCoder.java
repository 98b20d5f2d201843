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
    /** A turn with this many content words or fewer is a short reply ("Yeah, I guess.", "Three weeks."). */
    private static final int SHORT = 4;

    private final ClientSignals signals;
    private final CounselorLean leans;
    private final ClientReply replies;
    private final ClientConfidence confidence;
    private final Set<String> stop;
    private final Set<String> filler;

    ClientCoder(Lexicon lexicon) {
        this.signals = new ClientSignals(lexicon);
        this.leans = new CounselorLean(lexicon, signals);
        this.replies = new ClientReply(lexicon);
        this.confidence = ClientConfidence.load();
        this.stop = lexicon.set("stop");
        this.filler = lexicon.set("filler");
    }

    /** What decided a turn: its own strongest signals, the context's contribution, and the total. */
    record Weighing(double own, double context, TalkSignal change, TalkSignal sustain, TalkSignal fromContext, boolean shortReply) {
        double total() {
            return own + context;
        }
    }

    ClientCoding code(Turn turn, Text text, Text counselorBefore, Text clientBefore) {
        Weighing w = weigh(turn, text, counselorBefore, clientBefore);
        Span all = new Span(0, turn.text().length());
        double total = w.total();
        TalkSignal decided = null;
        if (total >= THRESHOLD) decided = w.change() != null ? w.change() : w.fromContext();
        else if (total <= -THRESHOLD) decided = w.sustain() != null ? w.sustain() : w.fromContext();
        else if (w.change() != null && w.sustain() != null) {
            // balanced ambivalence: MISC codes the side the client lands on last
            TalkSignal later = w.change().span().start() > w.sustain().span().start() ? w.change() : w.sustain();
            decided = Math.abs(total) >= 0.3 ? (total > 0 ? w.change() : w.sustain()) : later;
        }
        if (decided == null) {
            return new ClientCoding(turn, Talk.NEUTRAL, null, Evidence.of(all, "no-target-talk",
                    "The client does not speak for or against changing the behaviour here: neutral."),
                    confidence.of(Talk.NEUTRAL, w));
        }
        Talk talk = decided.direction() > 0 ? Talk.CHANGE : Talk.SUSTAIN;
        String side = talk == Talk.CHANGE ? "change talk" : "sustain talk";
        String kind = decided.kind().name().charAt(0) + decided.kind().name().substring(1).toLowerCase(java.util.Locale.ROOT).replace('_', ' ');
        String quoted = SentenceRules.quote(decided.span().of(turn.text()));
        return new ClientCoding(turn, talk, decided.kind(), Evidence.of(decided.span(), decided.rule(),
                quoted + " " + decided.what() + ": " + side + " (" + kind + ")."), confidence.of(talk, w));
    }

    Weighing weigh(Turn turn, Text text, Text counselorBefore, Text clientBefore) {
        double own = 0;
        TalkSignal change = null;
        TalkSignal sustain = null;
        List<List<TalkSignal>> bySentence = signals.of(text, false);
        int n = bySentence.size();
        for (int si = 0; si < n; si++) {
            double position = 1.0 + 0.3 * si / Math.max(1, n - 1);
            for (TalkSignal s : bySentence.get(si)) {
                double w = s.strength() * position;
                own += s.direction() * w;
                if (s.direction() > 0 && (change == null || w > change.strength())) change = s.withStrength(w);
                else if (s.direction() < 0 && (sustain == null || w > sustain.strength())) sustain = s.withStrength(w);
            }
        }
        boolean shortReply = contentWords(text) <= SHORT;
        TalkSignal fromContext = context(turn, text, counselorBefore, clientBefore, shortReply, own != 0);
        double context = fromContext == null ? 0 : fromContext.direction() * fromContext.strength();
        return new Weighing(own, context, change, sustain, fromContext, shortReply);
    }

    /** The context's vote, as a signal over the whole turn (or the agreeing words), or null when it has none. */
    private TalkSignal context(Turn turn, Text text, Text counselorBefore, Text clientBefore, boolean shortReply, boolean ownSignals) {
        CounselorLean.Lean lean = leans.of(counselorBefore);
        ClientReply.Reply reply = replies.of(text);
        Span all = new Span(0, turn.text().length());
        Span replySpan = reply.span() == null ? all : reply.span();
        String said = SentenceRules.quote(lean.quote());
        switch (lean.move()) {
            case STATEMENT, YES_NO -> {
                int d = (int) Math.signum(lean.direction());
                if (d == 0 || Math.abs(lean.direction()) < 1.0) return null;
                boolean agrees = reply.shape() == ClientReply.Shape.AGREE
                        || reply.shape() == ClientReply.Shape.DISAGREE && lean.negated() && lean.move() == CounselorLean.Move.STATEMENT;
                boolean disagrees = reply.shape() == ClientReply.Shape.DISAGREE && !agrees;
                if (agrees) {
                    double s = shortReply ? 1.2 : 0.6;
                    return new TalkSignal(d, s, lean.kind(), replySpan, "agrees-with-counselor",
                            "agrees with the counselor's " + (lean.move() == CounselorLean.Move.YES_NO ? "question " : "words ") + said);
                }
                if (disagrees) {
                    double s = shortReply ? 1.0 : 0.5;
                    return new TalkSignal(-d, s, lean.kind(), replySpan, "disagrees-with-counselor",
                            "turns down the counselor's " + (lean.move() == CounselorLean.Move.YES_NO ? "question " : "words ") + said);
                }
                if (ownSignals) return null;
                return new TalkSignal(d, shortReply ? 0.5 : 0.4, lean.kind(), all, "follows-counselor",
                        "goes on with what the counselor said, " + said);
            }
            case OPEN -> {
                if (lean.asks() == 0) return null;
                double s = contentWords(text) >= 2 ? 1.0 : 0.5;
                return lean.asks() > 0
                        ? new TalkSignal(+1, s, TalkKind.REASON, all, "answers-change-question", "answers a question about the costs of the behaviour or the hopes for change")
                        : new TalkSignal(-1, s, TalkKind.REASON, all, "answers-benefits-question", "answers a question about what the behaviour gives them");
            }
            case BACKCHANNEL -> {
                if (clientBefore == null || ownSignals) return null;
                double before = 0;
                for (List<TalkSignal> ss : signals.of(clientBefore, false)) for (TalkSignal s : ss) before += s.direction() * s.strength();
                if (Math.abs(before) < THRESHOLD) return null;
                int d = (int) Math.signum(before);
                return new TalkSignal(d, 0.5, TalkKind.REASON, all, "goes-on",
                        "goes on with what they were saying, " + (d > 0 ? "toward change" : "for the status quo"));
            }
            default -> {
                return null;
            }
        }
    }

    private int contentWords(Text text) {
        int content = 0;
        for (String w : text.words) {
            if (!stop.contains(w) && !filler.contains(w) && Character.isLetterOrDigit(w.charAt(0))) content++;
        }
        return content;
    }
}
