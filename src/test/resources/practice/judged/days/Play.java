import org.changetalk.coding.*;
import org.changetalk.practice.*;
import org.changetalk.scenario.library.*;
import org.changetalk.scenario.model.*;
import java.io.*;
import java.nio.file.*;
import java.util.*;

/** client13 measuring aid: many sessions in one JVM with one coder and embedder. stdin lines: outfile scenario script seed. */
public class Play {
    public static void main(String[] a) throws Exception {
        ScenarioLibrary lib = ScenarioLibrary.open(Path.of("scenarios"));
        MiniLmEmbedder emb = new MiniLmEmbedder();
        Coder coder = new Coder(emb);
        ResponseCoder rc = ResponseCoder.of(coder, emb);
        BufferedReader r = new BufferedReader(new InputStreamReader(System.in));
        for (String line; (line = r.readLine()) != null; ) {
            String[] f = line.trim().split("\\s+");
            if (f.length < 4) continue;
            Conversation c = (Conversation) lib.entries().stream().map(e -> e.scenario()).filter(s -> s.id().equals(f[1])).findFirst().orElseThrow();
            PracticeSession s = new PracticeSession(c, rc, Long.parseLong(f[3]));
            String name = c.persona().name();
            try (PrintWriter out = new PrintWriter(new FileWriter(f[0]))) {
                out.println(name + " (" + s.opening().talk().name().toLowerCase() + "): " + s.opening().text());
                for (String say : Files.readAllLines(Path.of(f[2]))) {
                    if (say.isBlank() || say.strip().startsWith("#") || s.isOver()) continue;
                    PracticeTurn t = s.respond(say.strip());
                    ClientState st = t.after();
                    out.println("you: " + say.strip());
                    out.printf(Locale.ROOT, "  state:    engagement %s · discord %s · importance %s · confidence %s · stage %s%n",
                            fmt(st.engagement()), fmt(st.discord()), fmt(st.importance()), fmt(st.confidence()), st.stage().name().toLowerCase());
                    out.println(name + " (" + t.reply().talk().name().toLowerCase() + "): " + t.reply().text() + "   [" + t.reply().beat() + "; " + t.reply().why() + "]");
                }
                s.ending().ifPresent(e -> out.println("Session ended: " + e.kind().name().toLowerCase().replace('_', ' ') + " after " + e.turn() + " response(s)."));
            }
            System.out.println("done " + f[0]);
        }
    }
    static String fmt(double d) { return d == Math.rint(d) ? String.valueOf((long) d) : String.format(Locale.ROOT, "%.2f", d); }
}
