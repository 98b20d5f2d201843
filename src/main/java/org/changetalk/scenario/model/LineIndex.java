package org.changetalk.scenario.model;


import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * How relevant each of a conversation's lines is to what the trainee said: a BM25-style score over
 * the content terms (stemmed, stop words dropped) of each beat's prompts, topics and lines and of
 * each persona fact, with the scenario's topics as synonyms ("son" finds the lines about Eli).
 * A score is a coverage in 0–1: how much of the response's weight (rarer words weigh more) the line
 * answers. Built once per conversation, on first use (Conversation.lines()); immutable, so sessions share it.
 */
public final class LineIndex {
    /** A trainee response as terms and weights; {@code topics} are the scenario topics it names. */
    public record Query(Map<String, Double> terms, List<String> topics) {
        public boolean isEmpty() {
            return terms.isEmpty();
        }
    }

    /** A score and the terms that earned it, so the studio can say why a line was chosen. */
    public record Score(double coverage, List<String> matched) {
        static final Score NONE = new Score(0, List.of());
    }

    private static final double PROMPT = 2, TOPIC = 3, LINE = 1, QUERY_TOPIC = 1.5;

    private final Topics topics;
    private final Map<String, Map<String, Double>> beats = new HashMap<>();
    private final List<Map<String, Double>> facts = new ArrayList<>();
    private final Map<String, Integer> documentFrequency = new HashMap<>();
    /** Each line's own words and the topics it names, so saying a line costs a lookup, not a tokenizing pass. */
    private final Map<String, Map<String, Double>> lines = new HashMap<>();
    private final Map<String, List<String>> lineTopics = new HashMap<>();
    private final int documents;
    /** Each term's idf, worked out once (a score asked it of every term of the query, for every candidate line). */
    private final Map<String, Double> idfs = new HashMap<>();
    private final double unknownIdf;
    /**
     * Other texts asked about (the sentences of what the client said, recalls): a line's doc and topics depend on
     * its text alone, so they are kept too, up to a bound, beside the lines cached at build. Shared by sessions.
     */
    private final Map<String, Map<String, Double>> otherLines = new java.util.concurrent.ConcurrentHashMap<>();
    private final Map<String, List<String>> otherTopics = new java.util.concurrent.ConcurrentHashMap<>();
    private static final int MAX_OTHER = 20_000;
    /**
     * Sentence embeddings of this conversation's texts (lines, prompts, facts), made on first use by the embedder a
     * session brings and shared by every later session (the texts are the scenario's own, so the set is bounded).
     */
    private final Map<String, Embedded> vectors = new java.util.concurrent.ConcurrentHashMap<>();
    /** What {@link #derived} made, by its class. */
    private final Map<Class<?>, Object> derived = new java.util.concurrent.ConcurrentHashMap<>();
    /** The topics a beat or fact says it is about (not a topic a line names in passing). */
    private final java.util.Set<String> declared = new java.util.HashSet<>();
    /** The terms of every line the persona can say (not of the prompts, which are the trainee's words). */
    private final java.util.Set<String> lineTerms = new java.util.HashSet<>();

