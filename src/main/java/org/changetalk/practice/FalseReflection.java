package org.changetalk.practice;

import org.changetalk.scenario.model.Beat;
import org.changetalk.scenario.model.ClientTalk;
import org.changetalk.scenario.model.Conversation;
import org.changetalk.scenario.model.Fact;
import org.changetalk.scenario.model.LineIndex;
import org.changetalk.scenario.model.Phrase;
import org.changetalk.scenario.model.Terms;
import org.changetalk.scenario.model.Topics;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A reflection (or a closed check, "does Dev know?") that says what the client's story denies: someone knows
 * whom the client has not told, someone has stopped who still uses, the client has stopped who has not, someone
 * was there when the client was alone, it was easy when it was rough. The evidence is what the client said this
 * session, the persona's facts and lines (what they would say if asked) and, for who knows, the background. Each
 * kind needs the claim's own words (a person named, the day that was reflected) in the denying sentence or its
 * line, so an accurate reflection, which shares words with the story without a denial, is never corrected.
 */
final class FalseReflection {
    /** What the client says back: a stock line's key and what fills it, and why, for the explanation. */
    record Denial(String key, Map<String, String> values, String why) {
    }

    private static final Map<String, Pattern> P = load();
    /** The word lists, data (false-reflection-words.txt). */
    private static final WordSets WORDS = WordSets.read("false-reflection-words.txt", "boundary", "not-a-person", "pronouns", "wish",
            "not-a-doer");
    private static final Pattern SENTENCE = Pattern.compile("(?<=[.!?;])\\s+|\\s+-+\\s+|,\\s+(?=but\\b)");
    private static final Pattern QUESTION_KNOWS = Pattern.compile(
            "^\\W*(does|do|did|has|have|is|are)\\s+((?:[\\w.'’]+\\s+){1,3}?)(know|knows|heard|been told)\\b", Pattern.CASE_INSENSITIVE);
    private static final Set<String> BOUNDARY = WORDS.of("boundary");
    private static final Set<String> NOT_A_PERSON = WORDS.of("not-a-person");
    private static final Set<String> PRONOUNS = WORDS.of("pronouns");
    private static final Pattern BEHAVIOUR = Pattern.compile(
            "^(drinking|drink|booze|alcohol|using|use|drugs?|smoking|smoke|vaping|vape|gambling|betting|weed|pot|coke|"
            + "cocaine|meth|tina|heroin|fentanyl|dope|pills|benzos?|it|that|everything|cold|the (slots|bottle|booze|pills|drink|drugs|weed|pen|vape|app|apps))$");
    private static final Pattern OPEN_START = Pattern.compile("(?is)^\\W*(what|how|who|why|where|when|which|tell)\\b.*");
    private static final Pattern NOBODY = Pattern.compile("(?is).*\\b(nobody|no one|no-one|not a soul)\\b.*");
    private static final Pattern NOBODY_THERE = Pattern.compile("(?is).*\\b(nobody|no one|no-one) (at|in|from|on|here|there)\\b.*");
    private static final Pattern CLAUSES = Pattern.compile("(?<=[.!?;])\\s+|,\\s+(?=and\\b|but\\b)");
    private static final Pattern FOR_EVER = Pattern.compile("\\b(for good|forever|for ever|never again)\\b", Pattern.CASE_INSENSITIVE);

    private final LineIndex index;
    /** What the client would say in the first person: facts and every beat's lines but discord. */
    private final List<String> story = new ArrayList<>();
    /** What the author says of the persona in the third person (who knows, who does not). */
    private final List<String> background = new ArrayList<>();
    private final boolean stopped;
    /** The persona's facts about their use: how often they use, in their words. */
    private final List<String> useStory = new ArrayList<>();
    /** Everything the author wrote of the persona, discord lines and title included: who is in their life at all. */
    private final List<String> everyone = new ArrayList<>();
    /**
     * The substances the client uses now (fact-swaps.txt members): named in the first clause of the author's account of
     * their use, in their use facts or in the conversation's id ("marcus-cannabis-action").
     */
    private final Set<String> usesNow = new HashSet<>();

