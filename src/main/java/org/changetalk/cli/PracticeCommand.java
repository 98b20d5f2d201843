package org.changetalk.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.changetalk.practice.DrillSession;
import org.changetalk.practice.PracticeSession;
import org.changetalk.practice.ResponseCoder;
import org.changetalk.scenario.model.Conversation;
import org.changetalk.scenario.model.Drill;
import org.changetalk.scenario.library.LibraryEntry;
import org.changetalk.scenario.model.Scenario;
import org.changetalk.scenario.library.ScenarioLibrary;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.concurrent.Callable;

/**
 * {@code changetalk practice --scenario ID [--script FILE [--json]] [--seed N]}: practise at the
 * terminal, or replay a script (one response per line) and print the transcript.
 */
@Command(name = "practice", description = "Practise a conversation or drill at the terminal, or replay a script.")
public final class PracticeCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Mixin
    ScenariosFolder scenarios;

    @Option(names = "--scenario", required = true, paramLabel = "ID", description = "The scenario or drill id.")
    String scenarioId;

    @Option(names = "--script", paramLabel = "FILE",
            description = "Trainee responses, one per line (blank lines and lines starting with # are skipped).")
    Path script;

    @Option(names = "--json", description = "With --script: print the whole transcript as JSON.")
    boolean json;

    @Option(names = "--seed", paramLabel = "N", description = "Seed for the client's wording (default: 1 with --script, random otherwise).")
    Long seed;

    private final ResponseCoder coder;
    private final InputStream in;

    public PracticeCommand() {
        this(new LazyCoder().counselor(), System.in);
    }

    PracticeCommand(ResponseCoder coder, InputStream in) {
        this.coder = coder;
        this.in = in;
    }

    @Override
    public Integer call() throws IOException {
        if (json && script == null) {
            throw new CommandLine.ParameterException(spec.commandLine(), "--json needs --script FILE");
        }
        ScenarioLibrary library = ScenarioLibrary.open(scenarios.folder);
        LibraryEntry entry = library.find(scenarioId).orElseThrow(() -> new CommandLine.ParameterException(
                spec.commandLine(), "no valid scenario '" + scenarioId + "' in " + scenarios.folder
                + " (run: changetalk validate " + scenarios.folder + ")"));
        long actualSeed = seed != null ? seed : script != null ? 1 : System.nanoTime();
        Iterator<String> responses = script != null ? scriptLines(script).iterator() : terminalLines();
        PrintWriter out = spec.commandLine().getOut();
        Scenario scenario = entry.scenario();
        if (scenario instanceof Conversation c) {
            converse(c, actualSeed, responses, out);
        } else {
            drill((Drill) scenario, responses, out);
        }
        out.flush();
        return 0;
    }

    private void converse(Conversation scenario, long actualSeed, Iterator<String> responses, PrintWriter out)
            throws IOException {
        PracticeSession session = new PracticeSession(scenario, coder, actualSeed);
        SessionPrinter printer = new SessionPrinter(out);
        String name = scenario.persona().name().split(" ")[0];
        if (!json) {
            out.println(scenario.title() + " (seed " + actualSeed + ")");
            out.println(scenario.summary());
            out.println("Type your response; /quit to stop.");
            printer.client(name, session.opening());
        }
        while (!session.isOver() && responses.hasNext()) {
            String text = responses.next();
            if (!json && script != null) {
                out.println("you: " + text);
            }
            var turn = session.respond(text);
            if (!json) {
                printer.turn(turn);
                printer.client(name, turn.reply());
            }
        }
        if (json) {
            print(TranscriptJson.conversation(session.transcript()), out);
        } else {
            session.ending().ifPresent(printer::ending);
        }
        warnUnused(responses);
    }

    private void drill(Drill drill, Iterator<String> responses, PrintWriter out) throws IOException {
        DrillSession session = new DrillSession(drill, coder);
        SessionPrinter printer = new SessionPrinter(out);
        if (!json) {
            out.println(drill.title());
            out.println(drill.instructions());
            out.println("Type your response; /quit to stop.");
        }
        while (!session.isMastered()) {
            if (!json) {
                printer.prompt(session.prompt());
            }
            if (!responses.hasNext()) {
                break;
            }
            String text = responses.next();
            if (!json && script != null) {
                out.println("you: " + text);
            }
            var attempt = session.attempt(text);
            if (!json) {
                printer.attempt(attempt);
            }
        }
        if (json) {
            print(TranscriptJson.drill(drill.id(), session.attempts(), session), out);
        }
        warnUnused(responses);
    }

    private void print(ObjectNode node, PrintWriter out) throws IOException {
        out.println(new ObjectMapper().writerWithDefaultPrettyPrinter().writeValueAsString(node));
    }

    private void warnUnused(Iterator<String> responses) {
        if (script != null && responses.hasNext()) {
            int left = 0;
            while (responses.hasNext()) {
                responses.next();
                left++;
            }
            spec.commandLine().getErr().println("note: the session ended with " + left + " line(s) of the script unused");
        }
    }

    private static List<String> scriptLines(Path file) throws IOException {
        return Files.readAllLines(file, StandardCharsets.UTF_8).stream()
                .map(String::strip)
                .filter(l -> !l.isEmpty() && !l.startsWith("#"))
                .toList();
    }

    /** Lines typed at the terminal until end of input or /quit; blank lines are skipped. */
    private Iterator<String> terminalLines() {
        BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
        PrintWriter out = spec.commandLine().getOut();
        return new Iterator<>() {
            private String next;
            private boolean done;

            @Override
            public boolean hasNext() {
                while (next == null && !done) {
                    out.print("you> ");
                    out.flush();
                    try {
                        String line = reader.readLine();
                        if (line == null || line.strip().equals("/quit")) {
                            done = true;
                        } else if (!line.isBlank()) {
                            next = line.strip();
                        }
                    } catch (IOException e) {
                        done = true;
                    }
                }
                return next != null;
            }

            @Override
            public String next() {
                if (!hasNext()) {
                    throw new NoSuchElementException();
                }
                String line = next;
                next = null;
                return line;
            }
        };
    }
}
