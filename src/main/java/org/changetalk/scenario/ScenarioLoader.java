package org.changetalk.scenario;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Function;

/**
 * Loads scenario files and test plans: lenient JSON in, a checked value or every problem out.
 * Never throws for anything a file contains. Stateless and thread-safe.
 */
public final class ScenarioLoader {
    static final String PLAN_SUFFIX = ".test.json";

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
            return readScenario(file, Files.readAllBytes(file));
        } catch (IOException e) {
            return unreadable(file, e);
        }
    }

    public LoadResult<Scenario> readScenario(Path file, byte[] bytes) {
        Problems problems = new Problems(file);
        Values v = new Values(problems);
        Fields top = topLevel(bytes, v, "scenario");
        if (top == null) {
            return new LoadResult.Rejected<>(file, problems.sorted());
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
        if (kind == ScenarioKind.CONVERSATION) {
            scenario = new ConversationReader(v).read(top, id, title, summary);
        } else if (kind == ScenarioKind.DRILL) {
            scenario = new DrillReader(v).read(top, id, title, summary);
        }
        if (kind != null) {
            top.finish(); // without a kind, every other key would look unknown
        }
        return problems.any() ? new LoadResult.Rejected<>(file, problems.sorted()) : new LoadResult.Loaded<>(file, scenario);
    }

    /** @param scenarios finds a valid scenario by id, or returns null */
    public LoadResult<TestPlan> loadPlan(Path file, Function<String, Scenario> scenarios) {
        try {
            return readPlan(file, Files.readAllBytes(file), scenarios);
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