    FalseReflection(Conversation scenario, LineIndex index, boolean stopped) {
        this.index = index;
        this.stopped = stopped;
        scenario.persona().facts().forEach(f -> story.addAll(f.say()));
        scenario.persona().facts().stream().filter(f -> f.topics().contains("use")).forEach(f -> useStory.addAll(f.say()));
        for (Beat b : scenario.beats().values()) {
            if (b.talk() != ClientTalk.DISCORD) {
                story.addAll(b.say());
            }
        }
        for (String s : new String[] {scenario.persona().background(), scenario.persona().set(), scenario.persona().setting()}) {
            if (s != null) {
                background.add(s);
            }
        }
        List<String> now = new ArrayList<>(useStory);
        now.add(scenario.id().replace('-', ' '));
        if (scenario.persona().drug() != null) {
            now.add(scenario.persona().drug().split("[;.]", 2)[0]);
        }
        for (String text : now) {
            for (String w : Phrase.wordsOf(text)) {
                FactSwap.member("substance", w).or(() -> FactSwap.member("drink", w)).ifPresent(usesNow::add);
            }
        }
        everyone.addAll(story);
        everyone.addAll(background);
        scenario.beats().values().forEach(b -> everyone.addAll(b.say()));
        everyone.add(scenario.title() == null ? "" : scenario.title());
        everyone.add(scenario.summary() == null ? "" : scenario.summary());
        everyone.addAll(scenario.persona().reasons());
        everyone.addAll(scenario.persona().values());
        everyone.addAll(scenario.persona().concerns());
        scenario.persona().topics().forEach((topic, phrases) -> {
            everyone.add(topic);
            phrases.forEach(ph -> everyone.add(ph.text()));
        });
    }

    /** The persona's first-person lines (facts and every beat but discord): what the client would say if asked. */
    List<String> story() {
        return List.copyOf(story);
    }

    /** What the author says of the persona in the third person (background, set, setting). */
    List<String> background() {
        return List.copyOf(background);
    }

    /**
     * The denial of the first claim in the turn that the client's story denies. {@code use}: how much they use,
     * in their words (for "you've stopped"); {@code stoppedFor}: how long since they stopped.
     */
    Optional<Denial> of(String text, Collection<String> said, Optional<String> use,
                       java.util.function.Supplier<Optional<String>> stoppedFor) {
        List<String> firstPerson = new ArrayList<>(said);
        firstPerson.addAll(story);
        for (String sentence : SENTENCE.split(text)) {
            String s = sentence.strip();
            if (s.isEmpty() || isOpenQuestion(s)) {
                continue;
            }
            Optional<Denial> d = knows(s, said, firstPerson)
                    .or(() -> stoppedOther(s, firstPerson))
                    .or(() -> stoppedYou(s, use, stoppedFor))
                    .or(() -> company(s, firstPerson))
                    .or(() -> ease(s, firstPerson))
                    .or(() -> usedAgain(s, said, stoppedFor))
                    .or(() -> daily(s))
                    .or(() -> relative(s, said))
                    .or(() -> someoneElse(s, firstPerson))
                    .or(() -> once(s, firstPerson));
            if (d.isPresent()) {
                return d;
            }
        }
        return Optional.empty();
    }

    private static boolean isOpenQuestion(String s) {
        return s.endsWith("?") && OPEN_START.matcher(s).matches();
    }

    /** Whether one line of the persona's story says most of these terms (a claim the client would own if asked). */
    boolean inStory(List<String> claimed) {
        if (claimed.isEmpty()) {
            return false;
        }
        for (String line : story) {
            Set<String> terms = new HashSet<>(Terms.of(line));
            if (claimed.stream().filter(terms::contains).count() * 5 >= claimed.size() * 3L) {
                return true;
            }
        }
        return false;
    }

    // ------------------------------------------------------------------ who knows

