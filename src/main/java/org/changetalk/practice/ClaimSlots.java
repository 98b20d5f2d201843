package org.changetalk.practice;

import org.changetalk.scenario.model.Beat;
import org.changetalk.scenario.model.Conversation;
import org.changetalk.scenario.model.Persona;
import org.changetalk.scenario.model.Terms;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The slots of a reflection that no other check reads, each compared with what the persona holds (client29, round
 * 14): who the client is (job, workplace, service), a thing in a story (the grill, not the fryer), a name given to
 * someone or somewhere ("your roommate Tyler" to a client whose roommate is Malik) and a good feeling handed to them
 * about something hard ("you felt mostly relief"). Round 13's held-out judge found these agreed to ("Stressful. Yeah."
 * to "being a plumber" said to an electrician) or passed over.
 * <p>
 * A member the persona's text holds anywhere is never corrected, because a correction where nothing false was said
 * punishes good MI; a member it never holds is corrected only when the persona holds another member of the same kind
 * where the claim puts it, and the client says that one back ("A line cook. Not a receptionist.") and goes on with
 * their own sentence that holds it, when one is still unsaid. Kinds, members, frames and word groups are data
 * (claim-slots.txt); the persona is read once per conversation.
 */
final class ClaimSlots {
    /** What the client says back: the stock line's key and values, and why (for the explanation). */
    record Slip(String key, Map<String, String> values, String why) {
    }

    /** One member of a kind: how the client names it when handed it, and the forms it is said in. */
    private record Member(String kind, String say, List<String> forms) {
    }

    /** A member found in a text: which, the form's words as written, and where (word index). */
    private record Found(Member member, String surface, int at) {
    }

    /** One form of a member, its pattern compiled once. */
    private record Form(Member member, String text, Pattern pattern) {
    }

    /** A sentence of the persona's: as written, its anchor terms, the members it names (read once). */
    private record Sentence(String text, Set<String> anchors, List<Found> named, boolean firstPerson) {
    }

