package org.changetalk.web.browser;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/** Static checks on web/: no HTML-from-strings APIs, and every relative module import resolves. */
class FrontEndSourceTest {
    private static final Path WEB = Path.of("web");
    private static final Pattern UNSAFE = Pattern.compile("\\b(innerHTML|outerHTML|insertAdjacentHTML|document\\.write|eval\\s*\\(|new Function)");
    private static final Pattern IMPORT = Pattern.compile("(?:from\\s+|import\\s*\\(\\s*)'(\\.{1,2}/[^']+)'");

    private static List<Path> scripts() throws IOException {
        try (Stream<Path> files = Files.walk(WEB)) {
            return files.filter(p -> p.toString().endsWith(".js")).sorted().toList();
        }
    }

    @Test
    void noScriptBuildsHtmlFromStrings() throws IOException {
        List<String> found = new ArrayList<>();
        for (Path js : scripts()) {
            List<String> lines = Files.readAllLines(js);
            for (int i = 0; i < lines.size(); i++) {
                if (UNSAFE.matcher(lines.get(i)).find()) found.add(js + ":" + (i + 1) + ": " + lines.get(i).strip());
            }
        }
        assertThat(found).isEmpty();
    }

    @Test
    void everyRelativeImportResolves() throws IOException {
        List<Path> scripts = scripts();
        assertThat(scripts).hasSizeGreaterThan(10);
        List<String> missing = new ArrayList<>();
        for (Path js : scripts) {
            Matcher m = IMPORT.matcher(Files.readString(js));
            while (m.find()) {
                Path target = js.getParent().resolve(m.group(1)).normalize();
                if (!Files.isRegularFile(target)) missing.add(js + " imports " + m.group(1));
            }
        }
        assertThat(missing).isEmpty();
    }

    @Test
    void theShellHasLandmarksALiveRegionAndNoInlineScript() throws IOException {
        String html = Files.readString(WEB.resolve("index.html"));
        assertThat(html).contains("<html lang=\"en\">", "<header", "<nav", "<main", "<footer", "aria-live=\"polite\"",
                "name=\"viewport\"", "media=\"print\"", "class=\"skip-link\"");
        assertThat(html).doesNotContainPattern("<script(?![^>]*\\bsrc=)[^>]*>");
    }
}