    private Optional<Denial> knows(String s, Collection<String> said, List<String> firstPerson) {
        List<String> who = List.of();
        String object = "";
        Matcher q = QUESTION_KNOWS.matcher(s);
        if (q.find()) {
            who = Phrase.wordsOf(q.group(2));
            object = s.substring(q.end());
        } else {
            Matcher m = P.get("claim-knows").matcher(s);
            if (m.find() && !negatedBefore(s, m.start()) && !wished(s, m.start())) {
                who = wordsBefore(s, m.start());
                object = s.substring(m.end());
            } else {
                Matcher t = P.get("claim-told").matcher(s);
                if (t.find() && !negatedBefore(s, t.start()) && !wished(s, t.start())) {
                    who = wordsAfter(s, t.end());
                    object = s.substring(t.end());
                }
            }
        }
        // What they are said to know ("how much you drink", "about Saturday"): the denial must be about it too.
        Set<String> about = new HashSet<>(Terms.of(object));
        about.removeAll(Terms.ofWords(who));
        about.removeIf(t -> Set.of("all", "already", "everything", "thing", "stuff", "now", "yet").contains(t));
        if (who.isEmpty() || who.stream().allMatch(NOT_A_PERSON::contains)) {
            return Optional.empty();
        }
        Person p = person(who);
        if (p.isEmpty()) {
            return Optional.empty();
        }
        // Said this session that they know ("I told Maria"): the claim stands.
        for (String line : said) {
            for (String sentence : SENTENCE.split(line)) {
                if (P.get("evidence-knows").matcher(sentence).find() && !P.get("evidence-not-know").matcher(sentence).find()
                        && p.named(sentence, index)) {
                    return Optional.empty();
                }
            }
        }
        // The story or the author says they know ("Callum found out in March", "Callum knows everything"): then "I
        // haven't told Callum" is about something else (the search last payday), and only a denial of the very thing
        // claimed known stands against the claim.
        boolean known = false;
        for (String text : concat(firstPerson, background)) {
            for (String sentence : SENTENCE.split(text)) {
                known |= P.get("evidence-knows").matcher(sentence).find() && !P.get("evidence-not-know").matcher(sentence).find()
                        && p.named(sentence, index);
            }
        }
        for (String line : firstPerson) {
            boolean lineNames = p.named(line, index);
            for (String sentence : SENTENCE.split(line)) {
                if (!P.get("evidence-not-know").matcher(sentence).find()) {
                    continue;
                }
                boolean general = NOBODY.matcher(sentence).matches()
                        && !NOBODY_THERE.matcher(sentence).matches();
                boolean pronoun = lineNames && Phrase.wordsOf(sentence).stream().anyMatch(PRONOUNS::contains);
                // (known: the passage the denial is in must be about what was claimed, "…searched for sites… I haven't told Callum")
                if ((p.named(sentence, index) || pronoun || general) && (known ? aboutIt(line, about) : about(sentence, about, p))) {
                    return Optional.of(new Denial("correction.denied", Map.of("line", Voice.withStop(sentence.strip())),
                            "the reflection says " + p.said() + " knows; the client's story says otherwise"));
                }
            }
        }
        for (String text : background) {
            for (String sentence : CLAUSES.split(text)) {
                if (P.get("evidence-not-know").matcher(sentence).find() && p.named(sentence, index)
                        && (known ? aboutIt(sentence, about) : about(sentence, about, p))) {
                    return Optional.of(new Denial("correction.knows", Map.of("who", p.said(),
                            "Who", Character.toUpperCase(p.said().charAt(0)) + p.said().substring(1)),
                            "the reflection says " + p.said() + " knows; the persona says they do not"));
                }
            }
        }
        return Optional.empty();
    }

    /** A denial that names what was claimed known ("she doesn't know about the search"). */
    private static boolean aboutIt(String sentence, Set<String> about) {
        return !about.isEmpty() && Terms.of(sentence).stream().anyMatch(about::contains);
    }

    private static List<String> concat(List<String> a, List<String> b) {
        List<String> out = new ArrayList<>(a);
        out.addAll(b);
        return out;
    }

