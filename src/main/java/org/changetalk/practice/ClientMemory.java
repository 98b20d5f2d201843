package org.changetalk.practice;

import org.changetalk.scenario.model.ClientTalk;
import org.changetalk.scenario.model.Measure;
import org.changetalk.scenario.model.Terms;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * What the client remembers of this session: every line said (never twice word for word), which
 * beats' stories were told and how, the ruler numbers given, the content terms of everything the
 * client and the trainee said (a reflection of something never said gets a correction; a plan names
 * what came up), and the recent offences (a walkout needs a pattern).
 */
final class ClientMemory {
    private final Set<String> said = new java.util.LinkedHashSet<>();
    private final Map<String, String> toldAs = new HashMap<>();
    private final Map<Measure, Integer> rulers = new EnumMap<>(Measure.class);
    private Measure lastRuler;
    private final Set<String> clientTerms = new HashSet<>();
    private final Set<String> traineeTerms = new HashSet<>();
    private boolean askedAgain;
    private final List<String> changeTalk = new ArrayList<>();
    private final Deque<Boolean> offences = new ArrayDeque<>();
    /** MI-inconsistent responses in the whole session: a closing after any earns no change talk from a stock line. */
    private int offencesInSession;
    private final Set<String> topics = new HashSet<>();
    /** The talk of the client's last three replies: a rupture is recent while discord is among them. */
    private final Deque<ClientTalk> recentTalk = new ArrayDeque<>();

    void client(String beat, String text, ClientTalk talk, boolean story) {
        said.add(text);
        if (story) {
            toldAs.putIfAbsent(beat, text);
        }
        clientTerms.addAll(Terms.of(text));
        if (talk == ClientTalk.CHANGE) {
            changeTalk.add(text);
        }
        recentTalk.addLast(talk);
        while (recentTalk.size() > 3) {
            recentTalk.removeFirst();
        }
    }

    /** Whether the trainee's latest turn asks again what an earlier turn asked (most of its words came up from them). */
    boolean askedAgain() {
        return askedAgain;
    }

    boolean recentDiscord() {
        return recentTalk.contains(ClientTalk.DISCORD);
    }

    void trainee(String text, boolean offence) {
        List<String> terms = Terms.of(text);
        long before = terms.stream().filter(traineeTerms::contains).count();
        // Asked again: most of this turn's content words were in the trainee's earlier turns ("I told you already" fits).
        askedAgain = terms.size() >= 2 && before * 5 >= terms.size() * 3;
        traineeTerms.addAll(terms);
        offences.addLast(offence);
        offencesInSession += offence ? 1 : 0;
        while (offences.size() > 4) {
            offences.removeFirst();
        }
    }

    /** Topics that came up in the session, from either side. */
    void topics(List<String> named) {
        topics.addAll(named);
    }

    boolean topicCameUp(String topic) {
        return topics.contains(topic);
    }

    /** Every line the client has said, in no particular order. */
    Set<String> saidLines() {
        return said;
    }

    boolean said(String text) {
        return said.contains(text);
    }

    /** Whether a line was said, alone or as part of a longer reply (a stock line after a greeting back). */
    boolean saidWithin(String text) {
        if (said.contains(text)) {
            return true;
        }
        for (String line : said) {
            if (line.contains(text)) {
                return true;
            }
        }
        return false;
    }

    /** The beat whose story a line told, if it was one. */
    Optional<String> beatOf(String line) {
        for (Map.Entry<String, String> e : toldAs.entrySet()) {
            if (e.getValue().equals(line)) {
                return Optional.of(e.getKey());
            }
        }
        return Optional.empty();
    }

    boolean told(String beat) {
        return toldAs.containsKey(beat);
    }

    String toldAs(String beat) {
        return toldAs.get(beat);
    }

    void ruler(Measure m, int n) {
        rulers.put(m, n);
        lastRuler = m;
    }

    /** The ruler asked last: "why not lower?" with no word for what is about that one. */
    Optional<Measure> lastRuler() {
        return Optional.ofNullable(lastRuler);
    }

    /** The client's change talk so far, oldest first. */
    List<String> changeTalkLines() {
        return List.copyOf(changeTalk);
    }

    Map<Measure, Integer> rulers() {
        return rulers;
    }

    /** Whether a content term came up in the session, from either side. */
    boolean cameUp(String term) {
        return clientTerms.contains(term) || traineeTerms.contains(term);
    }

    Set<String> clientTerms() {
        return clientTerms;
    }

    Optional<String> lastChangeTalk() {
        return changeTalk.isEmpty() ? Optional.empty() : Optional.of(changeTalk.get(changeTalk.size() - 1));
    }

    int offencesInSession() {
        return offencesInSession;
    }

    /** MI-inconsistent responses among the last four, this one included. */
    int recentOffences() {
        return (int) offences.stream().filter(b -> b).count();
    }
}
