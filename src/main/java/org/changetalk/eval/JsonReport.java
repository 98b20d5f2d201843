package org.changetalk.eval;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.util.List;

/** The evaluation as JSON ({@code --json}): undefined scores are null, numbers have four decimals. */
final class JsonReport {
    private static final JsonNodeFactory JSON = JsonNodeFactory.instance;

    private JsonReport() {
    }

    static ObjectNode render(List<PartScores> parts) {
        ObjectNode root = JSON.objectNode();
        ArrayNode list = root.putArray("parts");
        for (PartScores part : parts) {
            ObjectNode p = list.addObject();
            p.put("name", part.name());
            p.put("items", part.items());
            ObjectNode counselor = p.putObject("counselor");
            counselor.put("items", part.counselorItems());
            counselor.set("primary", scores(part.primary()));
            counselor.set("openClosed", agreement(part.openClosed()));
            counselor.set("simpleComplex", agreement(part.simpleComplex()));
            counselor.set("fourClass", scores(part.behaviour()));
            counselor.set("falseFlags", rate(part.falseFlags()));
            counselor.set("caught", rate(part.caught()));
            counselor.set("calibration", calibration(part.calibration()));
            ObjectNode rules = counselor.putObject("byRule");
            part.byRule().forEach((rule, counts) -> {
                ObjectNode r = rules.putObject(rule);
                for (Behaviour b : Behaviour.values()) r.put(b.label(), counts[b.ordinal()]);
            });
            ObjectNode ranking = counselor.putObject("sessionRanking");
            ranking.put("sessions", part.sessions().sessions());
            ranking.put("high", part.sessions().high());
            ranking.put("aucRelational", number(part.sessions().relational()));
            ranking.put("aucTechnical", number(part.sessions().technical()));
            ranking.put("aucRq", number(part.sessions().rq()));
            ranking.put("aucRqGold", number(part.sessions().goldRq()));
            ObjectNode declared = ranking.putObject("declaredSkill");
            declared.put("skilled", part.sessions().skilled());
            declared.put("low", part.sessions().low());
            declared.put("aucRelational", number(part.sessions().skilledRelational()));
            declared.put("aucTechnical", number(part.sessions().skilledTechnical()));
            declared.put("aucRq", number(part.sessions().skilledRq()));
            ObjectNode client = p.putObject("client");
            client.put("items", part.clientItems());
            client.set("talk", scores(part.talk()));
            client.set("kind", agreement(part.talkKind()));
        }
        return root;
    }

    private static ObjectNode scores(ConfusionMatrix m) {
        ObjectNode o = JSON.objectNode();
        ObjectNode perClass = o.putObject("perClass");
        for (String label : m.labels()) {
            ObjectNode c = perClass.putObject(label);
            c.put("precision", number(m.precision(label)));
            c.put("recall", number(m.recall(label)));
            c.put("f1", number(m.f1(label)));
            c.put("support", m.support(label));
        }
        o.put("macroF1", number(m.macroF1()));
        o.put("accuracy", number(m.accuracy()));
        o.put("kappa", number(m.kappa()));
        o.put("n", m.total());
        ObjectNode confusion = o.putObject("confusion");
        ArrayNode labels = confusion.putArray("labels");
        m.labels().forEach(labels::add);
        ArrayNode rows = confusion.putArray("rows");
        for (String gold : m.labels()) {
            ArrayNode row = rows.addArray();
            m.labels().forEach(predicted -> row.add(m.count(gold, predicted)));
        }
        return o;
    }

    private static ObjectNode agreement(Agreement a) {
        ObjectNode o = JSON.objectNode();
        o.put("accuracy", number(a.rate()));
        o.put("n", a.total());
        return o;
    }

    private static ObjectNode calibration(Calibration c) {
        ObjectNode o = JSON.objectNode();
        o.put("ece", number(c.ece()));
        o.put("n", c.total());
        ArrayNode bins = o.putArray("bins");
        for (int b = 0; b < Calibration.BINS; b++) {
            if (c.count()[b] == 0) continue;
            ObjectNode bin = bins.addObject();
            bin.put("from", b / 10.0);
            bin.put("to", (b + 1) / 10.0);
            bin.put("items", c.count()[b]);
            bin.put("meanConfidence", number(c.meanConfidence(b)));
            bin.put("accuracy", number(c.accuracy(b)));
        }
        return o;
    }

    private static ObjectNode rate(Agreement a) {
        ObjectNode o = JSON.objectNode();
        o.put("rate", number(a.rate()));
        o.put("n", a.total());
        return o;
    }

    private static Double number(double value) {
        return Double.isNaN(value) ? null : Math.round(value * 10_000) / 10_000.0;
    }
}
