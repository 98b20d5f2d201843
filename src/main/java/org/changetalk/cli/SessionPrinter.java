package org.changetalk.cli;

import org.changetalk.session.ClientLine;
import org.changetalk.practice.DrillAttempt;
import org.changetalk.practice.DrillPrompt;
import org.changetalk.session.Ending;
import org.changetalk.session.Feedback;
import org.changetalk.practice.PracticeTurn;
import org.changetalk.scenario.model.ClientState;
import org.changetalk.scenario.model.Numbers;
import org.changetalk.scenario.model.Wire;

import java.io.PrintWriter;

/** Prints a practice session for a person at a terminal: the client, the codes, the feedback, the state. */
final class SessionPrinter {
    private final PrintWriter out;

    SessionPrinter(PrintWriter out) {
        this.out = out;
    }

    void client(String name, ClientLine line) {
        out.println();
        out.println(name + " (" + Wire.name(line.talk()) + "): " + line.text());
        out.flush();
    }

    void turn(PracticeTurn turn) {
        out.println("  codes:    " + turn.coding().codes() + " -> " + turn.category().label());
        feedback(turn.feedback());
        out.println("  state:    " + state(turn.after()));
    }

    void feedback(Feedback f) {
        out.println("  you did:  " + f.did());
        out.println("  why:      " + f.why());
        f.concerns().forEach(c -> out.println("  concern:  " + c));
        if (f.tryInstead() != null) {
            out.println("  try:      \"" + f.tryInstead().text() + "\" (" + f.tryInstead().skill().label() + ")");
        }
    }

    void ending(Ending ending) {
        out.println();
        out.println("Session ended: " + Wire.name(ending.kind()).replace('_', ' ') + " after " + ending.turn() + " response(s).");
        out.flush();
    }

    void prompt(DrillPrompt p) {
        out.println();
        out.println("[" + Wire.name(p.level()) + "] " + (p.item().context() == null ? "" : p.item().context() + ": ")
                + "\"" + p.item().client() + "\"");
        out.flush();
    }

    void attempt(DrillAttempt a) {
        out.println("  codes:    " + a.coding().codes() + " -> " + a.category().label()
                + (a.success() ? "  ✔ counts" : "  ✘ does not count"));
        feedback(a.feedback());
        if (a.levelAfter() != a.level()) {
            out.println("  >> level up: " + Wire.name(a.levelAfter()));
        }
        if (a.mastered()) {
            out.println("  >> drill mastered");
        }
        out.flush();
    }

    static String state(ClientState s) {
        return "engagement " + shown(s.engagement()) + " · discord " + shown(s.discord())
                + " · importance " + shown(s.importance()) + " · confidence " + shown(s.confidence())
                + " · stage " + Wire.name(s.stage());
    }

    /** A state value as a person reads it: engagement now grows by fractions, and 7.708333333 says no more than 7.71. */
    private static String shown(double value) {
        return Numbers.format(Math.round(value * 100) / 100.0);
    }
}
