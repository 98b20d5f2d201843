package org.changetalk.web.browser;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * axe-core on every page (no serious or critical violations), every page at phone width and at 200 %
 * zoom without sideways scrolling, the keyboard alone, and the first page's weight.
 */
class AccessibilityBrowserTest {
    static TestApp app;
    static Browser browser;
    static String liveSession;
    static String finishedSession;

    @BeforeAll
    static void start() {
        app = TestApp.start();
        ApiClient admin = app.admin();
        admin.createUser("ines", "ines-password-1", "instructor", "Ines");
        admin.createUser("tara", "tara-password-1", "trainee", "Tara");
        ApiClient tara = ApiClient.signIn(app.baseUrl, "tara", "tara-password-1");
        finishedSession = tara.post("/api/sessions", Map.of("scenarioId", TraineePathBrowserTest.SCENARIO, "feedback", "live")).path("id").asText();
        for (String text : TraineePathBrowserTest.MI_RESPONSES) tara.post("/api/sessions/" + finishedSession + "/turns", Map.of("text", text));
        tara.post("/api/sessions/" + finishedSession + "/finish", Map.of());
        liveSession = tara.post("/api/sessions", Map.of("scenarioId", TraineePathBrowserTest.SCENARIO, "feedback", "live")).path("id").asText();
        tara.post("/api/sessions/" + liveSession + "/turns", Map.of("text", "You should stop drinking. What worries you about the drive home?"));
        browser = Browser.open(app.baseUrl);
    }

    @AfterAll
    static void stop() throws Exception {
        if (browser != null) browser.close();
        if (app != null) app.close();
    }

    /** Route → a selector that shows the page is drawn. */
    private static Map<String, By> traineePages() {
        Map<String, By> pages = new LinkedHashMap<>();
        pages.put("/", By.cssSelector(".scenario-card"));
        pages.put("/start/" + TraineePathBrowserTest.SCENARIO, By.id("feedback-after"));
        pages.put("/session/" + liveSession, By.cssSelector(".latest-feedback .feedback"));
        pages.put("/report/" + finishedSession, By.cssSelector("table.scores"));
        pages.put("/drill/drill-complex-reflection", By.cssSelector(".drill-prompt blockquote"));
        pages.put("/account", By.cssSelector("table.sign-ins"));
        return pages;
    }

    private List<String> problemsOn(Map<String, By> pages) {
        List<String> problems = new ArrayList<>();
        for (Map.Entry<String, By> page : pages.entrySet()) {
            // loaded once, at desktop width, then narrowed: the layout is CSS alone (no script in web/ reads the
            // window's width), so a page narrowed from 1280 px is laid out as one opened narrow; loading each
            // page at each width cost the suite about 15 s
            for (Dimension size : List.of(new Dimension(1280, 1000), new Dimension(640, 900), new Dimension(360, 800))) {
                browser.driver.manage().window().setSize(size);
                if (size.getWidth() == 1280) {
                    browser.driver.get("about:blank");
                    browser.go(page.getKey());
                }
                browser.waitFor(page.getValue());
                if (size.getWidth() == 1280) {
                    Axe.seriousViolations(browser).forEach(v -> problems.add(page.getKey() + ": " + v));
                    // open every <details> too, so hidden feedback and data tables are checked
                    browser.js("document.querySelectorAll('details').forEach(d => d.open = true)");
                    Axe.seriousViolations(browser).forEach(v -> problems.add(page.getKey() + " (details open): " + v));
                }
                Object overflow = browser.js("return document.documentElement.scrollWidth - document.documentElement.clientWidth");
                if (((Number) overflow).intValue() > 0) {
                    Object culprit = browser.js("const w = document.documentElement.clientWidth;"
                            + "const wide = [...document.querySelectorAll('body *')].filter(e => e.getBoundingClientRect().right > w + 1"
                            + " && ![...e.children].some(c => c.getBoundingClientRect().right > w + 1));"
                            + "return wide.slice(0, 3).map(e => e.tagName.toLowerCase() + (e.className && e.className.baseVal === undefined ? '.' + e.className : '')).join(', ');");
                    problems.add(page.getKey() + " at " + size.getWidth() + " px scrolls sideways by " + overflow + " px (" + culprit + ")");
                }
            }
        }
        browser.driver.manage().window().setSize(new Dimension(1280, 1000));
        return problems;
    }

