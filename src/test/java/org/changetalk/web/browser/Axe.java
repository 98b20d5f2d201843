package org.changetalk.web.browser;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * axe-core from its WebJar (org.webjars.npm:axe-core, test scope), injected into the page under test.
 * Returns the serious and critical violations as readable lines.
 */
final class Axe {
    static final String VERSION = "4.6.3";
    private static String source;

    private Axe() {
    }

    private static synchronized String source() {
        if (source == null) {
            String path = "/META-INF/resources/webjars/axe-core/" + VERSION + "/axe.min.js";
            try (InputStream in = Axe.class.getResourceAsStream(path)) {
                if (in == null) throw new IllegalStateException("axe-core WebJar missing from the test classpath: " + path);
                source = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return source;
    }

    /** Runs axe on the current page; returns "rule (impact): help — targets" for serious and critical ones. */
    @SuppressWarnings("unchecked")
    static List<String> seriousViolations(Browser browser) {
        // Run as a WebDriver script (not an inline <script>), so the page's Content-Security-Policy stays on.
        if (!Boolean.TRUE.equals(browser.js("return !!window.axe;"))) browser.js(source());
        Object result = ((org.openqa.selenium.JavascriptExecutor) browser.driver).executeAsyncScript(
                "const done = arguments[arguments.length - 1];"
                        + "axe.run(document, {resultTypes: ['violations']}).then(r => done(r.violations.map(v => ({"
                        + "id: v.id, impact: v.impact, help: v.help, targets: v.nodes.map(n => n.target.join(' ')).slice(0, 5).join(', ')}))))"
                        + ".catch(e => done([{id: 'axe-error', impact: 'critical', help: String(e), targets: ''}]));");
        List<String> out = new ArrayList<>();
        for (Map<String, Object> v : (List<Map<String, Object>>) result) {
            Object impact = v.get("impact");
            if ("serious".equals(impact) || "critical".equals(impact)) {
                out.add(v.get("id") + " (" + impact + "): " + v.get("help") + " — " + v.get("targets"));
            }
        }
        return out;
    }
}