    /** A denial about what was claimed known, or about nothing in particular ("Nobody knew.", "Pham doesn't know."). */
    private static boolean about(String sentence, Set<String> about, Person p) {
        if (about.isEmpty() || Terms.of(sentence).stream().anyMatch(about::contains)) {
            return true;
        }
        // "Nobody knew." denies anything; "Nobody knows I'm here" denies only that.
        Matcher verb = KNOW_VERB.matcher(sentence);
        return verb.find() && Phrase.wordsOf(sentence.substring(verb.end())).stream()
                .allMatch(w -> Set.of("it", "that", "yet", "anything", "either", "about", "any", "of", "this", "the", "rest", "all").contains(w) || p.terms().contains(w));
    }

    private static final Pattern KNOW_VERB = Pattern.compile("\\b(know|knows|knew|told|tell)\\b", Pattern.CASE_INSENSITIVE);

    // ------------------------------------------------------------------ who has stopped

    private Optional<Denial> stoppedOther(String s, List<String> firstPerson) {
        Matcher m = P.get("claim-stopped-other").matcher(s);
        if (!m.find() || negatedBefore(s, m.start()) || wished(s, m.start())) {
            return Optional.empty();
        }
        List<String> who = wordsBefore(s, m.start());
        // ("…without injecting, you've stopped mixing…": "you've" is the client, not a third person who stopped.)
        if (who.isEmpty() || who.stream().anyMatch(w -> w.startsWith("you") || w.equals("u") || w.equals("ur") || w.equals("i")
                || w.startsWith("i'"))
                || who.stream().allMatch(NOT_A_PERSON::contains)) {
            return Optional.empty();
        }
        Person p = person(who);
        if (p.isEmpty()) {
            return Optional.empty();
        }
        for (String line : firstPerson) {
            boolean lineNames = p.named(line, index);
            for (String sentence : SENTENCE.split(line)) {
                if (P.get("evidence-still").matcher(sentence).find() && (p.named(sentence, index)
                        || lineNames && Phrase.wordsOf(sentence).stream().anyMatch(PRONOUNS::contains))) {
                    return Optional.of(new Denial("correction.denied", Map.of("line", Voice.withStop(sentence.strip())),
                            "the reflection says " + p.said() + " has stopped; the client said they still use"));
                }
            }
        }
        return Optional.empty();
    }

    // ------------------------------------------------------------------ the client has stopped

    private Optional<Denial> stoppedYou(String s, Optional<String> use, java.util.function.Supplier<Optional<String>> stoppedFor) {
        Matcher m = P.get("claim-stopped-you").matcher(s);
        boolean claim = false;
        while (m.find()) {
            if (negatedBefore(s, m.start())) {
                continue;
            }
            List<String> after = Phrase.wordsOf(s.substring(m.end()));
            int i = 0;
            while (i < after.size() && Set.of("with", "of", "already", "now", "completely", "totally").contains(after.get(i))) {
                i++;
            }
            String verb = m.group(4).toLowerCase(java.util.Locale.ROOT);
            boolean state = verb.equals("clean") || verb.equals("sober") || verb.equals("off");
            String object = i < after.size() ? after.get(i) : "";
            String two = i + 1 < after.size() ? object + " " + after.get(i + 1) : object;
            // "stopped drinking", "off it", "clean now", "quit for good": the behaviour itself, not "stopped driving after drinking"
            String next = String.join(" ", after.subList(i, Math.min(after.size(), i + 3)));
            if ((BEHAVIOUR.matcher(object).matches() || BEHAVIOUR.matcher(two).matches()
                    || state && (object.isEmpty() || object.equals("now"))
                    || P.get("claim-absolute").matcher(next).lookingAt()) && !another(after.subList(i, after.size()))) {
                claim = true;
                break;
            }
        }
        if (!claim) {
            Matcher a = P.get("claim-anymore").matcher(s);
            claim = a.find() && P.get("claim-absolute").matcher(s).find() && !another(Phrase.wordsOf(s.substring(a.end())));
        }
        if (!claim) {
            return Optional.empty();
        }
        if (!stopped && use.isPresent()) {
            return Optional.of(new Denial("correction.still", Map.of("line", use.get()),
                    "the reflection says the client has stopped; they still use"));
        }
        // (how long since they stopped is looked up only here: it reads every line the persona has)
        Optional<String> since = stopped && FOR_EVER.matcher(s).find() ? stoppedFor.get() : Optional.empty();
        if (since.isPresent()) {
            return Optional.of(new Denial("correction.forever", Map.of("line", since.get()),
                    "the reflection says the client has stopped for good; they would not say that"));
        }
        return Optional.empty();
    }