    @Test
    void signedOutPagesAreAccessibleAndTheFirstPageIsSmall() {
        Map<String, By> pages = new LinkedHashMap<>();
        pages.put("/signin", By.name("password"));
        pages.put("/signup", By.name("inviteCode"));
        pages.put("/reset", By.name("code"));
        browser.forgetSignIn();
        assertThat(problemsOn(pages)).isEmpty();

        browser.driver.get("about:blank");
        browser.go("/signin");
        browser.waitFor(By.name("password"));
        browser.waitUntil("every resource loaded", () -> "complete".equals(browser.js("return document.readyState")));
        Number bytes = (Number) browser.js("return performance.getEntriesByType('navigation').concat(performance.getEntriesByType('resource'))"
                + ".reduce((sum, e) => sum + Math.max(e.transferSize || 0, e.decodedBodySize || 0), 0)");
        assertThat(bytes.longValue()).as("bytes loaded for the first page").isPositive().isLessThan(300 * 1024);
    }

    @Test
    void theSignInFormWorksWithTheKeyboardAloneWithAVisibleFocus() {
        browser.forgetSignIn();
        browser.driver.get("about:blank");
        browser.go("/signin");
        browser.waitFor(By.name("password"));
        List<String> reached = new ArrayList<>();
        Actions keys = new Actions(browser.driver);
        for (int i = 0; i < 12 && !reached.contains("submit"); i++) {
            keys.sendKeys(Keys.TAB).perform();
            WebElement focused = browser.driver.switchTo().activeElement();
            String name = (String) browser.js("const e = arguments[0];"
                    + "return e.name || (e.tagName === 'A' ? 'link:' + e.textContent : e.type || e.tagName.toLowerCase());", focused);
            reached.add(name);
            if ("username".equals(name)) focused.sendKeys("tara");
            if ("password".equals(name)) focused.sendKeys("tara-password-1");
            String outline = (String) browser.js("const s = getComputedStyle(arguments[0]); return s.outlineStyle + ' ' + s.outlineWidth;", focused);
            assertThat(outline).as("focus outline on " + name).doesNotStartWith("none").doesNotEndWith(" 0px");
        }
        assertThat(reached).contains("username", "password", "submit");
        assertThat(reached.get(0)).as("the first stop is the skip link").isEqualTo("link:Skip to content");
        keys.sendKeys(Keys.ENTER).perform();
        browser.waitForHeading("Welcome, Tara");
    }

    @Test
    void everySignedInPageIsAccessibleAtEveryWidth() {
        browser.signIn("tara", "tara-password-1");
        assertThat(problemsOn(traineePages())).isEmpty();

        browser.signOut();
        browser.signIn("ines", "ines-password-1");
        Map<String, By> staff = new LinkedHashMap<>();
        staff.put("/instructor", By.id("new-username"));
        staff.put("/studio?id=" + TraineePathBrowserTest.SCENARIO, By.cssSelector(".beat-map g.beat-node"));
        assertThat(problemsOn(staff)).isEmpty();
        browser.signOut();

        // the admins' page (the cohort, review, import, dashboard, agreement and contest pages are checked in
        // CohortsBrowserTest, where they have something to show)
        browser.signIn(TestApp.ADMIN, TestApp.ADMIN_PASSWORD);
        assertThat(problemsOn(Map.of("/audit", By.cssSelector("table.audit-log")))).isEmpty();
        browser.signOut();
    }
}
