package org.changetalk.coding;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.IntConsumer;

/**
 * Codes a conversation the way a MITI 4.2.1 coder would: every counselor sentence gets one behaviour code
 * and the turn its main behaviour; every client turn is change, sustain or neutral talk. Every code carries
 * its evidence. Rule-based and offline: the lexicons load once in the constructor (a few milliseconds),
 * after which an instance is immutable and safe to share between threads.
 */
public final class Coder {
    /** How many client turns back a reflection may reach. */
    private static final int CONTEXT_TURNS = 2;
    /** At most two particles ("well", "oh", "um") before the yes itself. */
    private static final int MAX_LEAD_IN = 2;
    /** How many of a reply's first words may turn down the counselor's request for leave ("I mean, no, not really"). */
    private static final int REFUSAL_WINDOW = 5;
    /** How many of a reply's first words a negator turning the request down may come in ("No…", "I don't…"). */
    private static final int NEGATED_REFUSAL = 2;

    private final Lexicon lexicon;
    /** The lexicon's words numbered: every turn is read with it, so phrases match by number. */
    private final Vocabulary vocabulary;
    /** Takes "um", stammers and false starts out of every turn before it is read (speech transcripts). */
    private final Disfluency disfluency;
    private final Set<String> stop;
    private final Set<String> negators;
    private final Context.Asking asking;
    private final CounselorCoder counselor;
    private final ClientCoder client;
    /** Only the "advice asked for / permission given" phrases: checked on every client turn before a counselor turn. */
    private final PhraseTrie adviceRequested;
    /** The counselor asking leave to share ("Can I share…?"), and the words of a client's plain yes to it. */
    private final PhraseTrie permissionAsked;
    private final Set<String> consent;
    private final Set<String> consentLeadIn;
    private final Set<String> negatorWords;
    /** Words that turn down a request for leave ([set:permission_refusal]). */
    private final Set<String> refusal;
    /** Words of the counselor's telling in a closing question ([set:permission_offer_word]: "Want to hear?"). */
    private final Set<String> offerWords;
    private final Set<String> wh;

    /** The coder without sentence embeddings: rules and the word-level learned layer only (loads in milliseconds). */
    public Coder() {
        this(null);
    }

    /**
     * The coder that also reads the client turns its word-level layer is unsure of with sentence embeddings (null:
     * none). Used where whole sessions are coded (the `code` command, transcript imports); the embedder loads its
     * model when first needed.
     */
    public Coder(SentenceEmbedder embedder) {
        this.lexicon = Lexicon.load("lexicon.txt", "lexicon-client.txt", "lexicon-speech.txt", "lexicon-input.txt", "lexicon-stance.txt",
                "lexicon-reaction.txt", "lexicon-pressure.txt", "lexicon-content.txt");
        this.vocabulary = lexicon.vocabulary();
        this.disfluency = new Disfluency(lexicon);
        this.stop = lexicon.set("stop");
        // the client's own negations, for the counselor's contradiction check: "a week without buying" negates "buying"
        // as "didn't buy" does (a separate set so the client's talk signals keep [set:negator] as it is)
        Set<String> clientNegators = new java.util.HashSet<>(lexicon.set("negator"));
        clientNegators.addAll(lexicon.set("client_negator"));
        this.negators = Set.copyOf(clientNegators);
        this.asking = Context.Asking.of(lexicon);
        this.counselor = new CounselorCoder(lexicon, Confidence.load("confidence.txt"));
        this.client = new ClientCoder(lexicon, null, null, embedder);
        this.adviceRequested = lexicon.trie(java.util.EnumSet.of(Cue.ADVICE_REQUESTED));
        this.permissionAsked = lexicon.trie(java.util.EnumSet.of(Cue.PERMISSION_ASK));
        this.consent = lexicon.set("consent_word");
        this.consentLeadIn = lexicon.set("consent_lead_in");
        this.negatorWords = lexicon.set("negator");
        this.refusal = lexicon.set("permission_refusal");
        this.offerWords = lexicon.set("permission_offer_word");
        this.wh = lexicon.set("wh");
        lexicon.requireAllRead();
    }

    /** Codes every turn of a conversation, in order; each turn is read against the turns before it. */
    public List<CodedTurn> code(List<Turn> conversation) {
        return code(conversation, done -> { });
    }