    private static final String FILE = "claim-slots.txt";
    /** Sentence ends, but not the stop of a title ("Dr. Pham" is one name). */
    private static final Pattern SENTENCE = Pattern.compile("(?<=[.!?;])(?<!\\b(?:Dr|Mr|Mrs|Ms|St)\\.)\\s+|\\s+-+\\s+|\\s+—\\s+");
    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}'’.-]+");
    private static final Pattern NAME = Pattern.compile("\\p{Lu}[\\p{Ll}]+");
    /** A turn that opens on the client's doing ("Being a nurse…", "Working the bar…") says it of them. */
    private static final Pattern GERUND = Pattern.compile("^\\W*(being|working|running|studying|waiting|managing|driving|hauling|all those years|years)\\b",
            Pattern.CASE_INSENSITIVE);
    /** Content words a further sentence must have beyond the member to take the correction further. */
    private static final int MORE_THAN_THE_MEMBER = 3;
    private static final Set<String> ARTICLES = Set.of("a", "an", "the", "your", "ur");
    private static final Set<String> YOU = Set.of("you", "your", "you're", "youre", "you've", "you'd", "u", "ur", "yourself");
    private static final Set<String> OTHERS = Set.of("his", "her", "their", "wife", "husband", "partner", "mom", "mum", "dad",
            "mother", "father", "brother", "sister", "son", "daughter", "friend", "roommate", "boss", "he", "she", "they");
    private static final Set<String> TITLES = Set.of("dr", "doctor", "mr", "mrs", "ms", "coach", "nurse");

    private final List<Member> members = new ArrayList<>();
    /** Every form of every member, longest first. */
    private final List<Form> forms = new ArrayList<>();
    private final Set<String> nameRoles = new HashSet<>();
    private final Set<String> identity = new HashSet<>();
    private final Pattern frame;
    private final int window;
    private final Map<String, String> same = new HashMap<>();
    private final Set<String> generic = new HashSet<>();
    private final Set<String> placeRoles = new HashSet<>();
    private final Set<String> notNames = new HashSet<>();
    private final Map<String, List<String>> feelingClaimed = new LinkedHashMap<>();
    private final Map<String, List<String>> feelingHeld = new LinkedHashMap<>();
    private final Pattern feelingFrame;
    private final Pattern notClaim;

    /** Everything the author wrote of the persona, lower case: a member written anywhere is held. */
    private final String everything;
    /** Who the client is, as the summary and background say it of them: kind → members found, in order. */
    private final Map<String, List<Found>> identityHeld = new HashMap<>();
    private final Map<Found, String> identitySurface = new HashMap<>();
    /** The persona's sentences: first-person lines (facts, beats) and the author's account (summary, background…). */
    private final List<Sentence> sentences = new ArrayList<>();
    /** The persona's own feeling, from its set (or background): the family word it is said in, or empty. */
    private final Optional<String> ownFeeling;

    ClaimSlots(Conversation scenario, List<String> story, List<String> data) {
        Pattern framePattern = null;
        int w = 5;
        Pattern ff = null;
        Pattern nc = null;
        for (int i = 0; i < data.size(); i++) {
            String line = data.get(i).strip();
            if (line.isEmpty() || line.startsWith("#")) {
                continue;
            }
            int colon = line.indexOf(':');
            String where = FILE + ":" + (i + 1) + ":1";
            if (line.startsWith("frame-window ")) {
                w = Integer.parseInt(line.substring("frame-window ".length()).strip());
                continue;
            }
            if (colon < 0) {
                throw new IllegalStateException(where + ": expected `key: value`, got: " + line);
            }
            String key = line.substring(0, colon).strip();
            String value = line.substring(colon + 1).strip();
            switch (key) {
                case "identity" -> identity.addAll(List.of(value.split("\\s+")));
                case "frame" -> framePattern = Pattern.compile("\\b(" + value + ")\\b");
                case "same" -> {
                    String[] g = value.split("\\s+");
                    for (String s : g) {
                        same.put(Terms.stem(s), Terms.stem(g[0]));
                    }
                }
                case "generic" -> List.of(value.split("\\s+")).forEach(s -> generic.add(Terms.stem(s)));
                case "name-role-place" -> placeRoles.addAll(List.of(value.split("\\s+")));
                case "name-role" -> nameRoles.addAll(List.of(value.split("\\s+")));
                case "not-a-name" -> notNames.addAll(List.of(value.split("\\s+")));
                case "feeling-claimed" -> families(value, feelingClaimed, where);
                case "feeling-held" -> families(value, feelingHeld, where);
                case "feeling-frame" -> ff = Pattern.compile(value);
                case "not-a-claim" -> nc = Pattern.compile(value);
                default -> {
                    int eq = value.indexOf('=');
                    if (eq < 0) {
                        throw new IllegalStateException(where + ": a member is `say-form = form | form`, got: " + line);
                    }
                    List<String> forms = new ArrayList<>();
                    for (String f : value.substring(eq + 1).split("\\|")) {
                        forms.add(f.strip());
                    }
                    forms.sort(Comparator.comparingInt(String::length).reversed());
                    members.add(new Member(key, value.substring(0, eq).strip(), forms));
                }
            }
        }
        if (framePattern == null || ff == null || nc == null) {
            throw new IllegalStateException(FILE + ": needs `frame`, `feeling-frame` and `not-a-claim` lines");
        }
        this.frame = framePattern;
        this.window = w;
        this.feelingFrame = ff;
        this.notClaim = nc;
        for (Member mem : members) {
            for (String f : mem.forms()) {
                forms.add(new Form(mem, f, wordPattern(f)));
            }
        }
        forms.sort(Comparator.comparingInt((Form f) -> f.text().length()).reversed());

        Persona p = scenario.persona();
        List<String> author = new ArrayList<>();
        for (String s : new String[] {scenario.summary(), p.background(), p.drug(), p.set(), p.setting()}) {
            if (s != null) {
                author.add(s);
            }
        }
        StringBuilder all = new StringBuilder();
        author.forEach(s -> all.append(s).append(" \n "));
        story.forEach(s -> all.append(s).append(" \n "));
        for (Beat b : scenario.beats().values()) {
            b.say().forEach(s -> all.append(s).append(" \n "));
        }
        for (List<String> more : List.of(p.reasons(), p.values(), p.concerns())) {
            more.forEach(s -> all.append(s).append(" \n "));
        }
        all.append(scenario.title() == null ? "" : scenario.title());
        this.everything = " " + norm(all.toString()) + " ";

        // Who the client is: the summary first (it is about them), then the background.
        for (String s : new String[] {scenario.summary(), p.background()}) {
            if (s == null) {
                continue;
            }
            for (String sentence : SENTENCE.split(s)) {
                List<String> words = words(sentence);
                for (Found f : find(words)) {
                    if (identity.contains(f.member().kind()) && !ofSomeoneElse(words, f.at())) {
                        identityHeld.computeIfAbsent(f.member().kind(), k -> new ArrayList<>()).add(f);
                        identitySurface.put(f, surface(sentence, f.surface()));
                    }
                }
            }
        }
        story.forEach(l -> read(l, true));
        author.forEach(l -> read(l, false));
        String feelingText = (p.set() == null ? "" : p.set()) + " " + (p.background() == null ? "" : p.background());
        this.ownFeeling = firstFamily(norm(feelingText), feelingHeld);
    }

    static List<String> defaults() {
        return Resources.lines(FILE);
    }

    /**
     * The first slot of the claim the persona holds otherwise. {@code said}: what the client said this session;
     * {@code saidAlready}: whether a line was said (an unsaid sentence of theirs takes the correction further).
     */
    Optional<Slip> of(String text, Collection<String> said, Predicate<String> saidAlready) {
        // What the client said is joined only when a claim needs it: it grows with the session (allocation a turn).
        java.util.function.Supplier<String> lowerSaid = new java.util.function.Supplier<>() {
            private String joined;

            @Override
            public String get() {
                if (joined == null) {
                    joined = " " + norm(String.join(" \n ", said)) + " ";
                }
                return joined;
            }
        };
        boolean gerund = GERUND.matcher(text).find();
        for (String raw : SENTENCE.split(text)) {
            List<String> words = words(raw);
            boolean yours = gerund || words.stream().anyMatch(YOU::contains);
            if (!yours) {
                continue;
            }
            for (Found f : find(words)) {
                if (held(f.member(), lowerSaid.get()) || before(words, f.at(), window).stream().anyMatch(x -> notClaim.matcher(x).matches())) {
                    continue;
                }
                Optional<Slip> slip = identity.contains(f.member().kind()) ? identitySlip(words, f, gerund, saidAlready)
                        : objectSlip(words, f, saidAlready);
                if (slip.isPresent()) {
                    return slip;
                }
            }
            Optional<Slip> name = nameSlip(raw, words, saidAlready);
            if (name.isPresent()) {
                return name;
            }
            Optional<Slip> feeling = feelingSlip(raw, lowerSaid);
            if (feeling.isPresent()) {
                return feeling;
            }
        }
        return Optional.empty();
    }

    /** "Being a plumber" to an electrician: said of the client in a frame, never held, another member held. */
    private Optional<Slip> identitySlip(List<String> words, Found f, boolean gerund, Predicate<String> saidAlready) {
        // (a turn that opens on the doing, "Working the bar until close…", frames what follows it)
        boolean framed = gerund && f.at() <= window || before(words, f.at(), window).stream().anyMatch(x -> frame.matcher(x).matches())
                || twoWordFrame(words, f.at());
        if (!framed || ofSomeoneElse(words, f.at())) {
            return Optional.empty();
        }
        List<Found> held = identityHeld.getOrDefault(f.member().kind(), List.of());
        if (held.isEmpty()) {
            return Optional.empty();
        }
        Found actual = held.get(0);
        String says = f.member().kind().equals("service") ? actual.member().say() : article(identitySurface.get(actual));
        return Optional.of(slip(says, f.member().say(), lineWith(actual.member(), identitySurface.get(actual), saidAlready),
                "the reflection makes the client " + f.member().say() + "; the persona is " + says));
    }

    /** "You scalded your hand on the fryer" to a client who burned his arm on the grill: the story's sentence names another. */
    private Optional<Slip> objectSlip(List<String> words, Found f, Predicate<String> saidAlready) {
        Set<String> anchors = anchors(words, f.member());
        Sentence best = null;
        Found other = null;
        int most = 0;
        for (Sentence s : sentences) {
            int shared = 0;
            for (String a : anchors) {
                if (s.anchors().contains(a)) {
                    shared++;
                }
            }
            if (shared <= most) {
                continue;
            }
            for (Found g : s.named()) {
                if (g.member().kind().equals(f.member().kind()) && !g.member().equals(f.member())) {
                    best = s;
                    other = g;
                    most = shared;
                    break;
                }
            }
        }
        if (best == null) {
            return Optional.empty();
        }
        String says = article(other.member().say().split(" ", 2)[0] + " " + other.surface());
        return Optional.of(slip(says, f.member().say(), lineWith(other.member(), other.surface(), saidAlready),
                "the reflection says " + f.member().say() + "; the story tells it of " + says + " (" + best.text() + ")"));
    }

    /** "Your roommate Tyler" where the persona's roommate is Malik; "in Manchester" where the story has her mum in Birmingham. */
    private Optional<Slip> nameSlip(String raw, List<String> words, Predicate<String> saidAlready) {
        List<String> rawWords = new ArrayList<>();
        Matcher m = WORD.matcher(raw);
        while (m.find()) {
            rawWords.add(m.group());
        }
        for (int i = 1; i < rawWords.size(); i++) {
            String name = rawWords.get(i).replaceAll("[’']s$", "").replaceAll("[.]$", "");
            String lower = name.toLowerCase(Locale.ROOT);
            if (!NAME.matcher(name).matches() || notNames.contains(lower) || everything.contains(" " + lower)
                    || rawWords.get(i - 1).endsWith(".") && !TITLES.contains(rawWords.get(i - 1).toLowerCase(Locale.ROOT).replaceAll("\\.$", ""))) {
                continue;
            }
            String role = rawWords.get(i - 1).toLowerCase(Locale.ROOT).replace("’", "'").replaceAll("\\.$", "");
            if (!nameRoles.contains(role) && !placeRoles.contains(role)) {
                continue;
            }
            boolean place = placeRoles.contains(role);
            Set<String> anchors = anchors(words, null);
            anchors.remove(Terms.stem(lower));
            anchors.remove(Terms.stem(role));
            for (Sentence s : sentences) {
                Optional<String> other = nameAfter(s.text(), role, lower);
                if (other.isEmpty() || place && s.anchors().stream().noneMatch(anchors::contains)) {
                    continue;
                }
                boolean title = TITLES.contains(role);
                String prefix = title ? rawWords.get(i - 1) + " " : "";
                String actual = prefix + other.get();
                return Optional.of(slip(actual, prefix + name, lineWith(other.get(), true, saidAlready),
                        "the reflection names " + prefix + name + "; the persona's name after '" + role + "' is " + actual + " (" + s.text() + ")"));
            }
        }
        return Optional.empty();
    }

    /** "You felt mostly relief" where the persona holds shame: the persona's own feeling offered instead. */
    private Optional<Slip> feelingSlip(String raw, java.util.function.Supplier<String> lowerSaid) {
        String s = norm(raw);
        if (!feelingFrame.matcher(s).find() || ownFeeling.isEmpty()) {
            return Optional.empty();
        }
        for (Map.Entry<String, List<String>> e : feelingClaimed.entrySet()) {
            for (String form : e.getValue()) {
                int at = indexOfWord(s, form);
                if (at < 0) {
                    continue;
                }
                List<String> beforeIt = words(s.substring(0, at));
                if (before(beforeIt, beforeIt.size(), window).stream().anyMatch(x -> notClaim.matcher(x).matches())) {
                    return Optional.empty();
                }
                boolean held = e.getValue().stream().anyMatch(f -> indexOfWord(everything, f) >= 0 || indexOfWord(lowerSaid.get(), f) >= 0);
                if (held) {
                    return Optional.empty();
                }
                String claimed = form.split(" ")[0];
                String own = ownFeeling.get();
                return Optional.of(new Slip("correction.feeling.other", Map.of(
                        "Feeling", Character.toUpperCase(claimed.charAt(0)) + claimed.substring(1), "feeling", claimed,
                        "own", own, "Own", Character.toUpperCase(own.charAt(0)) + own.substring(1)),
                        "the reflection hands the client a feeling (" + claimed + ") nothing of theirs holds; theirs is " + own));
            }
        }
        return Optional.empty();
    }

    // ---------------------------------------------------------------- reading

    private Slip slip(String actual, String claimed, String line, String why) {
        Map<String, String> values = new HashMap<>();
        values.put("Actual", Character.toUpperCase(actual.charAt(0)) + actual.substring(1));
        values.put("actual", actual);
        values.put("claimed", claimed);
        values.put("line", line);
        return new Slip("correction.swap", values, why);
    }

    /** The persona's own words for it first ("line cook"), then the member's other forms. */
    private String lineWith(Member member, String surface, Predicate<String> saidAlready) {
        List<String> tried = new ArrayList<>();
        tried.add(norm(surface));
        tried.addAll(member.forms());
        return tried.stream().map(f -> lineWith(f, false, saidAlready)).filter(l -> !l.isEmpty()).findFirst().orElse("");
    }

    /**
     * The client's own unsaid sentence that holds the true member: the correction taken on from there. One that says
     * little more than the member ("Line cook.") would only repeat the correction.
     */
    private String lineWith(String form, boolean name, Predicate<String> saidAlready) {
        String f = norm(form);
        int own = Terms.of(f).size();
        for (Sentence s : sentences) {
            int at = indexOfWord(norm(s.text()), f);
            // ("Student Conduct" names an office, not the client's being a student)
            boolean named = !name && at > 0 && Character.isUpperCase(s.text().charAt(at));
            if (s.firstPerson() && at >= 0 && !named && !saidAlready.test(s.text())
                    && Terms.of(s.text()).size() - own >= MORE_THAN_THE_MEMBER) {
                return s.text();
            }
        }
        return "";
    }

    private void read(String line, boolean firstPerson) {
        for (String s : SENTENCE.split(line)) {
            List<String> words = words(s);
            if (!words.isEmpty()) {
                sentences.add(new Sentence(s.strip(), anchors(words, null), find(words), firstPerson));
            }
        }
    }

    /** The name a persona's sentence gives right after the role word ("roommate Malik", "Dr. Pham", "in Birmingham"). */
    private Optional<String> nameAfter(String text, String role, String claimedLower) {
        List<String> raw = new ArrayList<>();
        Matcher m = WORD.matcher(text);
        while (m.find()) {
            raw.add(m.group());
        }
        for (int i = 0; i + 1 < raw.size(); i++) {
            if (!raw.get(i).toLowerCase(Locale.ROOT).replace("’", "'").replaceAll("\\.$", "").equals(role)) {
                continue;
            }
            String next = raw.get(i + 1).replaceAll("[’']s$", "").replaceAll("[.,]$", "");
            if (NAME.matcher(next).matches() && !notNames.contains(next.toLowerCase(Locale.ROOT))
                    && !next.toLowerCase(Locale.ROOT).equals(claimedLower)) {
                return Optional.of(next);
            }
        }
        return Optional.empty();
    }

    private Set<String> anchors(List<String> words, Member without) {
        Set<String> skip = new HashSet<>();
        if (without != null) {
            without.forms().forEach(f -> Terms.of(f).forEach(skip::add));
        }
        Set<String> out = new HashSet<>();
        for (String t : Terms.ofWords(words)) {
            if (!skip.contains(t) && !generic.contains(t) && !YOU.contains(t)) {
                out.add(same.getOrDefault(t, t));
            }
        }
        return out;
    }

    /** Members named in the words, longest form first, each span once. */
    private List<Found> find(List<String> words) {
        String joined = String.join(" ", words);
        List<Found> out = new ArrayList<>();
        boolean[] taken = new boolean[words.size()];
        for (Form f : forms) {
            Matcher m = f.pattern().matcher(joined);
            if (!m.find()) {
                continue;
            }
            String head = joined.substring(0, m.start()).strip();
            int index = head.isEmpty() ? 0 : head.split(" ").length;
            int n = f.text().split(" ").length;
            boolean free = true;
            for (int k = index; k < Math.min(words.size(), index + n); k++) {
                free &= !taken[k];
            }
            if (free) {
                for (int k = index; k < Math.min(words.size(), index + n); k++) {
                    taken[k] = true;
                }
                out.add(new Found(f.member(), f.text(), index));
            }
        }
        out.sort(Comparator.comparingInt(Found::at));
        return out;
    }

    /** A member the persona's text or the session holds in any form: never corrected. */
    private boolean held(Member m, String lowerSaid) {
        return forms.stream().filter(f -> f.member().equals(m))
                .anyMatch(f -> f.pattern().matcher(everything).find() || f.pattern().matcher(lowerSaid).find());
    }

    /** "Loretta, a school nurse", "her mom, a respiratory therapist": a member said of someone else. */
    private boolean ofSomeoneElse(List<String> words, int at) {
        return before(words, at, 3).stream().anyMatch(OTHERS::contains);
    }

    /** "back in the Marines", "years in your trade": a two-word frame, an article or "your" between it and the member. */
    private boolean twoWordFrame(List<String> words, int at) {
        int end = at > 0 && ARTICLES.contains(words.get(at - 1)) ? at - 1 : at;
        return end >= 2 && frame.matcher(words.get(end - 2) + " " + words.get(end - 1)).matches();
    }

    private static List<String> before(List<String> words, int at, int n) {
        return words.subList(Math.max(0, at - n), Math.min(at, words.size()));
    }

    /** The first family, in the data's order (the strongest first), any of whose forms the text holds. */
    private static Optional<String> firstFamily(String text, Map<String, List<String>> families) {
        for (Map.Entry<String, List<String>> e : families.entrySet()) {
            if (e.getValue().stream().anyMatch(f -> indexOfWord(text, f) >= 0)) {
                return Optional.of(e.getKey());
            }
        }
        return Optional.empty();
    }

    private static void families(String value, Map<String, List<String>> out, String where) {
        for (String pair : value.split("\\s+(?=[a-z]+=)")) {
            int eq = pair.indexOf('=');
            if (eq < 0) {
                throw new IllegalStateException(where + ": a feeling family is `word=form|form`, got: " + pair);
            }
            out.put(pair.substring(0, eq), List.of(pair.substring(eq + 1).split("\\|")));
        }
    }

    private static int indexOfWord(String text, String form) {
        // Most forms are absent: a plain search first spares compiling a pattern for them (allocation a turn).
        if (!text.contains(form)) {
            return -1;
        }
        Matcher m = wordPattern(form).matcher(text);
        return m.find() ? m.start() : -1;
    }

    private static Pattern wordPattern(String form) {
        return Pattern.compile("(?<![\\p{L}\\p{N}])" + Pattern.quote(form) + "(?![\\p{L}\\p{N}])");
    }

    private static List<String> words(String text) {
        List<String> out = new ArrayList<>();
        Matcher m = WORD.matcher(norm(text));
        while (m.find()) {
            String w = m.group().replaceAll("^[.'-]+|[.'-]+$", "");
            if (!w.isEmpty()) {
                out.add(w);
            }
        }
        return out;
    }

    private static String norm(String s) {
        return s.toLowerCase(Locale.ROOT).replace('’', '\'');
    }

    /** The persona's words for the member, as written ("ICU nurse"), found in the sentence. */
    private static String surface(String sentence, String form) {
        int at = indexOfWord(norm(sentence), form);
        return at < 0 ? form : sentence.substring(at, at + form.length());
    }

    private static String article(String surface) {
        String s = surface.strip();
        if (s.matches("(?i)^(a|an|the) .*")) {
            return s;
        }
        return (s.matches("(?i)^[aeiou].*") ? "an " : "a ") + s;
    }
}