    /**
     * Whether the words after "you've stopped" or "you don't use" name a substance the client does not use now: "you
     * don't use benzos anymore" of a client on fentanyl who stopped the bars is true, not "I haven't stopped" (round 11,
     * a fair summary met with a correction).
     */
    private boolean another(List<String> after) {
        if (usesNow.isEmpty()) {
            return false; // (what they use now is not known: every "you've stopped" is read as before)
        }
        for (String w : after.subList(0, Math.min(3, after.size()))) {
            Optional<String> substance = FactSwap.member("substance", w).or(() -> FactSwap.member("drink", w));
            if (substance.isPresent()) {
                return !usesNow.contains(substance.get());
            }
        }
        return false;
    }

    // ------------------------------------------------------------------ used again, of a client who stopped

    /**
     * "So you had a bump at the launch night": use claimed of a client who has stopped and has told of no slip
     * this session. Denied with how long it has been, in their words.
     */
    private Optional<Denial> usedAgain(String s, Collection<String> said, java.util.function.Supplier<Optional<String>> stoppedFor) {
        if (!stopped || !P.get("claim-used-again").matcher(s).find() || s.endsWith("?")) {
            return Optional.empty();
        }
        for (String line : said) {
            if (P.get("evidence-slip").matcher(line).find()) {
                return Optional.empty();
            }
        }
        return stoppedFor.get().map(line -> new Denial("correction.denied", Map.of("line", Voice.withStop(line.strip())),
                "the reflection says the client used again; they have stopped and told of no slip"));
    }

    // ------------------------------------------------------------------ how often

    /**
     * "So you've been drinking every night since the wedding": daily use claimed of a client whose use, as they
     * tell it, is less often ("Two drinks on weekends"). Denied with that sentence; a client who does use daily
     * (a sentence of theirs says "every night" or "most nights") owns it.
     */
    private Optional<Denial> daily(String s) {
        Matcher m = P.get("claim-daily").matcher(s);
        if (!m.find() || negatedBefore(s, m.start()) || s.endsWith("?")
                || !Phrase.wordsOf(s).stream().anyMatch(w -> w.startsWith("you") || w.equals("u") || w.equals("ur"))) {
            return Optional.empty();
        }
        // (Only their use facts: "My father drank every night" is not how often they drink.)
        String less = null;
        for (String line : useStory) {
            for (String sentence : SENTENCE.split(line)) {
                if (P.get("evidence-daily").matcher(sentence).find()) {
                    return Optional.empty();
                }
                if (less == null && P.get("evidence-less-often").matcher(sentence).find()) {
                    less = sentence.strip();
                }
            }
        }
        return Optional.ofNullable(less).map(line -> new Denial("correction.denied", Map.of("line", Voice.withStop(line)),
                "the reflection says the client uses every day; they use less often"));
    }

    // ------------------------------------------------------------------ who was there

    private Optional<Denial> company(String s, List<String> firstPerson) {
        Matcher m = P.get("claim-with").matcher(s);
        if (!m.find() || negatedBefore(s, m.start())) {
            return Optional.empty();
        }
        Set<String> anchors = new HashSet<>(Terms.of(s));
        List<String> who = wordsBefore(s, m.start());
        List<String> whoAfter = wordsAfter(s, m.end());
        anchors.removeAll(Terms.ofWords(who));
        anchors.removeAll(Terms.ofWords(whoAfter));
        anchors.removeIf(t -> t.length() < 3);
        if (anchors.isEmpty()) {
            return Optional.empty();
        }
        Person p = person(who.isEmpty() || who.stream().allMatch(NOT_A_PERSON::contains) ? whoAfter : who);
        for (String line : firstPerson) {
            Set<String> terms = new HashSet<>(Terms.of(line));
            if (anchors.stream().noneMatch(terms::contains) || !p.isEmpty() && p.named(line, index)) {
                continue;
            }
            for (String sentence : SENTENCE.split(line)) {
                if (P.get("evidence-alone").matcher(sentence).find()) {
                    return Optional.of(new Denial("correction.denied", Map.of("line", Voice.withStop(sentence.strip())),
                            "the reflection puts someone with the client; the client was alone"));
                }
            }
        }
        return Optional.empty();
    }