    /**
     * The same, telling {@code coded} how many turns are done after each one: a long transcript shows its
     * progress (a web import, the `code` command at a terminal).
     */
    public List<CodedTurn> code(List<Turn> conversation, IntConsumer coded) {
        List<CodedTurn> out = new ArrayList<>(conversation.size());
        List<Text> texts = new ArrayList<>(conversation.size());
        for (Turn t : conversation) {
            Text text = read(t.text());
            out.add(codeTurn(conversation.subList(0, texts.size()), texts, t, text, reflected(out)));
            texts.add(text);
            coded.accept(out.size());
        }
        return out;
    }

    /** Codes one turn given the turns before it (oldest first). */
    public CodedTurn codeTurn(List<Turn> history, Turn turn) {
        List<Text> texts = new ArrayList<>(Math.min(history.size(), 4));
        int from = Math.max(0, history.size() - 4);
        for (int i = 0; i < from; i++) texts.add(null);
        for (int i = from; i < history.size(); i++) texts.add(read(history.get(i).text()));
        // one turn alone: the earlier turns are not coded again, so a reply reads its context from the words only
        return codeTurn(history, texts, turn, read(turn.text()), null);
    }

    /** A turn's text read once with the lexicon's words, its disfluencies taken out. */
    private Text read(String raw) {
        return disfluency.clean(Text.of(raw, vocabulary));
    }

    public CounselorCoding codeCounselor(List<Turn> history, Turn turn) {
        return (CounselorCoding) codeTurn(history, new Turn(Speaker.COUNSELOR, turn.text()));
    }

    public ClientCoding codeClient(List<Turn> history, Turn turn) {
        return (ClientCoding) codeTurn(history, new Turn(Speaker.CLIENT, turn.text()));
    }

    private CodedTurn codeTurn(List<Turn> history, List<Text> texts, Turn turn, Text text, ClientCoding reflected) {
        return switch (turn.speaker()) {
            case COUNSELOR -> counselor.code(turn, text, context(history, texts));
            // the client coder reads turns as spoken: its learned layer was fitted on them so (a refit on cleaned
            // turns would let it read them cleaned too; round 9 measured holdout client F1 0.620 → 0.617 without this)
            case CLIENT -> client.code(turn, text.spoken, spoken(lastCounselor(history, texts)), spoken(lastClient(history, texts)), reflected);
        };
    }

    /**
     * The client turn the counselor's last turn reflected, as coded: when the turns so far end client, counselor, and
     * the counselor's turn was coded a reflection, the client turn before it; otherwise null. A bare "Yeah." to a
     * reflection agrees with what the client said that the reflection took up (round 11, issue 9: in the tune sessions
     * 75 of 94 short agreements after a reflection of change talk are change talk, 39 of 56 after sustain talk are
     * sustain talk, 42 of 48 after neutral talk are neutral), which the reflection's own words often do not show.
     */
    private static ClientCoding reflected(List<CodedTurn> coded) {
        int n = coded.size();
        if (n < 2 || !(coded.get(n - 1) instanceof CounselorCoding c) || !(coded.get(n - 2) instanceof ClientCoding before)) return null;
        return c.primary().isReflection() ? before : null;
    }

    /** The client's last words before this counselor turn, and whether they asked for or allowed advice. */
    private Context context(List<Turn> history, List<Text> texts) {
        List<Text> recent = new ArrayList<>(CONTEXT_TURNS);
        boolean permission = false;
        boolean leave = false;
        int seen = 0;
        for (int i = history.size() - 1; i >= 0 && seen < CONTEXT_TURNS; i--) {
            if (history.get(i).speaker() != Speaker.CLIENT) {
                if (seen == 0 && !recent.isEmpty()) break;
                continue;
            }
            Text t = texts.get(i);
            if (t == null) break;
            recent.add(0, t);
            if (seen == 0) {
                permission = asksOrAllows(t) || i > 0 && saysYesTo(t, texts.get(i - 1));
                leave = !permission && i > 0 && doesNotRefuse(t, texts.get(i - 1));
            }
            seen++;
            if (i > 0 && history.get(i - 1).speaker() == Speaker.COUNSELOR) break;
        }
        return recent.isEmpty() ? Context.NONE : Context.of(recent, permission, leave, stop, negators, asking);
    }

    /**
     * "Can I share a couple of ways people make it safer?" — "Sure.": a short yes to the counselor's request for leave
     * gives permission, so the information that follows is not Persuade (a plain "Sure." says nothing of advice on its
     * own, so {@code ADVICE_REQUESTED} alone missed it).
     */
    private boolean saysYesTo(Text clientText, Text counselorBefore) {
        if (counselorBefore == null || clientText.words.isEmpty() || clientText.words.size() > 8
                || !startsWithConsent(clientText.words)) {
            return false;
        }
        for (String w : clientText.words) {
            if (negatorWords.contains(w)) return false; // "Sure, but not right now"
        }
        return asksPermission(counselorBefore);
    }

