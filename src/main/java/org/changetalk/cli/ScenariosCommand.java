package org.changetalk.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.changetalk.scenario.library.LibraryEntry;
import org.changetalk.scenario.read.Problem;
import org.changetalk.scenario.model.Scenario;
import org.changetalk.scenario.library.ScenarioLibrary;
import org.changetalk.scenario.model.Wire;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;

/** {@code changetalk scenarios [--json]}: the valid scenarios; skipped files are named on stderr. */
@Command(name = "scenarios", description = "List the scenarios and drills in the library.")
public final class ScenariosCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Mixin
    ScenariosFolder scenarios;

    @Option(names = "--json", description = "Print a JSON array of {id, title, kind, stage, behaviour, file}.")
    boolean json;

    @Override
    public Integer call() throws Exception {
        ScenarioLibrary library = ScenarioLibrary.open(scenarios.folder);
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        for (Map.Entry<Path, List<Problem>> skipped : library.skipped().entrySet()) {
            err.println("skipped " + skipped.getKey() + " (" + skipped.getValue().size() + " problem(s); first: "
                    + skipped.getValue().get(0) + ")");
        }
        List<LibraryEntry> entries = library.entries();
        if (json) {
            ObjectMapper mapper = new ObjectMapper();
            ArrayNode array = mapper.createArrayNode();
            for (LibraryEntry e : entries) {
                Scenario s = e.scenario();
                ObjectNode o = array.addObject();
                o.put("id", s.id());
                o.put("title", s.title());
                o.put("kind", Wire.name(s.kind()));
                o.put("stage", s.stage() == null ? null : Wire.name(s.stage()));
                o.put("behaviour", s.behaviour() == null ? null : Wire.name(s.behaviour()));
                o.put("file", e.file().toString());
            }
            out.println(mapper.writerWithDefaultPrettyPrinter().writeValueAsString(array));
        } else {
            for (LibraryEntry e : entries) {
                Scenario s = e.scenario();
                out.printf("%-40s %-12s %-17s %-15s %s%n", s.id(), Wire.name(s.kind()),
                        s.stage() == null ? "-" : Wire.name(s.stage()),
                        s.behaviour() == null ? "-" : Wire.name(s.behaviour()), s.title());
            }
        }
        out.flush();
        return 0;
    }
}