    // ------------------------------------------------------------------ how hard it was

    private Optional<Denial> ease(String s, List<String> firstPerson) {
        for (String[] kind : new String[][] {{"claim-easy", "evidence-hard", "evidence-easy"}, {"claim-hard", "evidence-easy", "evidence-hard"}}) {
            Matcher m = P.get(kind[0]).matcher(s);
            if (!m.find() || negatedBefore(s, m.start())) {
                continue;
            }
            Set<String> anchors = new HashSet<>(Terms.of(s));
            anchors.removeAll(Terms.of(m.group()));
            for (String line : firstPerson) {
                Set<String> terms = new HashSet<>(Terms.of(line));
                long shared = anchors.stream().filter(terms::contains).count();
                if (shared < Math.min(2, anchors.size()) || shared == 0 || P.get(kind[2]).matcher(line).find()) {
                    continue;
                }
                for (String sentence : SENTENCE.split(line)) {
                    if (P.get(kind[1]).matcher(sentence).find()) {
                        return Optional.of(new Denial("correction.denied", Map.of("line", Voice.withStop(sentence.strip())),
                                "the reflection says it was " + m.group().toLowerCase(java.util.Locale.ROOT) + "; the client's story says otherwise"));
                    }
                }
            }
        }
        return Optional.empty();
    }

    // ------------------------------------------------------------------ once, not again and again

    /**
     * "So you've used again a few times since." to a client whose story says "The only time since the clinic.": use
     * claimed more than once of a client who tells of one time only (this session or in a line they would say). Denied
     * with their sentence.
     */
    private Optional<Denial> once(String s, Collection<String> said) {
        if (s.endsWith("?") || !P.get("claim-several").matcher(s).find() || !P.get("claim-use-verb").matcher(s).find()) {
            return Optional.empty();
        }
        Matcher n = P.get("negated").matcher(s);
        if (n.find()) {
            return Optional.empty(); // "you haven't used a few times" is another claim
        }
        for (String line : said) {
            for (String sentence : SENTENCE.split(line)) {
                if (P.get("evidence-once").matcher(sentence).find()) {
                    return Optional.of(new Denial("correction.denied", Map.of("line", Voice.withStop(sentence.strip())),
                            "the reflection says the client used more than once; they told of one time"));
                }
            }
        }
        return Optional.empty();
    }

    // ------------------------------------------------------------------ someone else did it

    /** "So you drove home", "you paid the bill": the client said as the doer, with the act's verb (group 2). */
    private static final Pattern YOU_DID = Pattern.compile(
            "^\\W*(?:(?:so|and|okay|ok|right|then|now|so basically|basically)\\W+){0,2}(?:you'?re saying |you said )?(?:you|u) "
            + "(?:also |then |actually |just |even )?([a-z]+ed|drove|took|gave|paid|made|went|bought|sold|told|said|got|brought|"
            + "found|left|called|rang|picked|sent|kept|put|ran|rode|wrote|threw|poured|hid|booked)\\b",
            Pattern.CASE_INSENSITIVE);
    private static final Set<String> NOT_A_DOER = WORDS.of("not-a-doer");

