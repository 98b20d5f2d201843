package org.changetalk.studio;

import org.changetalk.scenario.model.ScenarioKind;
import org.changetalk.scenario.model.Stage;
import org.changetalk.scenario.model.Wire;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/** Valid starting files for a new conversation (at a chosen stage) or drill. */
public final class Templates {
    private static final String DRILL_ID = "drill-complex-reflection";

    private Templates() {
    }

    public static String defaultId(ScenarioKind kind, Stage stage) {
        return kind == ScenarioKind.DRILL ? "drill-new" : "sam-vaping-" + Wire.name(stage);
    }

    /** @param stage the persona's stage (conversations; ignored for drills) */
    public static String text(ScenarioKind kind, Stage stage, String id) {
        if (kind == ScenarioKind.DRILL) {
            return resource("drill.json").replace("id: '" + DRILL_ID + "'", "id: '" + id + "'");
        }
        // the client's change of mind ends the session: a move to the next stage, or (in maintenance) a plan
        String ending = stage == Stage.MAINTENANCE
                ? "end: 'plan_agreed', goal: 'lower-strength',"
                : "stage: '" + Wire.name(Stage.values()[stage.ordinal() + 1]) + "', end: 'stage_moved',";
        return resource("conversation.json").replace("{{id}}", id).replace("{{stage}}", Wire.name(stage))
                .replace("{{ending}}", ending);
    }

    private static String resource(String name) {
        try (InputStream in = Templates.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("missing template " + name);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