    public LineIndex(Persona persona, Collection<Beat> beatList) {
        this.topics = Topics.of(persona == null ? Map.of() : persona.topics());
        for (Beat b : beatList) {
            Map<String, Double> doc = new LinkedHashMap<>();
            b.say().forEach(s -> add(doc, Terms.of(s), LINE));
            // A line that names a topic is about it ("I mentioned tina" is about tina), at a line's weight.
            b.say().forEach(s -> topics.in(Phrase.wordsOf(s)).forEach(t -> doc.merge("#" + t, LINE, Math::max)));
            b.prompts().forEach(p -> add(doc, Terms.of(p), PROMPT));
            b.topics().forEach(t -> doc.merge("#" + t, TOPIC, Math::max));
            // A beat's tags that name a topic count as its topics: older scenarios tag what a line is about.
            b.tags().stream().filter(topics::knows).forEach(t -> doc.merge("#" + t, TOPIC, Math::max));
            b.topics().forEach(declared::add);
            b.tags().stream().filter(topics::knows).forEach(declared::add);
            beats.put(b.id(), doc);
        }
        for (Fact f : persona == null ? List.<Fact>of() : persona.facts()) {
            Map<String, Double> doc = new LinkedHashMap<>();
            f.say().forEach(s -> add(doc, Terms.of(s), LINE));
            f.say().forEach(s -> topics.in(Phrase.wordsOf(s)).forEach(t -> doc.merge("#" + t, LINE, Math::max)));
            f.prompts().forEach(p -> add(doc, Terms.of(p), PROMPT));
            f.topics().forEach(t -> doc.merge("#" + t, TOPIC, Math::max));
            declared.addAll(f.topics());
            facts.add(doc);
        }
        for (Beat b : beatList) {
            b.say().forEach(this::cacheLine);
            b.recall().forEach(this::cacheLine);
        }
        for (Fact f : persona == null ? List.<Fact>of() : persona.facts()) {
            f.say().forEach(this::cacheLine);
        }
        List<Map<String, Double>> all = new ArrayList<>(beats.values());
        all.addAll(facts);
        all.forEach(doc -> doc.keySet().forEach(t -> documentFrequency.merge(t, 1, Integer::sum)));
        documents = all.size();
        documentFrequency.keySet().forEach(t -> idfs.put(t, idf(documentFrequency.get(t))));
        unknownIdf = idf(0);
    }

    public Topics topics() {
        return topics;
    }

    public Query query(String text) {
        List<String> words = Phrase.wordsOf(text);
        Map<String, Double> terms = new LinkedHashMap<>();
        for (String t : Terms.ofWords(words)) {
            terms.merge(t, 1.0, Math::max);
        }
        List<String> named = topics.in(words);
        named.forEach(t -> terms.merge("#" + t, QUERY_TOPIC, Math::max));
        return new Query(terms, named);
    }

    public Score beat(Query q, String beatId) {
        Map<String, Double> doc = beats.get(beatId);
        return doc == null ? Score.NONE : score(q, doc);
    }

    public Score fact(Query q, int index) {
        return score(q, facts.get(index));
    }

    /** One line's own words (a say variant), scored with the scenario's term weights. */
    public Score line(Query q, String text) {
        Map<String, Double> doc = lines.get(text);
        if (doc == null) {
            doc = otherLines.size() < MAX_OTHER ? otherLines.computeIfAbsent(text, this::lineDoc) : lineDoc(text);
        }
        return score(q, doc);
    }

    /** The topics a line of this scenario names (cached for the lines of its beats and facts). */
    public List<String> topicsOf(String text) {
        List<String> named = lineTopics.get(text);
        if (named != null) {
            return named;
        }
        return otherTopics.size() < MAX_OTHER ? otherTopics.computeIfAbsent(text, t -> List.copyOf(topics.in(Phrase.wordsOf(t))))
                : topics.in(Phrase.wordsOf(text));
    }

    private Map<String, Double> lineDoc(String text) {
        Map<String, Double> doc = new HashMap<>();
        add(doc, Terms.of(text), LINE);
        topics.in(Phrase.wordsOf(text)).forEach(t -> doc.put("#" + t, LINE));
        return doc;
    }

    /** How much of the response's weight is on words this scenario has any line about (1: all of it). */
    public double known(Query q) {
        double all = 0, known = 0;
        for (Map.Entry<String, Double> e : q.terms().entrySet()) {
            if (e.getKey().startsWith("#") && !documentFrequency.containsKey(e.getKey())) {
                continue; // a built-in topic no line here is tagged with says nothing about what the persona knows
            }
            double w = idf(e.getKey()) * e.getValue();
            all += w;
            if (documentFrequency.containsKey(e.getKey())) {
                known += w;
            }
        }
        return all == 0 ? 1 : known / all;
    }