    /**
     * "So you drove home from the reception." after "Loretta drove us home.": an act the client tells as someone else's
     * (this session, or in a line of their story they would say if asked), claimed as theirs. Only the same verb with a
     * word of the claim after it, and only a doer named before the verb that is not the client ("Loretta", "he",
     * "my sister"); "we drove home" includes them, and a doer told in the third person by both ("your manager sent you
     * home" after "Chef sent me home") is not a swap at all.
     */
    private Optional<Denial> someoneElse(String s, Collection<String> said) {
        Matcher m = YOU_DID.matcher(s);
        if (!m.find() || s.endsWith("?")) {
            return Optional.empty();
        }
        String verb = m.group(1).toLowerCase(java.util.Locale.ROOT);
        Set<String> rest = new HashSet<>(Terms.of(s.substring(m.end())));
        if (rest.isEmpty()) {
            return Optional.empty();
        }
        for (String line : said) {
            for (String sentence : SENTENCE.split(line)) {
                List<String> words = Phrase.wordsOf(sentence);
                int at = words.indexOf(verb);
                if (at < 1) {
                    continue;
                }
                List<String> after = words.subList(at + 1, Math.min(words.size(), at + 5));
                if (Terms.ofWords(after).stream().noneMatch(rest::contains)) {
                    continue;
                }
                String doer = words.get(at - 1);
                boolean mine = at >= 2 && Set.of("my", "our").contains(words.get(at - 2));
                boolean named = Character.isUpperCase(firstLetterOf(sentence, doer)) && !NOT_A_DOER.contains(doer);
                if (PRONOUNS.contains(doer) && !doer.equals("them") && !doer.equals("him") && !doer.equals("her")
                        || mine || named) {
                    return Optional.of(new Denial("correction.denied", Map.of("line", Voice.withStop(sentence.strip())),
                            "the reflection says the client " + verb + "; the client said someone else did"));
                }
            }
        }
        return Optional.empty();
    }

    /** The first letter of a word as the sentence writes it ("Loretta", not "loretta"). */
    private static char firstLetterOf(String sentence, String word) {
        Matcher w = Pattern.compile("\\b" + Pattern.quote(word) + "\\b", Pattern.CASE_INSENSITIVE).matcher(sentence);
        return w.find() ? sentence.charAt(w.start()) : 'x';
    }

    // ------------------------------------------------------------------ a relative the story never mentions

    /**
     * "So your daughter has been pushing you to stop", said to a client with no daughter anywhere in the author's
     * text or in what they said this session: a person does not let a stranger be given to them ("What daughter?").
     * Only when no word of the relative's kin group appears at all, so a daughter the story calls "Lucía" or "the
     * girls" is never denied; a question ("Do you have a daughter?") is not a claim.
     */
    private Optional<Denial> relative(String s, Collection<String> said) {
        if (s.endsWith("?")) {
            return Optional.empty();
        }
        Matcher m = P.get("claim-relative").matcher(s);
        if (!m.find() || negatedBefore(s, m.start()) || wished(s, m.start())) {
            return Optional.empty();
        }
        String who = m.group(2).toLowerCase(java.util.Locale.ROOT);
        Pattern kin = P.get(kinGroup(who));
        boolean known = everyone.stream().anyMatch(line -> kin.matcher(line).find())
                || said.stream().anyMatch(line -> kin.matcher(line).find());
        if (known) {
            return Optional.empty();
        }
        return Optional.of(new Denial("correction.relative", Map.of("who", who),
                "the reflection gives the client a " + who + "; nothing the persona says or is mentions one"));
    }

    private static String kinGroup(String who) {
        if (who.startsWith("daughter")) {
            return "kin-daughter";
        }
        if (who.startsWith("son")) {
            return "kin-son";
        }
        if (who.startsWith("grand")) {
            return "kin-grandkids";
        }
        return switch (who) {
            case "kids", "children" -> "kin-kids";
            case "mum", "mom", "mother" -> "kin-mother";
            case "dad", "father" -> "kin-father";
            default -> "kin-partner";
        };
    }

    // ------------------------------------------------------------------ reading the claim

    /** A person as the trainee named them: their words ("Dr. Pham", "your mom"), content terms and the persona's own topics. */
    private record Person(String said, Set<String> terms, Set<String> topics) {
        boolean isEmpty() {
            return terms.isEmpty() && topics.isEmpty();
        }

        boolean named(String text, LineIndex index) {
            List<String> words = Phrase.wordsOf(text);
            if (Terms.ofWords(words).stream().anyMatch(terms::contains)) {
                return true;
            }
            return !topics.isEmpty() && index.topics().in(words).stream().anyMatch(topics::contains);
        }
    }