    /**
     * "Would it help if I went through a few options?" — "I mean, I'll listen, I don't promise anything.": a client who
     * was asked for leave and did not turn it down has given it, whatever words the reply takes (MITI 4.2.1: Persuade
     * with Permission when the counselor asked and the client agreed; round 11's judge, failure kind 4: information
     * after "Want to hear?" answered with anything but a bare "Sure" was coded Persuade and the client heard a lecture).
     * A refusal shows early in the reply ("No, not today", "I'd rather not", "Nah, I've heard it all"): a negator among
     * its first two words or a word of [set:permission_refusal] among its first five. Only when the counselor's turn asked permission.
     */
    private boolean doesNotRefuse(Text clientText, Text counselorBefore) {
        if (counselorBefore == null || clientText.words.isEmpty() || !asksPermission(counselorBefore)) return false;
        int seen = 0;
        for (int i = 0; i < clientText.words.size() && seen < REFUSAL_WINDOW; i++) {
            String w = clientText.words.get(i);
            if (!Character.isLetterOrDigit(w.charAt(0))) continue;
            // a negator only opening the reply ("No.", "I don't…", "Not really"): later it is about something else ("Water
            // between, no drinking on top")
            if (negatorWords.contains(w) && seen < NEGATED_REFUSAL || refusal.contains(w)) return false;
            seen++;
        }
        // "Why, what's wrong with what I do?": a question back puts the asking off
        return !clientText.sentences.isEmpty() && !clientText.sentences.get(0).question();
    }

    private boolean asksPermission(Text counselorBefore) {
        for (Text.Sentence s : counselorBefore.sentences) {
            if (!permissionAsked.matchAll(counselorBefore, s.from(), s.to()).isEmpty()) return true;
        }
        return offersToTell(counselorBefore);
    }

    /**
     * "Some line cooks found a couple of things useful. Want to hear?", "Would that be useful to hear?": a closing
     * question about the counselor's telling ([set:permission_offer_word]) asks leave as "Can I share…?" does, in words
     * no permission phrase lists (round 11's judge: both were answered, then the ideas were coded Persuade).
     */
    private boolean offersToTell(Text counselorBefore) {
        if (counselorBefore.sentences.isEmpty()) return false;
        Text.Sentence last = counselorBefore.sentences.get(counselorBefore.sentences.size() - 1);
        // a yes/no question ("Want to hear?"), not "What ideas do you have?" (the client's telling)
        if (!last.question() || last.to() <= last.from() || wh.contains(counselorBefore.words.get(last.from()))) return false;
        for (int i = last.from(); i < last.to(); i++) {
            if (offerWords.contains(counselorBefore.words.get(i))) return true;
        }
        return false;
    }

    /**
     * "Sure.", but also "Well, alright." and "Oh, okay, go on.": a yes often comes after a particle or two, and a trainee
     * who asked first and was told "Well, alright" was coded Persuade for the information that followed.
     */
    private boolean startsWithConsent(List<String> words) {
        for (int i = 0; i < words.size() && i <= MAX_LEAD_IN; i++) {
            if (consent.contains(words.get(i))) return true;
            if (!consentLeadIn.contains(words.get(i))) return false;
        }
        return false;
    }

    private boolean asksOrAllows(Text clientText) {
        for (Text.Sentence s : clientText.sentences) {
            if (!adviceRequested.matchAll(clientText, s.from(), s.to()).isEmpty()) return true;
        }
        return false;
    }

    /** A turn as spoken, disfluencies and all ({@link Text#spoken}), or null. */
    private static Text spoken(Text t) {
        return t == null ? null : t.spoken;
    }

    /** The client's previous turn, when only one counselor turn stands between (the client may be going on). */
    private static Text lastClient(List<Turn> history, List<Text> texts) {
        int i = history.size() - 1;
        if (i < 1 || history.get(i).speaker() != Speaker.COUNSELOR || history.get(i - 1).speaker() != Speaker.CLIENT) return null;
        return texts.get(i - 1);
    }

    private static Text lastCounselor(List<Turn> history, List<Text> texts) {
        for (int i = history.size() - 1; i >= 0; i--) {
            if (history.get(i).speaker() == Speaker.COUNSELOR) return texts.get(i);
        }
        return null;
    }
}