    /**
     * What a practice engine reads out of this conversation once and keeps (e.g. which relative each name in the
     * story belongs to), made on the first call for {@code kind} and shared by every later session. It must depend on
     * the conversation alone and not change after it is made: sessions on many threads read it at once.
     *
     * <p>Why here: a session's client used to read the whole story again when it started, and with 500 trainees
     * starting sessions that reading (regular expressions over every line) put the first turn of a session at a p50 of
     * 190 ms (lead, round 10). The index is the conversation's one shared, lazily built object, so it keeps these too.
     */
    public <T> T derived(Class<T> kind, java.util.function.Supplier<? extends T> make) {
        return kind.cast(derived.computeIfAbsent(kind, k -> java.util.Objects.requireNonNull(make.get(), "made nothing")));
    }

    /** The embedding of one of this conversation's texts, made once with {@code embed} and then shared. */
    public float[] vector(String text, java.util.function.Function<String, float[]> embed) {
        return embedded(text, embed).vector();
    }

    /** The embedding of one of this conversation's texts with its squared length, made once and then shared. */
    public Embedded embedded(String text, java.util.function.Function<String, float[]> embed) {
        Embedded e = vectors.get(text);
        if (e == null) {
            e = Embedded.of(embed.apply(text));
            vectors.put(text, e);
        }
        return e;
    }

    /**
     * A text's embedding and its squared length, summed once when it is stored: a turn is compared with hundreds of
     * texts (a move read by meaning, ~470 examples), and the length was summed again on every comparison
     * (docs/benchmarks.md §36). The sum is the one a cosine takes, in the same order, so the cosine is the same double.
     */
    public record Embedded(float[] vector, double squaredNorm) {
        public static Embedded of(float[] v) {
            return new Embedded(v, squaredNorm(v));
        }

        /** The sum of the squares, each square made in float as the cosine's dot product makes its terms. */
        public static double squaredNorm(float[] v) {
            double sum = 0;
            for (float x : v) {
                sum += x * x;
            }
            return sum;
        }
    }

    /** How much a term tells this scenario's lines apart (its idf; a term no line uses weighs most). */
    public double weight(String term) {
        return idf(term);
    }

    /** Whether any line, prompt or fact of this scenario uses the term. */
    public boolean knows(String term) {
        return documentFrequency.containsKey(term);
    }

    /** Whether a beat or fact of this scenario says it is about the topic (its topics or tags). */
    public boolean covers(String topic) {
        return declared.contains(topic);
    }

    private Score score(Query q, Map<String, Double> doc) {
        double total = 0, got = 0;
        List<String> matched = new ArrayList<>();
        for (Map.Entry<String, Double> e : q.terms().entrySet()) {
            // A word no line of this scenario uses cannot tell its lines apart, but it is still part of what was
            // asked: it counts at half weight, so "are you in touch with your son?" is mostly about the son.
            double w = idf(e.getKey()) * e.getValue() * (documentFrequency.containsKey(e.getKey()) ? 1 : 0.5);
            total += w;
            Double dw = doc.get(e.getKey());
            if (dw != null) {
                got += w * dw / (dw + 0.6);
                matched.add(e.getKey());
            }
        }
        return total == 0 ? Score.NONE : new Score(got / total, List.copyOf(matched));
    }

    /** Whether any line the persona can say (a beat's lines or recalls, a fact) uses the term; prompts are the trainee's words. */
    public boolean said(String term) {
        return lineTerms.contains(term);
    }

    private void cacheLine(String text) {
        lineTerms.addAll(Terms.of(text));
        lines.computeIfAbsent(text, this::lineDoc);
        lineTopics.computeIfAbsent(text, t -> List.copyOf(topics.in(Phrase.wordsOf(t))));
    }

    private double idf(String term) {
        Double known = idfs.get(term);
        return known != null ? known : unknownIdf;
    }

    private double idf(int df) {
        return Math.log(1 + (documents - df + 0.5) / (df + 0.5));
    }

    private static void add(Map<String, Double> doc, List<String> terms, double weight) {
        terms.forEach(t -> doc.merge(t, weight, Math::max));
    }
}
