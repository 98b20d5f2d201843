package org.changetalk.eval;

import java.util.List;
import java.util.Locale;
import java.util.function.UnaryOperator;

/** The evaluation as fixed-width tables for a terminal. */
final class TextReport {
    private TextReport() {
    }

    static String render(List<PartScores> parts) {
        StringBuilder out = new StringBuilder();
        for (PartScores part : parts) {
            out.append(String.format(Locale.ROOT, "== %s: %d items (%d counselor, %d client) ==%n",
                    part.name(), part.items(), part.counselorItems(), part.clientItems()));
            if (part.counselorItems() > 0) {
                out.append(String.format(Locale.ROOT, "%nCounselor primary code%n"));
                scores(out, part.primary());
                confusion(out, part.primary(), TextReport::initials, 5);
                out.append(String.format(Locale.ROOT, "open/closed accuracy %s (n=%d, both primaries QUESTION)%n",
                        number(part.openClosed().rate()), part.openClosed().total()));
                out.append(String.format(Locale.ROOT,
                        "simple/complex accuracy %s (n=%d, both primaries reflections)%n",
                        number(part.simpleComplex().rate()), part.simpleComplex().total()));
                // how often a gold simple (complex) reflection gets exactly that code: the hidden sessions' complaint is
                // complex over-called (recall 0.77 against simple 0.43), which inflates every %CR
                out.append(String.format(Locale.ROOT, "simple reflection recall %s, complex reflection recall %s (exact primary code)%n",
                        number(part.primary().recall("SIMPLE_REFLECTION")), number(part.primary().recall("COMPLEX_REFLECTION"))));
                out.append(String.format(Locale.ROOT,
                        "false flags %s (n=%d MI-consistent turns given Persuade, Confront or a harm-reduction flag)%n",
                        number(part.falseFlags().rate()), part.falseFlags().total()));
                out.append(String.format(Locale.ROOT,
                        "caught %s (n=%d MI-inconsistent turns given Persuade, Confront or a harm-reduction flag)%n",
                        number(part.caught().rate()), part.caught().total()));
                calibration(out, part.calibration());
                sessions(out, part.sessions());
                out.append(String.format(Locale.ROOT, "%nCounselor 4-class (hidden-evaluation mapping)%n"));
                scores(out, part.behaviour());
                confusion(out, part.behaviour());
            }
            if (part.clientItems() > 0) {
                out.append(String.format(Locale.ROOT, "%nClient talk%n"));
                scores(out, part.talk());
                confusion(out, part.talk());
                out.append(String.format(Locale.ROOT,
                        "DARN-CAT kind accuracy %s (n=%d, gold and predicted talk agree, not neutral)%n",
                        number(part.talkKind().rate()), part.talkKind().total()));
            }
            out.append(System.lineSeparator());
        }
        return out.toString();
    }

    private static void sessions(StringBuilder out, SessionRanking s) {
        if (s.sessions() == 0) return;
        out.append(String.format(Locale.ROOT, "session ranking (%d whole sessions, %d high / %d low quality by their gold codes): "
                        + "AUC relational %s  technical %s  R:Q %s  (R:Q from the gold codes %s)%n",
                s.sessions(), s.high(), s.sessions() - s.high(), number(s.relational()), number(s.technical()), number(s.rq()),
                number(s.goldRq())));
        if (s.skilled() > 0 && s.low() > 0) {
            out.append(String.format(Locale.ROOT, "  by the skill its writer declared (%d skilled / %d low, average left out): "
                            + "AUC relational %s  technical %s  R:Q %s%n",
                    s.skilled(), s.low(), number(s.skilledRelational()), number(s.skilledTechnical()), number(s.skilledRq())));
        }
    }

    private static void calibration(StringBuilder out, Calibration c) {
        out.append(String.format(Locale.ROOT, "confidence of the primary code: ECE %s (n=%d)%n", number(c.ece()), c.total()));
        out.append(String.format(Locale.ROOT, "  %-9s %6s %10s %9s%n", "bin", "items", "mean conf", "accuracy"));
        for (int b = 0; b < Calibration.BINS; b++) {
            if (c.count()[b] == 0) continue;
            out.append(String.format(Locale.ROOT, "  %.1f-%.1f   %6d %10s %9s%n", b / 10.0, (b + 1) / 10.0, c.count()[b],
                    number(c.meanConfidence(b)), number(c.accuracy(b))));
        }
    }

    private static void scores(StringBuilder out, ConfusionMatrix m) {
        int width = labelWidth(m);
        out.append(String.format(Locale.ROOT, "%-" + width + "s %9s %9s %9s %8s%n",
                "", "precision", "recall", "f1", "support"));
        for (String label : m.labels()) {
            if (m.support(label) == 0 && m.predicted(label) == 0) {
                continue;
            }
            out.append(String.format(Locale.ROOT, "%-" + width + "s %9s %9s %9s %8d%n", label,
                    number(m.precision(label)), number(m.recall(label)), number(m.f1(label)), m.support(label)));
        }
        out.append(String.format(Locale.ROOT, "macro-F1 %s (over %d classes with support)  accuracy %s  kappa %s  n=%d%n",
                number(m.macroF1()), m.labelsWithSupport().size(), number(m.accuracy()), number(m.kappa()),
                m.total()));
    }

    private static void confusion(StringBuilder out, ConfusionMatrix m) {
        confusion(out, m, label -> label, 8);
    }

    /**
     * The confusion table; {@code heading} shortens the column labels so eleven MITI codes fit a terminal
     * (rows keep the full name, so the short forms read off them).
     */
    private static void confusion(StringBuilder out, ConfusionMatrix m, UnaryOperator<String> heading, int minCell) {
        int width = labelWidth(m);
        int cell = Math.max(minCell, m.labels().stream().map(heading).mapToInt(String::length).max().orElse(0) + 1);
        out.append(String.format(Locale.ROOT, "confusion (rows gold, columns predicted)%n"));
        out.append(" ".repeat(width));
        m.labels().forEach(l -> out.append(String.format(Locale.ROOT, "%" + cell + "s", heading.apply(l))));
        out.append(System.lineSeparator());
        for (String gold : m.labels()) {
            out.append(String.format(Locale.ROOT, "%-" + width + "s", gold));
            for (String predicted : m.labels()) {
                out.append(String.format(Locale.ROOT, "%" + cell + "d", m.count(gold, predicted)));
            }
            out.append(System.lineSeparator());
        }
    }

    /** GIVING_INFORMATION → GI, PERSUADE_WITH_PERMISSION → PWP. */
    private static String initials(String label) {
        StringBuilder b = new StringBuilder();
        for (String part : label.split("_")) b.append(part.charAt(0));
        return b.toString();
    }

    private static int labelWidth(ConfusionMatrix m) {
        return m.labels().stream().mapToInt(String::length).max().orElse(0) + 2;
    }

    static String number(double value) {
        return Double.isNaN(value) ? "n/a" : String.format(Locale.ROOT, "%.3f", value);
    }
}