    private Person person(List<String> who) {
        List<String> words = new ArrayList<>(who);
        words.removeIf(w -> NOT_A_PERSON.contains(w) && !w.equals("one"));
        Set<String> terms = new HashSet<>(Terms.ofWords(words));
        terms.removeIf(t -> Set.of("already", "all", "probably", "definitely", "just", "really", "even").contains(t));
        Set<String> topics = new HashSet<>(index.topics().in(words));
        topics.removeAll(Topics.builtInIds());
        String said = String.join(" ", words).replaceAll("\\byour\\b", "my").replaceAll("\\bur\\b", "my");
        return new Person(said, terms, topics);
    }

    /** Up to three words before a position, back to a boundary word ("so", "and", "that"…). */
    private static List<String> wordsBefore(String s, int at) {
        List<String> words = Phrase.wordsOf(s.substring(0, at));
        List<String> out = new ArrayList<>();
        for (int i = words.size() - 1; i >= 0 && out.size() < 3; i--) {
            String w = words.get(i);
            if (BOUNDARY.contains(w)) {
                break;
            }
            out.add(0, w);
        }
        while (!out.isEmpty() && Set.of("already", "all", "probably", "definitely", "now", "has", "have", "had", "is", "was")
                .contains(out.get(out.size() - 1))) {
            out.remove(out.size() - 1);
        }
        return out;
    }

    /** Up to two words after a position, to a word that ends a name ("told Maria about it"). */
    private static List<String> wordsAfter(String s, int at) {
        List<String> out = new ArrayList<>();
        for (String w : Phrase.wordsOf(s.substring(at))) {
            if (out.size() >= 3 || Set.of("about", "that", "what", "how", "everything", "you", "the", "yet", "already", "on",
                    "when", "and", "last", "this", "at", "in").contains(w) && !(w.equals("the") && out.isEmpty())) {
                break;
            }
            out.add(w);
        }
        return out;
    }

    /** "Making sure Bev knows", "you want Lucía to know", "if Rafa stopped": a wish or a plan, not a claim of fact. */
    private static boolean wished(String s, int at) {
        List<String> words = Phrase.wordsOf(s.substring(0, at));
        for (int i = Math.max(0, words.size() - 6); i < words.size(); i++) {
            if (WISH.contains(words.get(i))) {
                return true;
            }
        }
        return false;
    }

    private static final Set<String> WISH = WORDS.of("wish");

    /** Whether the claim is negated ("she doesn't know", "he hasn't stopped"): a different claim. */
    private static boolean negatedBefore(String s, int at) {
        List<String> words = Phrase.wordsOf(s.substring(0, at));
        for (int i = Math.max(0, words.size() - 3); i < words.size(); i++) {
            if (P.get("negated").matcher(words.get(i)).find()) {
                return true;
            }
        }
        return false;
    }

    private static Map<String, Pattern> load() {
        Map<String, Pattern> out = new LinkedHashMap<>();
        for (KeyedLine line : KeyedLine.read("false-reflections.txt", "'kind: regex'")) {
            out.merge(line.key(), line.pattern(), (a, b) -> Pattern.compile(a.pattern() + "|" + b.pattern(), Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE));
        }
        for (String k : List.of("claim-knows", "claim-told", "evidence-not-know", "evidence-knows", "claim-stopped-other",
                "evidence-still", "claim-stopped-you", "claim-anymore", "claim-absolute", "claim-with", "evidence-alone",
                "claim-easy", "evidence-hard", "claim-hard", "evidence-easy", "negated", "claim-used-again", "evidence-slip",
                "claim-daily", "evidence-daily", "evidence-less-often", "claim-relative", "kin-daughter", "kin-son", "kin-kids",
                "kin-partner", "kin-mother", "kin-father", "kin-grandkids", "claim-several", "claim-use-verb", "evidence-once")) {
            if (!out.containsKey(k)) {
                throw new IllegalStateException("false-reflections.txt: no '" + k + "' line");
            }
        }
        return Map.copyOf(out);
    }
}
