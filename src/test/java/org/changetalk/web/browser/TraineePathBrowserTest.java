package org.changetalk.web.browser;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.Keys;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebElement;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The whole trainee path in a real browser against the real server. */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class TraineePathBrowserTest {
    static final String SCENARIO = "teresa-alcohol-contemplation";
    static final List<String> MI_RESPONSES = List.of(
            "Coming here was Marisol's idea, and whatever you decide about drinking is completely up to you.",
            "After giving everything to the restaurant all day, that glass with the crew is the one moment that feels like yours.",
            "Not remembering that drive really frightened you.");

    static TestApp app;
    static Browser browser;

    @BeforeAll
    static void start() {
        app = TestApp.start();
        app.admin().createUser("tara", "tara-password-1", "trainee", "Tara");
        browser = Browser.open(app.baseUrl);
        browser.signIn("tara", "tara-password-1");
    }

    @AfterAll
    static void stop() throws Exception {
        if (browser != null) browser.close();
        if (app != null) app.close();
    }

    private void startConversation(boolean feedbackAfter) {
        startConversation(feedbackAfter, false);
    }

    private void startConversation(boolean feedbackAfter, boolean guided) {
        browser.go("/");
        browser.waitForHeading("Welcome, Tara");
        browser.waitFor(By.cssSelector("[data-scenario='" + SCENARIO + "'] h3 a")).click();
        browser.waitFor(By.cssSelector("main h2#persona-heading"));
        WebElement after = browser.driver.findElement(By.id("feedback-after"));
        if (after.isSelected() != feedbackAfter) after.sendKeys(Keys.SPACE); // the keyboard works the switch
        assertThat(after.isSelected()).isEqualTo(feedbackAfter);
        if (guided) browser.driver.findElement(By.id("guided")).sendKeys(Keys.SPACE);
        browser.driver.findElement(By.xpath("//button[normalize-space()='Start the conversation']")).click();
        browser.waitFor(By.id(guided ? "conversation-heading" : "response"));
        if (guided) browser.waitFor(By.cssSelector(".guided-choices .choice"));
        assertThat(browser.driver.findElements(By.cssSelector(".transcript .msg.client"))).hasSize(1);
    }

    /** Types a response and presses Enter; waits for the client's answer. */
    private void respond(String text) {
        int before = browser.driver.findElements(By.cssSelector(".transcript .msg.trainee")).size();
        WebElement box = browser.waitFor(By.id("response"));
        box.sendKeys(text);
        box.sendKeys(Keys.ENTER);
        browser.waitUntil("the response appears in the transcript",
                () -> browser.driver.findElements(By.cssSelector(".transcript .msg.trainee")).size() == before + 1);
        browser.waitUntil("the practice form is free", () -> browser.driver.findElements(By.cssSelector("main form[aria-busy]")).isEmpty());
    }

    /** Guided mode: picks one of the offered responses (three or four) and waits for the client's answer; returns its text. */
    private String choose(int index) {
        int before = browser.driver.findElements(By.cssSelector(".transcript .msg.trainee")).size();
        List<WebElement> choices = browser.waitFor(By.cssSelector(".guided-choices .choice")) != null
                ? browser.driver.findElements(By.cssSelector(".guided-choices .choice")) : List.of();
        assertThat(choices).hasSizeBetween(2, 4);
        assertThat(browser.driver.findElement(By.id("response")).isDisplayed()).as("guided mode hides the text box").isFalse();
        WebElement pick = choices.get(Math.min(index, choices.size() - 1));
        String text = pick.getText();
        pick.click();
        browser.waitUntil("the chosen response appears in the transcript",
                () -> browser.driver.findElements(By.cssSelector(".transcript .msg.trainee")).size() == before + 1);
        // and the form is free again (it stays busy while the next choices load; a click on its disabled
        // "Finish the session" meanwhile is lost: a run on a loaded machine failed so)
        browser.waitUntil("the practice form is free", () -> browser.driver.findElements(By.cssSelector("main form[aria-busy]")).isEmpty());
        return text;
    }

    private boolean ended() {
        return !browser.driver.findElements(By.cssSelector(".ended:not([hidden])")).isEmpty();
    }

    @Test
    @Order(1)
    void practisesWithLiveFeedbackFinishesAndReadsTheReport() throws Exception {
        startConversation(false);
        for (String text : MI_RESPONSES) {
            if (ended()) break;
            respond(text);
            WebElement feedback = browser.waitFor(By.cssSelector(".latest-feedback .feedback"));
            // the codes, highlighted on the trainee's own words, with the explanation and category
            assertThat(feedback.findElements(By.cssSelector(".words mark"))).isNotEmpty();
            assertThat(feedback.findElements(By.cssSelector(".codes li"))).isNotEmpty();
            assertThat(feedback.findElement(By.cssSelector(".words")).getText()).isEqualTo(text);
            assertThat(feedback.findElement(By.cssSelector(".badge")).getText()).isNotBlank();
            assertThat(feedback.getText()).contains("What you did");
            // the client's state, as it changes
            assertThat(browser.driver.findElements(By.cssSelector(".state-panel meter"))).hasSize(4);
            assertThat(browser.driver.findElement(By.cssSelector(".state-panel .stage-now")).getText()).isNotBlank();
            // the new client line and the feedback are announced
            assertThat(String.valueOf(browser.js("return document.getElementById('announcer').textContent")))
                    .as("the live region").contains("Teresa", "Feedback:");
        }
        assertThat(browser.driver.findElements(By.cssSelector(".transcript .msg.trainee")).size()).isGreaterThanOrEqualTo(2);
        assertThat(browser.driver.findElements(By.cssSelector(".try-instead blockquote"))).isNotEmpty();
        screenshotIfAsked();

        // the "feedback after the session" switch hides the feedback for now, and brings it back
        WebElement later = browser.driver.findElement(By.id("hide-feedback"));
        later.sendKeys(Keys.SPACE);
        assertThat(browser.driver.findElement(By.cssSelector(".latest-feedback")).isDisplayed()).isFalse();
        later.sendKeys(Keys.SPACE);
        assertThat(browser.driver.findElement(By.cssSelector(".latest-feedback")).isDisplayed()).isTrue();

        if (ended()) browser.driver.findElement(By.linkText("See the report")).click();
        else browser.driver.findElement(By.xpath("//button[normalize-space()='Finish the session']")).click();
        browser.waitForText(By.cssSelector("main h1"), "Report:");
        WebElement scores = browser.waitFor(By.cssSelector("table.scores"));
        assertThat(scores.getText()).contains("Technical", "Relational", "%CR", "R:Q", "Fair", "Good");
        assertThat(browser.driver.findElement(By.cssSelector("table.counts")).getText()).contains("Complex reflection");
        assertThat(browser.driver.findElements(By.cssSelector("section[aria-labelledby='state-chart-heading'] svg.chart path.line"))).hasSize(4);
        assertThat(browser.driver.findElement(By.cssSelector("section[aria-labelledby='talk-heading']")).getText()).contains("Change talk:");
        assertThat(browser.driver.findElement(By.id("key-heading")).isDisplayed()).isTrue();
        assertThat(browser.driver.findElements(By.cssSelector(".review > li"))).hasSizeGreaterThanOrEqualTo(2);

        // printed, the report drops the navigation and the buttons
        ((org.openqa.selenium.chromium.HasCdp) browser.driver).executeCdpCommand("Emulation.setEmulatedMedia", java.util.Map.of("media", "print"));
        assertThat(browser.driver.findElement(By.cssSelector(".site-header")).isDisplayed()).isFalse();
        assertThat(browser.driver.findElement(By.xpath("//button[normalize-space()='Print the report']")).isDisplayed()).isFalse();
        assertThat(browser.driver.findElement(By.cssSelector("table.scores")).isDisplayed()).isTrue();
        ((org.openqa.selenium.chromium.HasCdp) browser.driver).executeCdpCommand("Emulation.setEmulatedMedia", java.util.Map.of("media", ""));

        browser.go("/");
        browser.waitForHeading("Welcome, Tara");
        assertThat(browser.waitFor(By.cssSelector("table.sessions")).getText()).contains("Report");
    }

    @Test
    @Order(2)
    void resumesAnInterruptedGuidedSessionWithFeedbackAfterTheSession() {
        // guided mode (issue 11): the trainee picks each response from the beat's exemplars and pitfalls
        startConversation(true, true);
        String first = choose(0);
        assertThat(browser.driver.findElement(By.cssSelector(".latest-feedback")).getText()).contains("after the session");
        // the state's changes and the client's talk types wait for the end too
        assertThat(browser.driver.findElements(By.cssSelector(".state-panel .delta"))).isNotEmpty()
                .noneMatch(WebElement::isDisplayed);
        assertThat(browser.driver.findElements(By.cssSelector(".transcript .talk-badge"))).noneMatch(WebElement::isDisplayed);
        assertThat(browser.driver.findElement(By.cssSelector(".withheld-note")).isDisplayed()).isTrue();
        assertThat(browser.driver.findElement(By.id("hide-feedback")).isSelected()).isTrue();
        assertThat(browser.driver.findElement(By.id("hide-feedback")).isEnabled()).isFalse();
        assertThat(browser.driver.findElements(By.cssSelector(".transcript .msg.trainee mark"))).isEmpty();

        // interrupted: the page goes away, everything in the browser's memory with it
        browser.driver.get("about:blank");
        browser.go("/");
        browser.waitForHeading("Welcome, Tara");
        assertThat(browser.waitFor(By.cssSelector("table.sessions")).getText()).contains("guided");
        browser.waitFor(By.cssSelector("[data-test='resume-latest']")).click();
        browser.waitFor(By.cssSelector(".guided-choices .choice"));
        List<WebElement> earlier = browser.driver.findElements(By.cssSelector(".transcript .msg.trainee .words"));
        assertThat(earlier).hasSize(1);
        assertThat(earlier.get(0).getText()).isEqualTo(first);
        assertThat(browser.driver.findElements(By.cssSelector(".transcript .msg.client"))).hasSize(2);

        choose(1);
        if (!ended()) browser.driver.findElement(By.xpath("//button[normalize-space()='Finish the session']")).click();
        else browser.driver.findElement(By.linkText("See the report")).click();
        browser.waitForText(By.cssSelector("main h1"), "Report:");
        // feedback withheld during the session is in the report, which says the session was guided
        assertThat(browser.waitFor(By.cssSelector(".review")).findElements(By.cssSelector(".words mark"))).isNotEmpty();
        assertThat(browser.driver.findElement(By.cssSelector(".session-meta")).getText()).contains("Guided");
    }

    @Test
    @Order(3)
    void practisesADrill() {
        browser.go("/");
        browser.waitForHeading("Welcome, Tara");
        browser.waitFor(By.cssSelector("[data-scenario='drill-complex-reflection'] h3 a")).click();
        browser.waitFor(By.cssSelector(".drill-prompt blockquote"));
        assertThat(browser.driver.findElement(By.cssSelector(".levels [aria-current='step']")).getText()).contains("Beginner");
        WebElement box = browser.driver.findElement(By.id("drill-answer"));
        box.sendKeys("You're exhausted, and it sounds like you're running on empty.");
        browser.driver.findElement(By.xpath("//button[normalize-space()='Check my answer']")).click();
        WebElement result = browser.waitFor(By.cssSelector(".attempt-result"));
        assertThat(result.getText()).containsAnyOf("Success", "Not yet");
        assertThat(browser.driver.findElement(By.cssSelector(".drill-progress")).getText()).contains("Recent attempts at this level");
        assertThat(browser.driver.findElements(By.cssSelector(".attempt-dots li"))).hasSize(1);
    }

    private static final String RECT = "const r = arguments[0].getBoundingClientRect(); return [r.top, r.bottom, window.innerHeight];";

    private List<Number> rect(String css) {
        @SuppressWarnings("unchecked")
        List<Number> r = (List<Number>) browser.js(RECT, browser.driver.findElement(By.cssSelector(css)));
        return r;
    }

    @Test
    @Order(4)
    void theFeedbackStaysInViewOnADesktopAndComesFirstOnAPhone() throws Exception {
        browser.driver.manage().window().setSize(new Dimension(1280, 720));
        try {
            startConversation(false);
            List<String> more = List.of(MI_RESPONSES.get(0), MI_RESPONSES.get(1), MI_RESPONSES.get(2),
                    "You want to be the one who decides, and you also want to stop scaring yourself.",
                    "Part of you is proud of how hard you work, and part of you is tired of how the evenings end.");
            for (String text : more) {
                if (ended()) break;
                respond(text);
            }
            // where the trainee types: the reply box at the bottom of the window
            browser.js("document.getElementById('response').scrollIntoView({block: 'end'})");
            assertThat(((Number) browser.js("return window.scrollY")).doubleValue())
                    .as("the conversation is longer than the window").isGreaterThan(100);
            shot("practice-desktop");
            // the state and the feedback are still on screen
            List<Number> state = rect(".side .state-panel");
            List<Number> feedback = rect(".side .latest-feedback");
            assertThat(state.get(0).doubleValue()).isBetween(0.0, state.get(2).doubleValue() - 100);
            assertThat(feedback.get(0).doubleValue()).isBetween(0.0, feedback.get(2).doubleValue() - 50);
            assertThat(state.get(0).doubleValue()).as("the state first on a desktop").isLessThan(feedback.get(0).doubleValue());

            browser.driver.manage().window().setSize(new Dimension(390, 844));
            browser.waitUntil("one column", () -> rect(".side").get(0).doubleValue() > rect(".reply").get(0).doubleValue());
            shot("practice-phone");
            assertThat(rect(".side .latest-feedback").get(0).doubleValue()).as("the feedback before the state on a phone")
                    .isLessThan(rect(".side .state-panel").get(0).doubleValue());
            assertThat(rect(".side .latest-feedback").get(0).doubleValue()).as("right after the reply box")
                    .isGreaterThan(rect(".reply").get(1).doubleValue());
        } finally {
            browser.driver.manage().window().setSize(new Dimension(1280, 1000));
        }
    }

    private void shot(String name) throws Exception {
        String dir = System.getProperty("changetalk.screenshots");
        if (dir == null || dir.isBlank()) return;
        Path shot = ((TakesScreenshot) browser.driver).getScreenshotAs(OutputType.FILE).toPath();
        Files.copy(shot, Path.of(dir, name + ".png"), StandardCopyOption.REPLACE_EXISTING);
    }

    /** -Dchangetalk.screenshot=docs/practice-view.png saves the practice view for the README. */
    private void screenshotIfAsked() throws Exception {
        String target = System.getProperty("changetalk.screenshot");
        if (target == null || target.isBlank()) return;
        browser.driver.manage().window().setSize(new Dimension(1200, 1300));
        browser.js("window.scrollTo(0, 0)");
        Path shot = ((TakesScreenshot) browser.driver).getScreenshotAs(OutputType.FILE).toPath();
        Files.copy(shot, Path.of(target), StandardCopyOption.REPLACE_EXISTING);
        browser.driver.manage().window().setSize(new Dimension(1280, 1000));
    }
}
