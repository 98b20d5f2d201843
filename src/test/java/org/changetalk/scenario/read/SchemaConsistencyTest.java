package org.changetalk.scenario.read;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.changetalk.coding.FlagKind;
import org.changetalk.coding.TalkKind;
import org.changetalk.scenario.model.Behaviour;
import org.changetalk.scenario.model.Category;
import org.changetalk.scenario.model.CategoryGroup;
import org.changetalk.scenario.model.ClientTalk;
import org.changetalk.scenario.model.DrillSkill;
import org.changetalk.scenario.model.EndKind;
import org.changetalk.scenario.model.GoalKind;
import org.changetalk.scenario.model.Level;
import org.changetalk.scenario.model.PitfallKind;
import org.changetalk.scenario.model.Stage;
import org.changetalk.scenario.model.Wire;
import org.changetalk.scenario.plan.PathStyle;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** scenarios/schema.json is what editors check against: its names must be exactly the loader's. */
class SchemaConsistencyTest {
    private final JsonNode schema = read("scenarios/schema.json");
    private final JsonNode plans = read("scenarios/test-plan.schema.json");

    @Test
    void enumsInTheSchemaMatchTheLoader() {
        JsonNode defs = schema.get("$defs");
        assertThat(strings(defs.at("/stage/enum"))).isEqualTo(Wire.names(Stage.class));
        assertThat(strings(defs.at("/category/enum"))).isEqualTo(Wire.names(Category.class));
        List<String> selectors = new ArrayList<>(Wire.names(Category.class));
        selectors.addAll(Wire.names(CategoryGroup.class));
        assertThat(strings(defs.at("/selector/enum"))).isEqualTo(selectors);
        assertThat(strings(defs.at("/flag/enum"))).containsExactlyInAnyOrderElementsOf(Wire.names(FlagKind.class));
        assertThat(strings(defs.at("/talk/enum"))).isEqualTo(Wire.names(ClientTalk.class));
        assertThat(strings(defs.at("/darnCat/enum"))).isEqualTo(Wire.names(TalkKind.class));
        assertThat(strings(defs.at("/endKind/enum"))).isEqualTo(Wire.names(EndKind.class));
        assertThat(strings(defs.at("/pitfallKind/enum"))).isEqualTo(Wire.names(PitfallKind.class));
        assertThat(strings(defs.at("/goal/properties/kind/enum"))).isEqualTo(Wire.names(GoalKind.class));
        assertThat(strings(defs.at("/persona/properties/behaviour/enum"))).isEqualTo(Wire.names(Behaviour.class));
        assertThat(strings(defs.at("/drill/properties/skill/enum"))).isEqualTo(Wire.names(DrillSkill.class));
        assertThat(strings(defs.at("/drill/properties/levels/required"))).isEqualTo(Wire.names(Level.class));
        assertThat(defs.at("/level/minItems").asInt()).isEqualTo(DrillReader.MIN_ITEMS_PER_LEVEL);
    }

    @Test
    void planSchemaNamesMatchTheLoader() {
        assertThat(strings(plans.at("/$defs/path/properties/style/enum"))).isEqualTo(Wire.names(PathStyle.class));
        List<String> endings = new ArrayList<>(Wire.names(EndKind.class));
        endings.add("none");
        assertThat(strings(plans.at("/$defs/path/properties/end/properties/ending/enum"))).containsExactlyInAnyOrderElementsOf(endings);
        assertThat(strings(plans.at("/$defs/state/properties/stage/enum"))).isEqualTo(Wire.names(Stage.class));
    }

    /** The studio's hover help shows a key's description: a property without one only says its type. */
    @Test
    void everyPropertyHasADescription() {
        List<String> properties = new ArrayList<>();
        List<String> undescribed = new ArrayList<>();
        collectProperties(schema.get("$defs"), "#/$defs", properties, undescribed);
        assertThat(properties).as("properties found").hasSizeGreaterThan(100);
        assertThat(undescribed).as("properties without a description, or with one ending in '.' (the hover help adds it)").isEmpty();
    }

    private static void collectProperties(JsonNode node, String path, List<String> all, List<String> undescribed) {
        if (node.isArray()) {
            for (int i = 0; i < node.size(); i++) {
                collectProperties(node.get(i), path + "/" + i, all, undescribed);
            }
            return;
        }
        for (var e : node.properties()) {
            String at = path + "/" + e.getKey();
            if (e.getKey().equals("properties") && e.getValue().isObject()) {
                for (var p : e.getValue().properties()) {
                    String property = at + "/" + p.getKey();
                    all.add(property);
                    JsonNode description = p.getValue().get("description");
                    // schema-help.js adds the full stop after a description
                    if (description == null || description.asText().isBlank() || description.asText().endsWith(".")) {
                        undescribed.add(property);
                    }
                    collectProperties(p.getValue(), property, all, undescribed);
                }
            } else if (e.getValue().isContainerNode()) {
                collectProperties(e.getValue(), at, all, undescribed);
            }
        }
    }

    private static List<String> strings(JsonNode array) {
        assertThat(array.isArray()).as("schema path exists").isTrue();
        List<String> out = new ArrayList<>();
        array.forEach(n -> out.add(n.asText()));
        return out;
    }

    private static JsonNode read(String file) {
        try {
            return new ObjectMapper().readTree(Path.of(file).toFile());
        } catch (IOException e) {
            throw new AssertionError(e);
        }
    }
}
