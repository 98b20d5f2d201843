package org.changetalk.practice;

import org.changetalk.scenario.model.Phrase;
import org.changetalk.scenario.model.Terms;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A reflection that puts another member of the same kind of fact where the client's story has one: "so it was your
 * sister's death that started it" when it was her brother Michael, "so it's your son who's having the baby" when it is
 * her daughter, "off it nine weeks" when it is nine months, "mornings only" when it is evenings. A real client says
 * the right fact back and goes on on that topic ("My brother Michael. Not my sister. When my brother Michael died I
 * couldn't breathe."), where a bare "I wouldn't say that" or "Yes, that's right" taught the trainee nothing.
 * <p>
 * The claim and the story are tied by what happened (the claim's other content words, "death", "booked", "baby", with
 * the forms of one happening in fact-swaps.txt): the story must say it of another member of the same kind and never
 * of the member claimed, so an accurate reflection, or one about a person the story does not tie to that happening
 * either way, is never corrected. A claim with no such word ("so now it's mornings only") is set against the
 * persona's facts about their use. Kinds, members and words are data (fact-swaps.txt).
 */
final class FactSwap {
    /** What the client says back: the stock line's values, and why, for the explanation. */
    record Swap(Map<String, String> values, String why) {
    }

    /** One mention of a member in a sentence: its kind, which member ({@code id}) and how it was said. */
    private record Mention(String kind, String id, String surface) {
    }

    /** A sentence the client said or would say (or the author says of them), read once. */
    private record Evidence(String text, boolean firstPerson, Set<String> anchors, List<Mention> mentions, boolean opens, String line,
                            Set<String> lineAnchors, List<Mention> lineMentions, boolean ownDoing) {
        boolean has(String kind, String id) {
            return mentions.stream().anyMatch(m -> same(m, kind, id));
        }

        /** Whether the passage the sentence is in names the member ("Ana, my daughter… I gave her my word"). */
        boolean lineHas(String kind, String id) {
            return lineMentions.stream().anyMatch(m -> same(m, kind, id));
        }

        private static boolean same(Mention m, String kind, String id) {
            return span(m.kind()).equals(span(kind)) && m.id().equals(id);
        }
    }

    /** "Two years ago" and "two years since" give one span of time: compared as one kind. */
    private static String span(String kind) {
        return kind.equals("ago") ? "duration" : kind;
    }

    private static final String FILE = "fact-swaps.txt";
    private static final Pattern SENTENCE = Pattern.compile("(?<=[.!?;])\\s+|\\s+-+\\s+");
    private static final Pattern OPEN = Pattern.compile(
            "^\\W*(how|hows|how's|what|whats|what's|where|when|who|why|which|tell me)\\b", Pattern.CASE_INSENSITIVE);
    private static final Pattern ASKED = Pattern.compile(
            "^\\W*(do|does|did|is|are|was|were|have|has|had|can|could|would|will|r u)\\b", Pattern.CASE_INSENSITIVE);
    /** "Dr." and the like: their stop ends no sentence (compiled once; each reading of a line used to compile it). */
    private static final Pattern TITLE_STOP = Pattern.compile("\\b(Dr|Mr|Mrs|Ms|St)\\.");
    private static final Pattern DIGITS = Pattern.compile("\\d+");
    /**
     * How many of the client's lines {@link #saidRead} keeps. The lines a client says are the story's own (the same
     * few hundred in every session of a conversation), so this is never reached in practice; it only bounds what a
     * stream of unforeseen lines could make it hold.
     */
    private static final int MOST_LINES_KEPT = 4096;
    /**
     * The word lists of fact-swaps.txt, read once: they are the program's, while a {@code FactSwap} is one
     * conversation's (each conversation used to parse the file again).
     */
    private record Lists(Map<String, Mention> words, Map<String, String> same, Set<String> generic,
                         Map<String, Integer> numbers, Map<String, Integer> units, Pattern notAClaim, Pattern habitClaim,
                         Set<String> yours, Set<String> negators, Set<String> habitKinds, Set<String> tiedKinds,
                         Set<String> placeLead, Set<String> ownWords, Set<String> you, Set<String> pronouns, Pattern hedge) {
        static Lists read() {
            Map<String, Mention> words = new HashMap<>();
            Map<String, String> same = new HashMap<>();
            Set<String> generic = new HashSet<>();
            Map<String, Integer> numbers = new HashMap<>();
            Map<String, Integer> units = new HashMap<>();
            Set<String> yours = new HashSet<>();
            Set<String> negators = new HashSet<>();
            Set<String> kinds = new HashSet<>();
            Set<String> habitKinds = new HashSet<>();
            Set<String> tiedKinds = new HashSet<>();
            Set<String> placeLead = new HashSet<>();
            Set<String> ownWords = new HashSet<>();
            Set<String> you = new HashSet<>();
            Set<String> pronouns = new HashSet<>();
            Pattern not = null;
            Pattern habitOnly = null;
            Pattern hedge = null;
            for (KeyedLine line : KeyedLine.read(FILE, "'kind: words'")) {
                String[] ws = line.value().toLowerCase(Locale.ROOT).split("\\s+");
                if (kinds.contains(line.key())) {
                    // (a member of a kind of fact: "kin: sister sisters", "substance: meth tina crystal")
                    for (String w : ws) {
                        words.put(w, new Mention(line.key(), ws[0], w));
                    }
                    continue;
                }
                switch (line.key()) {
                    case "kinds" -> kinds.addAll(List.of(ws));
                    case "habit-kinds" -> habitKinds.addAll(List.of(ws));
                    case "tied-kinds" -> tiedKinds.addAll(List.of(ws));
                    case "place-lead" -> placeLead.addAll(List.of(ws));
                    case "own-words" -> ownWords.addAll(List.of(ws));
                    case "you" -> you.addAll(List.of(ws));
                    case "pronouns" -> pronouns.addAll(List.of(ws));
                    case "same" -> {
                        for (String w : ws) {
                            same.put(w, ws[0]);
                            same.putIfAbsent(Terms.stem(w), ws[0]); // ("booking" is "booked")
                        }
                    }
                    case "generic" -> generic.addAll(List.of(ws));
                    case "yours" -> yours.addAll(List.of(ws));
                    case "negator" -> negators.addAll(List.of(ws));
                    case "unit" -> {
                        // "unit: month months =30": the words of a unit of time and its length in days
                        int days = Integer.parseInt(ws[ws.length - 1].replace("=", ""));
                        for (int i = 0; i < ws.length - 1; i++) {
                            units.put(ws[i], days);
                        }
                    }
                    case "number" -> {
                        for (String pair : ws) {
                            String[] kv = pair.split("=", 2);
                            if (kv.length != 2) {
                                throw new IllegalStateException(line.where() + ": expected word=value, got '" + pair + "'");
                            }
                            numbers.put(kv[0], Integer.parseInt(kv[1]));
                        }
                    }
                    case "not-a-claim" -> not = Pattern.compile(line.value(), Pattern.CASE_INSENSITIVE);
                    case "habit-claim" -> habitOnly = Pattern.compile(line.value(), Pattern.CASE_INSENSITIVE);
                    case "hedge" -> hedge = Pattern.compile(line.value(), Pattern.CASE_INSENSITIVE);
                    default -> throw new IllegalStateException(line.where() + ": unknown kind '" + line.key() + "'");
                }
            }
            if (not == null || habitOnly == null || hedge == null || words.isEmpty() || units.isEmpty() || yours.isEmpty() || negators.isEmpty()
                    || !kinds.contains("kin") || !kinds.contains("time") || habitKinds.isEmpty() || ownWords.isEmpty() || you.isEmpty() || pronouns.isEmpty()) {
                throw new IllegalStateException(FILE + ": needs kinds (kin and time among them), members, habit-kinds, unit, "
                        + "yours, negator, own-words, not-a-claim and habit-claim lines");
            }
            // (unmodifiable views keep the maps' own order, which the name patterns are built in)
            return new Lists(Collections.unmodifiableMap(words), Collections.unmodifiableMap(same),
                    Collections.unmodifiableSet(generic), Collections.unmodifiableMap(numbers),
                    Collections.unmodifiableMap(units), not, habitOnly, Set.copyOf(yours), Set.copyOf(negators),
                    Set.copyOf(habitKinds), Set.copyOf(tiedKinds), Set.copyOf(placeLead), Set.copyOf(ownWords), Set.copyOf(you), Set.copyOf(pronouns), hedge);
        }
    }

    private static final Lists LISTS = Lists.read();

    /** Member word → its kind and member id (the member line's first word). */
    private final Map<String, Mention> words = LISTS.words();
    private final Map<String, String> same = LISTS.same();
    private final Set<String> generic = LISTS.generic();
    private final Map<String, Integer> numbers = LISTS.numbers();
    private final Map<String, Integer> units = LISTS.units();
    private final Pattern notAClaim = LISTS.notAClaim();
    /** A claim about when or what of the habit itself ("now it's mornings only"), set against the use facts. */
    private final Pattern habitClaim = LISTS.habitClaim();
    /** Lower-cased name → the kin member it was introduced with ("michael" → brother), or its own ("name:bev"). */
    private final Map<String, String> names = new HashMap<>();
    /** Kin member → the name introduced with it, as written ("brother" → "Michael"). */
    private final Map<String, String> nameOf = new HashMap<>();
    private final List<Evidence> told = new ArrayList<>();
    /** The author's text, background and story, where names are learnt. */
    private final List<String> texts;
    private final List<Evidence> use = new ArrayList<>();
    /**
     * The client's lines already read ({@link #readSaid}), shared by every session of this conversation: a line reads
     * the same whoever says it, so sharing changes no answer.
     */
    private final Map<String, List<Evidence>> saidRead = new java.util.concurrent.ConcurrentHashMap<>();
    /** Content word → how many sentences of the author's text use it: a tie by a word used everywhere is no tie. */
    private final Map<String, Integer> spread = new HashMap<>();

    /**
     * @param story      the persona's first-person lines (facts and beats but discord)
     * @param background the author's third-person account (background, set, setting)
     * @param useSummary the author's account of their use (persona.drug; never said back), may be empty
     * @param useStory   the persona's facts about their use, in their words
     * @param topics     the persona's topics as their words ("hannah": hannah, wife): a name and a relation in one
     *                   topic are one person
     */
    FactSwap(List<String> story, List<String> background, String useSummary, List<String> useStory, Map<String, List<String>> topics) {
        List<String> all = new ArrayList<>(background);
        all.addAll(story);
        texts = all;
        learnNames(all);
        for (List<String> phrases : topics.values()) {
            List<String> kinWords = phrases.stream().filter(w -> words.containsKey(w) && words.get(w).kind().equals("kin")).toList();
            // (only a topic of one relation: "family: mom, dad, Mateo" says nothing of who Mateo is)
            if (kinWords.stream().map(w -> words.get(w).id()).distinct().count() != 1) {
                continue;
            }
            Optional<String> kinWord = Optional.of(kinWords.get(0));
            for (String w : phrases) {
                if (!words.containsKey(w) && w.matches("\\p{L}+")) {
                    all.stream().map(t -> nameAsWritten(t, w)).filter(n -> Character.isUpperCase(n.charAt(0))
                            && all.stream().anyMatch(t -> t.contains(n))).findFirst().ifPresent(n -> link(n, kinWord.get(), true));
                }
            }
        }
        for (String line : all) {
            for (String sentence : SENTENCE.split(line)) {
                anchors(Phrase.wordsOf(sentence)).forEach(a -> spread.merge(a, 1, Integer::sum));
            }
        }
        for (String line : story) {
            read(line, true, told);
        }
        for (String line : background) {
            read(line, false, told);
        }
        read(useSummary, false, use);
        for (String line : useStory) {
            read(line, true, use);
        }
    }

    /**
     * The first member of a claim in the turn that the story gives to another member of its kind. {@code said}: what
     * the client said this session (first person, and it counts first); {@code saidAlready}: whether a sentence was said,
     * so the line that goes on with the topic is a new one.
     */
    Optional<Swap> of(String text, Collection<String> said, Predicate<String> saidAlready) {
        List<Evidence> session = new ArrayList<>();
        for (String line : said) {
            session.addAll(readSaid(line));
        }
        for (String sentence : SENTENCE.split(TITLE_STOP.matcher(text).replaceAll("$1"))) {
            String s = sentence.strip();
            if (s.isEmpty() || OPEN.matcher(s).find() || ASKED.matcher(s).find() && s.endsWith("?")) {
                continue; // ("Did your dad smoke?" asks; "So your sister booked it?" checks a claim, and is read)
            }
            List<String> ws = Phrase.wordsOf(s);
            List<Mention> claimed = mentions(s, ws, true);
            if (claimed.isEmpty()) {
                continue;
            }
            Set<String> anchors = anchors(ws);
            for (Mention x : claimed) {
                Optional<Swap> swap = swap(s, x, claimed, anchors, session, saidAlready);
                if (swap.isPresent()) {
                    return swap;
                }
            }
        }
        return Optional.empty();
    }

    private Optional<Swap> swap(String text, Mention x, List<Mention> claimed, Set<String> anchors, List<Evidence> session,
                                Predicate<String> saidAlready) {
        boolean habit = false;
        boolean specific = false;
        // (a person, or a place, is tied to the story by what happened: "your son who's expecting", "in the library")
        if (x.kind().equals("kin") || LISTS.tiedKinds().contains(x.kind())) {
            if (anchors.isEmpty()) {
                return Optional.empty();
            }
        } else {
            // A time, a count of weeks or a drink is tied to a story only by a named happening ("off it", "died",
            // "moved out"): "three weeks of hurting" or "Saturday was a bad night" shares words with too much. Without
            // one, a drink or a game, or a time that restricts the habit ("now it's mornings only"), is read against
            // the use facts; "nights are the hardest" guesses at a feeling and is left alone.
            // A count or a time the client's story holds anywhere is theirs ("seven weeks" told as "seven weeks ago").
            // (Not a time of day: mornings and nights come up in any story.)
            if (!x.kind().equals("time") && mentionedAnywhere(x, session)) {
                return Optional.empty();
            }
            Set<String> happenings = new HashSet<>(anchors);
            happenings.retainAll(same.values());
            // ("one night", "that night": a time of day is only read as when the habit happens, never by a happening)
            if (!happenings.isEmpty() && !x.kind().equals("time")) {
                anchors = happenings;
            } else if (LISTS.habitKinds().contains(x.kind()) || x.kind().equals("time") && habitClaim.matcher(text).find()) {
                habit = true;
                anchors = Set.of();
            } else if (span(x.kind()).equals("duration") && !anchors.isEmpty() && !LISTS.hedge().matcher(text).find()) {
                // "on methadone about nine months": a span of something the story seldom names is tied by that word
                // alone (below, only a word as rare as a happening ties it)
                specific = true;
            } else {
                return Optional.empty();
            }
        }
        List<Evidence> pool = new ArrayList<>(session);
        pool.addAll(habit ? use : told);
        // (one shared word when the claim has two or fewer, "your sister's death" and "after Michael died")
        int need = anchors.size() <= 2 ? 1 : 2;
        for (Evidence e : pool) {
            if (e.has(x.kind(), x.id()) && (habit || shared(e, anchors) >= 1)) {
                return Optional.empty(); // the story says it of the member claimed: no swap
            }
            // ("Ana, my daughter, she's having a baby. … I gave her my word": the passage that names the member and
            // goes on about them with "her", says what happened of the member claimed too.)
            if (!habit && e.lineHas(x.kind(), x.id()) && e.lineAnchors().stream().anyMatch(anchors::contains)) {
                return Optional.empty();
            }
        }
        // A count of time or a time of day claimed of the client is set only against what the client did: "Lourdes quit
        // ten years back" is his wife's span, not his ("you quit for three years" is answered with his eight months).
        boolean yours = !x.kind().equals("kin") && Phrase.wordsOf(text).stream().anyMatch(LISTS.you()::contains);
        Set<String> otherClaimed = new HashSet<>();
        claimed.forEach(m -> otherClaimed.add(m.kind() + "/" + m.id()));
        // The member the story ties to the happening most often ("the baby" comes up with her daughter in five
        // sentences and with his wife moving the sewing machine in one), then its sentence sharing most of it.
        Map<String, Long> votes = new LinkedHashMap<>();
        Map<String, Evidence> where = new HashMap<>();
        Map<String, Mention> who = new HashMap<>();
        for (Evidence e : pool) {
            // (the habit as the client keeps it, "Evenings only, nothing before six", outweighs a lapse told in passing)
            long n = habit ? habitClaim.matcher(e.text()).find() ? 10 : 1 : shared(e, anchors);
            if (!habit && (n < need || (x.kind().equals("kin") || LISTS.tiedKinds().contains(x.kind()) || specific) && n == 1 && !telling(e, anchors)) || yours && !e.ownDoing()) {
                continue;
            }
            for (Mention y : e.mentions()) {
                String key = y.kind() + "/" + y.id();
                if (span(y.kind()).equals(span(x.kind())) && !y.id().equals(x.id()) && !otherClaimed.contains(key)) {
                    votes.merge(key, n, Long::sum);
                    if (!where.containsKey(key) || shared(where.get(key), anchors) < n) {
                        where.put(key, e);
                        who.put(key, y);
                    }
                }
            }
        }
        Evidence best = null;
        Mention right = null;
        long most = 0;
        for (Map.Entry<String, Long> v : votes.entrySet()) {
            if (v.getValue() > most) {
                most = v.getValue();
                best = where.get(v.getKey());
                right = who.get(v.getKey());
            }
        }
        if (best != null) {
            Evidence e = best;
            Mention y = right;
            String actual = said(y);
            String line = e.firstPerson() && e.opens() && !saidAlready.test(e.text()) && Phrase.wordsOf(e.text()).size() >= MIN_WORDS
                    && !session.contains(e) ? e.text() : goOn(y, anchors, session, saidAlready).orElse("");
            Map<String, String> values = new LinkedHashMap<>();
            values.put("Actual", Character.toUpperCase(actual.charAt(0)) + actual.substring(1));
            values.put("actual", actual);
            values.put("claimed", claimedAs(x));
            values.put("line", line.isBlank() ? "" : Voice.withStop(line.strip()));
            return Optional.of(new Swap(values, "the reflection says " + claimedAs(x) + "; the client's story says "
                    + actual + (habit ? " (their use)" : " (" + String.join(", ", new java.util.TreeSet<>(anchors)) + ")")));
        }
        return Optional.empty();
    }

    /**
     * Whether the one word a claim shares with a sentence ties them to the same happening: a named happening ("died",
     * "wedding", "off it") or a word the story seldom uses ("sanction"); "gave" in "you gave your daughter your word"
     * and "my cousin said it gave him dreams" is no tie.
     */
    private boolean telling(Evidence e, Set<String> anchors) {
        for (String a : anchors) {
            if (e.anchors().contains(a) && (same.containsValue(a) || spread.getOrDefault(a, 0) <= RARE)) {
                return true;
            }
        }
        return false;
    }

    /** A word in at most this many sentences of the persona's story is specific enough to tie a claim by itself. */
    private static final int RARE = 2;

    private boolean mentionedAnywhere(Mention x, List<Evidence> session) {
        String kind = x.kind().equals("ago") ? "duration" : x.kind();
        for (List<Evidence> pool : List.of(session, told, use)) {
            for (Evidence e : pool) {
                for (Mention m : e.mentions()) {
                    if ((m.kind().equals("ago") ? "duration" : m.kind()).equals(kind) && m.id().equals(x.id())) {
                        return true;
                    }
                }
            }
        }
        return false;
    }

    /** A first-person sentence of the story on the right member and the same happening, not said yet: the talk goes on there. */
    private Optional<String> goOn(Mention y, Set<String> anchors, List<Evidence> session, Predicate<String> saidAlready) {
        Optional<String> best = Optional.empty();
        int bestScore = -1;
        for (Evidence e : told) {
            // (a line's opening sentence, which stands on its own: "Bev and me said that after the hallway." cut from
            // the middle of its line does not; a short line is said whole)
            if (!e.firstPerson() || !e.opens() || !e.has(y.kind(), y.id()) || saidAlready.test(e.text())
                    || Phrase.wordsOf(e.text()).size() < MIN_WORDS || !STANDS_ALONE.matcher(e.text()).find()
                    || session.stream().anyMatch(s -> s.text().equals(e.text()))) {
                continue;
            }
            String say = Phrase.wordsOf(e.line()).size() <= WHOLE_LINE ? e.line() : e.text();
            // the same happening, by name first ("Jess is my roommate…", not a line about another friend); a line that
            // only names them ("I'm taking one thing: nine months is mine…", a closing) is no going on, and nothing is said
            String name = y.kind().equals("kin") ? nameOf.get(y.id()) : null;
            int score = 2 * (int) Math.min(1, shared(e, anchors))
                    + (name != null && e.text().toLowerCase(Locale.ROOT).contains(name.toLowerCase(Locale.ROOT)) ? 1 : 0);
            if (score >= 2 && score > bestScore) {
                best = Optional.of(say);
                bestScore = score;
            }
        }
        return best;
    }

    private static final int MIN_WORDS = 6;
    /** A line this short is said whole after the correction, not cut to its first sentence. */
    private static final int WHOLE_LINE = 24;
    /** A sentence with a subject of its own ("He rang me every Sunday", "My brother…", "Jamie's…"). */
    private static final Pattern STANDS_ALONE = Pattern.compile("^\\W*(i|i'm|i'd|i've|my|he|she|they|we|he's|she's|\\p{Lu}\\p{L}+'s|\\p{Lu}\\p{L}+ (is|was|has|had|and))\\b",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

    private static long shared(Evidence e, Set<String> anchors) {
        return anchors.stream().filter(e.anchors()::contains).count();
    }

    /** "my brother Michael", "Marisol", "nine months", "evenings": the right fact as the client says it. */
    private String said(Mention y) {
        if (!y.kind().equals("kin")) {
            return y.surface();
        }
        if (y.id().startsWith("name:")) {
            return y.surface();
        }
        String name = nameOf.get(y.id());
        String kin = words.containsKey(y.surface()) ? y.surface() : y.id();
        return "my " + kin + (name == null ? "" : " " + name);
    }

    private static String claimedAs(Mention x) {
        return x.kind().equals("kin") && !x.id().startsWith("name:") && Character.isLowerCase(x.surface().charAt(0))
                ? "my " + x.surface() : x.surface();
    }

    // ------------------------------------------------------------------ reading

    /**
     * What {@link #read} makes of a line the client said, from {@link #saidRead} when this conversation read it
     * before. Why: every turn of a session read every line said so far again (a session's cost grew with the square
     * of its length, 13–15 % of a practice turn's CPU on the server), while a line reads the same every time.
     */
    private List<Evidence> readSaid(String line) {
        List<Evidence> known = saidRead.get(line);
        if (known != null) {
            return known;
        }
        List<Evidence> read = new ArrayList<>();
        read(line, true, read);
        List<Evidence> out = List.copyOf(read);
        if (saidRead.size() < MOST_LINES_KEPT) {
            saidRead.putIfAbsent(line, out);
        }
        return out;
    }

    private void read(String line, boolean firstPerson, List<Evidence> into) {
        List<String> sentences = new ArrayList<>();
        Set<String> lineAnchors = new HashSet<>();
        List<Mention> lineMentions = new ArrayList<>();
        for (String sentence : SENTENCE.split(TITLE_STOP.matcher(line).replaceAll("$1"))) {
            String s = sentence.strip();
            if (!s.isEmpty()) {
                List<String> ws = Phrase.wordsOf(s);
                sentences.add(s);
                List<Mention> ms = mentions(s, ws, false);
                lineMentions.addAll(ms);
                // (a sentence that names nobody and refers back with "her", "he", "they" goes on about who the
                // passage named: its happening is theirs)
                if (ms.isEmpty() && ws.stream().anyMatch(LISTS.pronouns()::contains)) {
                    lineAnchors.addAll(anchors(ws));
                }
            }
        }
        boolean first = true;
        for (String s : sentences) {
            List<String> ws = Phrase.wordsOf(s);
            List<Mention> ms = mentions(s, ws, false);
            if (!ms.isEmpty()) {
                // (the client's own doing: said in the first person, or naming nobody else)
                boolean own = firstPerson && ws.stream().anyMatch(LISTS.ownWords()::contains)
                        || ms.stream().noneMatch(m -> m.kind().equals("kin"));
                into.add(new Evidence(s, firstPerson, anchors(ws), ms, first, line, Set.copyOf(lineAnchors),
                        List.copyOf(lineMentions), own));
            }
            first = false;
        }
    }

    /**
     * The members a sentence mentions. In a claim, a relative only as the client's ("your sister"), and nothing denied
     * ("not your sister") or wished, feared or supposed ("if your sister found out").
     */
    private List<Mention> mentions(String s, List<String> ws, boolean claim) {
        List<Mention> out = new ArrayList<>();
        for (int i = 0; i < ws.size(); i++) {
            String w = withoutPossessive(ws.get(i));
            Mention m = null;
            Mention member = words.get(w);
            if (member != null) {
                boolean yours = i > 0 && LISTS.yours().contains(ws.get(i - 1)) || i > 1 && LISTS.yours().contains(ws.get(i - 2));
                if (!claim || !member.kind().equals("kin") || yours) {
                    m = new Mention(member.kind(), member.id(), w);
                }
            } else if (names.containsKey(w) && !Terms.isStop(w)) {
                m = new Mention("kin", names.get(w), nameAsWritten(s, w));
            } else {
                Optional<Span> span = spanAt(ws, i);
                if (span.isPresent()) {
                    m = new Mention("duration", span.get().days() + " days", span.get().said());
                }
            }
            if (m == null) {
                continue;
            }
            if (claim && LISTS.tiedKinds().contains(m.kind()) && !m.kind().equals("kin")
                    && ws.subList(Math.max(0, i - 3), i).stream().noneMatch(LISTS.placeLead()::contains)) {
                continue; // a place is claimed as where it happened ("in the library"), not named in passing
            }
            if (m.kind().equals("duration") && i + 1 < ws.size() && ws.get(i + 1).equals("ago")) {
                // "two years ago" is when it happened, "two years" how long: each compared with its own kind
                m = new Mention("ago", m.id(), m.surface() + " ago");
            }
            if (claim && (negated(ws, i) || supposed(ws, i))) {
                continue;
            }
            out.add(m);
        }
        return out;
    }

    /** A span of time as said ("nine months", "twenty-five years", "a year and a half") and its length in days. */
    record Span(int days, String said) {
    }

    /**
     * The span of time whose unit is word {@code i} of these words, if a number comes before it: in days, so "a year
     * and a half" and "eighteen months" are one span and "nine months" another. A number written with a hyphen
     * ("twenty-five", "sixty-one") is the sum of its parts.
     */
    static Optional<Span> spanAt(List<String> ws, int i) {
        Integer unit = LISTS.units().get(ws.get(i));
        if (unit == null || i == 0) {
            return Optional.empty();
        }
        String n = ws.get(i - 1);
        OptionalInt value = numberOf(n);
        if (value.isEmpty()) {
            return Optional.empty();
        }
        int days = value.getAsInt() * unit;
        String said = n + " " + ws.get(i);
        if (i + 3 < ws.size() && ws.get(i + 1).equals("and") && ws.get(i + 2).equals("a") && ws.get(i + 3).equals("half")) {
            days += unit / 2;
            said += " and a half";
        }
        return Optional.of(new Span(days, said));
    }

    /** A number as written, for another check of claims (TakenFurther); "a" and "an" count as no number there. */
    static OptionalInt number(String n) {
        return n.equals("a") || n.equals("an") ? OptionalInt.empty() : numberOf(n);
    }

    /** A number as written: digits, a number word of fact-swaps.txt, or two joined by a hyphen ("twenty-five"). */
    private static OptionalInt numberOf(String n) {
        if (DIGITS.matcher(n).matches() && n.length() < 6) {
            return OptionalInt.of(Integer.parseInt(n));
        }
        Integer word = LISTS.numbers().get(n);
        if (word != null) {
            return OptionalInt.of(word);
        }
        String[] parts = n.split("-", 2);
        if (parts.length == 2 && LISTS.numbers().containsKey(parts[0]) && LISTS.numbers().containsKey(parts[1])) {
            return OptionalInt.of(LISTS.numbers().get(parts[0]) + LISTS.numbers().get(parts[1]));
        }
        return OptionalInt.empty();
    }

    /** The member of a kind of fact a word names ("benzos" is the substance benzos), if it names one. */
    static Optional<String> member(String kind, String word) {
        Mention m = LISTS.words().get(word.toLowerCase(Locale.ROOT));
        return m != null && m.kind().equals(kind) ? Optional.of(m.id()) : Optional.empty();
    }

    /** The word without a final "'s" or "’s" (a word here is one token: nothing follows the "s"). */
    private static String withoutPossessive(String w) {
        return w.endsWith("'s") || w.endsWith("’s") ? w.substring(0, w.length() - 2) : w;
    }

    private static boolean negated(List<String> ws, int at) {
        for (int j = Math.max(0, at - 3); j < at; j++) {
            if (LISTS.negators().contains(ws.get(j))) {
                return true;
            }
        }
        return false;
    }

    private boolean supposed(List<String> ws, int at) {
        return notAClaim.matcher(String.join(" ", ws.subList(Math.max(0, at - 6), at))).find();
    }

    /** What a sentence says happened: its content words (one happening's forms as one), members and generic words left out. */
    private Set<String> anchors(List<String> ws) {
        Set<String> out = new HashSet<>();
        for (int i = 0; i < ws.size(); i++) {
            String w = withoutPossessive(ws.get(i));
            if (same.containsKey(w)) {
                out.add(same.get(w));
                continue;
            }
            if (words.containsKey(w) || names.containsKey(w) || units.containsKey(w) || numbers.containsKey(w)
                    || generic.contains(w) || LISTS.yours().contains(w)) {
                continue;
            }
            for (String t : Terms.ofWords(List.of(w))) {
                if (t.length() >= 3 && !generic.contains(t) && !DIGITS.matcher(t).matches()) {
                    out.add(same.getOrDefault(t, t));
                }
            }
        }
        return out;
    }

    // ------------------------------------------------------------------ names

    /**
     * Names in the author's text, each tied to the relation it is introduced with: "her younger brother Michael",
     * "son Russell, 30", "Marisol's my older sister", "Mateo, my little brother". A capitalised word never introduced
     * with a relation is left alone: "Christmas" or "Year 3" is no person to swap.
     */
    private void learnNames(List<String> texts) {
        String kin = String.join("|", words.entrySet().stream().filter(e -> e.getValue().kind().equals("kin"))
                .map(Map.Entry::getKey).sorted((a, b) -> b.length() - a.length()).toList());
        Pattern after = Pattern.compile("\\b(" + kin + "),?\\s+(\\p{Lu}\\p{L}+)\\b", Pattern.CASE_INSENSITIVE);
        Pattern before = Pattern.compile("\\b(\\p{Lu}\\p{L}+)(?:'s|’s| is|,)\\s+(?:my|her|his|their)\\s+(?:\\p{L}+\\s+)?(" + kin + ")\\b");
        for (String text : texts) {
            Matcher a = after.matcher(text);
            while (a.find()) {
                if (Character.isUpperCase(a.group(2).charAt(0))) {
                    link(a.group(2), a.group(1), false);
                }
            }
            Matcher b = before.matcher(text);
            while (b.find()) {
                link(b.group(1), b.group(2), false);
            }
        }
    }

    private void link(String name, String kinWord, boolean named) {
        String lower = name.toLowerCase(Locale.ROOT);
        // (a name comes up again, or the author's topics name them: "my mom Venmos me" once is a verb, not a person)
        if (!named && capitalisedMentions(name) < 2) {
            return;
        }
        Mention member = words.get(kinWord.toLowerCase(Locale.ROOT));
        if (member == null || words.containsKey(lower) || Terms.isStop(lower) || names.containsKey(lower)) {
            return;
        }
        names.put(lower, member.id());
        nameOf.putIfAbsent(member.id(), name);
    }

    private int capitalisedMentions(String name) {
        Pattern p = Pattern.compile("\\b" + Pattern.quote(name) + "\\b");
        int n = 0;
        for (String t : texts) {
            Matcher m = p.matcher(t);
            while (m.find()) {
                n++;
            }
        }
        return n;
    }

    private static String nameAsWritten(String sentence, String lower) {
        Matcher m = Pattern.compile("\\b" + Pattern.quote(lower) + "\\b", Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE).matcher(sentence);
        if (m.find()) {
            String w = m.group();
            return Character.toUpperCase(w.charAt(0)) + w.substring(1);
        }
        return lower;
    }
}
