package org.changetalk.practice;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The settings of how the client ranks its lines by what a turn is about (relevance.txt): how much better another
 * line must mean an open question before the graph's next line gives way to it, and how a reflection's reply is
 * chosen by continuing its topic. The thresholds are data so that they can be tuned on scripts without touching code.
 *
 * @param storyKeepMargin the graph's next part of the story is kept for an open question only within this much of
 *                        the best meaning
 * @param gistMargin      another allowed line must be this much closer in meaning to a reflection to replace the graph's
 * @param gistFloor       ...and at least this close
 * @param gistElsewhere   an untold part of the story the graph does not allow here must be this close to a reflection
 */
record Relevance(double storyKeepMargin, double gistMargin, double gistFloor, double gistElsewhere) {
    static final Relevance DEFAULT = read(Resources.lines("relevance.txt"));

    static Relevance read(List<String> lines) {
        Map<String, Double> v = new HashMap<>();
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i).strip();
            if (line.isEmpty() || line.startsWith("#")) {
                continue;
            }
            String[] f = line.split("\\s+");
            if (f.length != 2) {
                throw new IllegalStateException("relevance.txt:" + (i + 1) + ":1: a key and a value, got: " + line);
            }
            try {
                v.put(f[0], Double.parseDouble(f[1]));
            } catch (NumberFormatException e) {
                throw new IllegalStateException("relevance.txt:" + (i + 1) + ":" + (line.indexOf(f[1]) + 1)
                        + ": not a number: " + f[1], e);
            }
        }
        return new Relevance(get(v, "story.keep_margin"), get(v, "gist.margin"), get(v, "gist.floor"),
                get(v, "gist.elsewhere"));
    }

    private static double get(Map<String, Double> v, String key) {
        Double d = v.get(key);
        if (d == null) {
            throw new IllegalStateException("relevance.txt: no '" + key + "'");
        }
        return d;
    }
}
