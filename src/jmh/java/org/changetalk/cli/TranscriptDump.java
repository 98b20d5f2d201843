package org.changetalk.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.changetalk.coding.Coder;
import org.changetalk.practice.PracticeSession;
import org.changetalk.practice.PracticeTurn;
import org.changetalk.practice.ResponseCoder;
import org.changetalk.scenario.library.LibraryEntry;
import org.changetalk.scenario.library.ScenarioLibrary;
import org.changetalk.scenario.model.Conversation;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * Every conversation played with every practice script and seed, written as {@code practice --script} writes it
 * (the terminal transcript, then the {@code --json} transcript with each reply's "why"), one file per play, in
 * one JVM: the check that a speed change left every reply as it was (compare two jars' folders with diff -r).
 * The same printing as {@link PracticeCommand}, without reloading the library for each of the ~1,000 plays.
 *
 * <pre>java -cp CLASSES:target/changetalk.jar org.changetalk.cli.TranscriptDump OUT_DIR SCRIPTS_DIR SEED…</pre>
 * (run from the project folder: the conversations come from scenarios/)
 */
public final class TranscriptDump {
    private TranscriptDump() {
    }

    public static void main(String[] args) throws IOException {
        Path out = Files.createDirectories(Path.of(args[0]));
        List<Path> scripts;
        try (Stream<Path> s = Files.list(Path.of(args[1]))) {
            scripts = s.filter(p -> p.toString().endsWith(".txt")).sorted().toList();
        }
        List<Long> seeds = Stream.of(args).skip(2).map(Long::parseLong).toList();
        Coder coder = new Coder();
        ResponseCoder responses = ResponseCoder.of(coder);
        List<Conversation> conversations = ScenarioLibrary.open(Path.of("scenarios")).entries().stream()
                .map(LibraryEntry::scenario).filter(s -> s instanceof Conversation).map(s -> (Conversation) s).toList();
        ObjectMapper json = new ObjectMapper();
        int plays = 0;
        long start = System.nanoTime();
        for (Conversation c : conversations) {
            for (Path script : scripts) {
                List<String> lines = Files.readAllLines(script, StandardCharsets.UTF_8).stream().map(String::strip)
                        .filter(l -> !l.isEmpty() && !l.startsWith("#")).toList();
                for (long seed : seeds) {
                    StringWriter text = new StringWriter();
                    PrintWriter w = new PrintWriter(text);
                    PracticeSession session = new PracticeSession(c, responses, seed);
                    SessionPrinter printer = new SessionPrinter(w);
                    String name = c.persona().name().split(" ")[0];
                    w.println(c.title() + " (seed " + seed + ")");
                    printer.client(name, session.opening());
                    List<String> left = new ArrayList<>(lines);
                    while (!session.isOver() && !left.isEmpty()) {
                        String said = left.remove(0);
                        w.println("you: " + said);
                        PracticeTurn turn = session.respond(said);
                        printer.turn(turn);
                        printer.client(name, turn.reply());
                    }
                    session.ending().ifPresent(printer::ending);
                    w.println(json.writerWithDefaultPrettyPrinter().writeValueAsString(TranscriptJson.conversation(session.transcript())));
                    w.flush();
                    String file = c.id() + "." + script.getFileName().toString().replaceFirst("\\.txt$", "") + "." + seed + ".txt";
                    Files.writeString(out.resolve(file), text.toString(), StandardCharsets.UTF_8);
                    plays++;
                }
            }
        }
        System.out.printf("%d plays (%d conversations × %d scripts × %d seeds) in %.1f s%n", plays, conversations.size(),
                scripts.size(), seeds.size(), (System.nanoTime() - start) / 1e9);
    }
}
