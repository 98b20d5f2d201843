package org.changetalk.scenario.read;

import org.changetalk.scenario.model.Scenario;
import org.changetalk.scenario.model.ScenarioKind;
import org.changetalk.scenario.plan.TestPlan;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * Loads scenario files and test plans: lenient JSON in, a checked value or every problem out.
 * Never throws for anything a file contains. Stateless and thread-safe.
 */
public final class ScenarioLoader {
    public static final String PLAN_SUFFIX = ".test.json";

    private final TreeReader trees = new TreeReader();

    /** A scenario file: {@code <id>.json}, but not a test plan or a schema. */
    public static boolean isScenarioFile(Path file) {
        String name = file.getFileName().toString();
        return name.endsWith(".json") && !name.endsWith(PLAN_SUFFIX) && !name.endsWith("schema.json");
    }

    public static boolean isPlanFile(Path file) {
        return file.getFileName().toString().endsWith(PLAN_SUFFIX);
    }

    public LoadResult<Scenario> loadScenario(Path file) {
        try {
            return readScenario(file, FolderFiles.read(file));
        } catch (IOException e) {
            return unreadable(file, e);
        }
    }

    public LoadResult<Scenario> readScenario(Path file, byte[] bytes) {
        Checked c = check(file, bytes);
        return c.problems().isEmpty() ? new LoadResult.Loaded<>(file, c.scenario()) : new LoadResult.Rejected<>(file, c.problems());
    }

    /**
     * What the validator makes of a text, whether or not it is valid: every problem, and as much of the
     * scenario as could be read (null after a syntax error or without a kind; with errors, parts of it may be
     * null or missing). For an editor that shows problems and a map while the author types.
     *
     * @param warnings what the file lacks without being refused: a beat or line that says no topics or prompts, so the
     *                 relevance engine can only match its spoken words (warnings, not errors: files saved before the
     *                 rule still load)
     * @param beatPositions where each beat id is written, as {line, column}, in file order (conversations only)
     */
    public record Checked(Scenario scenario, List<Problem> problems, List<Problem> warnings, Map<String, int[]> beatPositions) {
        public boolean valid() {
            return problems.isEmpty();
        }
    }

    /** Checks a text that need not be a file yet; {@code file}'s name is the one the id must match. */
    public Checked check(Path file, byte[] bytes) {
        Problems problems = new Problems(file);
        Values v = new Values(problems);
        Fields top = topLevel(bytes, v, "scenario");
        if (top == null) {
            return new Checked(null, problems.sorted(), List.of(), Map.of());
        }
        top.get("$schema"); // lets an editor find schema.json; the loader ignores it
        TestPlanReader.checkFormat(v, top.require("format"));
        String expectedId = baseName(file, ".json");
        Node idNode = top.require("id");
        String id = v.id(idNode, "id");
        if (id != null && !id.equals(expectedId)) {
            v.problem(idNode.pos(), "id '" + id + "' must match the file name '" + expectedId + ".json'");
        }
        ScenarioKind kind = v.choice(top.require("kind"), "kind", ScenarioKind.class);
        String title = v.text(top.require("title"), "title");
        String summary = v.text(top.require("summary"), "summary");
        Scenario scenario = null;
        Map<String, int[]> positions = Map.of();
        if (kind == ScenarioKind.CONVERSATION) {
            ConversationReader reader = new ConversationReader(v);
            scenario = reader.read(top, id, title, summary);
            positions = reader.beatPositions();
        } else if (kind == ScenarioKind.DRILL) {
            scenario = new DrillReader(v).read(top, id, title, summary);
        }
        if (kind != null) {
            top.finish(); // without a kind, every other key would look unknown
        }
        return new Checked(scenario, problems.sorted(), problems.sortedWarnings(), positions);
    }

    /** @param scenarios finds a valid scenario by id, or returns null */
    public LoadResult<TestPlan> loadPlan(Path file, Function<String, Scenario> scenarios) {
        try {
            return readPlan(file, FolderFiles.read(file), scenarios);
        } catch (IOException e) {
            return unreadable(file, e);
        }
    }

    public LoadResult<TestPlan> readPlan(Path file, byte[] bytes, Function<String, Scenario> scenarios) {
        Problems problems = new Problems(file);
        Values v = new Values(problems);
        Fields top = topLevel(bytes, v, "test plan");
        if (top == null) {
            return new LoadResult.Rejected<>(file, problems.sorted());
        }
        top.get("$schema");
        TestPlan plan = new TestPlanReader(v, scenarios).read(top, baseName(file, PLAN_SUFFIX));
        top.finish();
        return problems.any() ? new LoadResult.Rejected<>(file, problems.sorted()) : new LoadResult.Loaded<>(file, plan);
    }

    private Fields topLevel(byte[] bytes, Values v, String what) {
        TreeReader.Result result = trees.read(bytes);
        if (result instanceof TreeReader.Result.SyntaxError err) {
            v.problem(err.pos(), err.message());
            return null;
        }
        Node root = ((TreeReader.Result.Tree) result).root();
        if (!(root instanceof Node.Obj)) {
            v.problem(root.pos(), "a " + what + " file is one object { ... }, got " + root.describe());
            return null;
        }
        return v.fields(root, what);
    }

    private static String baseName(Path file, String suffix) {
        String name = file.getFileName().toString();
        return name.endsWith(suffix) ? name.substring(0, name.length() - suffix.length()) : null;
    }

    private static <T> LoadResult<T> unreadable(Path file, IOException e) {
        return new LoadResult.Rejected<>(file, List.of(new Problem(file, 1, 1, "cannot read the file: " + e.getMessage())));
    }
}
