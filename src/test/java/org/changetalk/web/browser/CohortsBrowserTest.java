package org.changetalk.web.browser;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 5 in the browser: an instructor makes a cohort and adds trainees; a trainee shares a finished
 * session with it and withdraws it; reviewers comment (hostile text stays text) and reply; the instructor
 * recodes a turn and sees the summary both ways, the agreement report and the dashboard; axe on every new
 * page. The tests run in order on one browser and share what the earlier ones made.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class CohortsBrowserTest {
    static final String IMG = "<img src=x onerror=\"window.__pwned=1\">";
    static final String HOSTILE = "Nice reflection " + IMG + " <script>window.__pwned=2</script> & <b>bold</b>";

    static TestApp app;
    static Browser browser;
    static String session;
    static String cohortId;
    static String inviteCode;
    static final List<String> axeProblems = new ArrayList<>();

    @BeforeAll
    static void start() {
        app = TestApp.start();
        ApiClient admin = app.admin();
        admin.createUser("ines", "ines-password-1", "instructor", "Ines");
        admin.createUser("omar", "omar-password-1", "instructor", "Omar");
        // Ines manages Tara (she made the account) and can add her; Sami is not hers and joins with the code
        ApiClient.signIn(app.baseUrl, "ines", "ines-password-1").createUser("tara", "tara-password-1", "trainee", "Tara");
        admin.createUser("sami", "sami-password-1", "trainee", "Sami");
        ApiClient tara = ApiClient.signIn(app.baseUrl, "tara", "tara-password-1");
        session = tara.post("/api/sessions", Map.of("scenarioId", TraineePathBrowserTest.SCENARIO, "feedback", "live")).path("id").asText();
        for (String text : TraineePathBrowserTest.MI_RESPONSES) {
            if ("finished".equals(tara.get("/api/sessions/" + session).path("status").asText())) break;
            tara.post("/api/sessions/" + session + "/turns", Map.of("text", text));
        }
        tara.post("/api/sessions/" + session + "/finish", Map.of());
        browser = Browser.open(app.baseUrl);
    }

    @AfterAll
    static void stop() throws Exception {
        if (browser != null) browser.close();
        if (app != null) app.close();
    }

    private static void axe(String page) {
        Axe.seriousViolations(browser).forEach(v -> axeProblems.add(page + ": " + v));
    }

    private static void assertNothingRan() {
        assertThat(browser.js("return window.__pwned === undefined")).isEqualTo(true);
        assertThat(browser.driver.findElements(By.cssSelector("main img, main script, main b"))).isEmpty();
    }

    private static WebElement button(String text) {
        return browser.waitFor(By.xpath("//main//button[normalize-space()='" + text + "']"));
    }

    @Test
    @Order(1)
    void anInstructorCreatesACohortAddsTraineesAndACoInstructor() {
        browser.signIn("ines", "ines-password-1");
        browser.driver.findElement(By.linkText("Cohorts")).click();
        browser.waitForHeading("Cohorts");
        axe("/cohorts (instructor)");
        browser.waitFor(By.id("cohort-name")).sendKeys("Evening group");
        button("Create the cohort").click();
        browser.waitForHeading("Cohort: Evening group");
        cohortId = browser.driver.getCurrentUrl().replaceAll(".*#/cohort/", "");
        inviteCode = browser.waitFor(By.cssSelector("code.cohort-invite")).getText();
        assertThat(inviteCode).isNotBlank();

        browser.waitFor(By.id("add-trainee")).sendKeys("tara");
        button("Add the trainee").click();
        browser.waitFor(By.cssSelector("ul[aria-label=Trainees] li[data-user=tara]"));
        // a trainee the instructor does not manage must join with the code: the form says why not
        browser.waitFor(By.id("add-trainee")).sendKeys("sami");
        button("Add the trainee").click();
        assertThat(browser.waitFor(By.cssSelector(".form-error p")).getText()).contains("username");
        assertThat(browser.driver.findElements(By.cssSelector("ul[aria-label=Trainees] li[data-user=sami]"))).isEmpty();
        browser.driver.findElement(By.id("add-trainee")).clear();
        browser.waitFor(By.id("co-instructor")).sendKeys("omar");
        button("Add the co-instructor").click();
        browser.waitFor(By.cssSelector("ul[aria-label=Instructors] li[data-user=omar]"));
        // a trainee's name where an instructor belongs is refused with the server's words
        browser.waitFor(By.id("co-instructor")).sendKeys("sami");
        button("Add the co-instructor").click();
        browser.waitUntil("an error under the co-instructor form", () -> browser.driver.findElements(By.cssSelector(".form-error:not([hidden]) p")).size() == 1);
        axe("/cohort/{id} (instructor)");
        browser.signOut();
    }

    @Test
    @Order(2)
    void aTraineeSharesASessionAndCommentsAndHostileTextStaysText() {
        browser.signIn("tara", "tara-password-1");
        browser.go("/cohorts");
        browser.waitFor(By.cssSelector("tr[data-cohort='Evening group']"));
        axe("/cohorts (trainee)");
        browser.go("/review/" + session);
        browser.waitForText(By.cssSelector("main h1"), "Review:");
        WebElement share = browser.waitFor(By.cssSelector("li.share-row[data-cohort='Evening group'] button"));
        assertThat(share.getText()).startsWith("Share");
        share.click();
        browser.waitForText(By.cssSelector("li.share-row[data-cohort='Evening group']"), "shared");
        browser.waitForText(By.cssSelector("li.share-row[data-cohort='Evening group'] button"), "Withdraw");
        // the owner sees codes, the talk type and the state line for each response, and no recode button
        WebElement first = browser.waitFor(By.cssSelector("li.review-turn[data-turn='1']"));
        assertThat(first.findElement(By.cssSelector(".auto-codes")).getText()).isNotBlank();
        assertThat(first.findElement(By.cssSelector(".state-line")).getText()).contains("Engagement", "Stage");
        assertThat(browser.driver.findElements(By.cssSelector(".recode-button"))).isEmpty();

        WebElement box = first.findElement(By.cssSelector(".turn-comments textarea"));
        box.sendKeys(HOSTILE);
        first.findElement(By.xpath(".//button[normalize-space()='Post the comment']")).click();
        WebElement body = browser.waitFor(By.cssSelector("li.review-turn[data-turn='1'] .comment-body"));
        assertThat(body.getText()).isEqualTo(HOSTILE);
        assertNothingRan();
        axe("/review/{id} (owner)");
        browser.signOut();
    }

    @Test
    @Order(3)
    void aCohortMemberReadsTheSharedSessionAndRepliesButCannotRecode() {
        browser.signIn("sami", "sami-password-1");
        browser.driver.findElement(By.linkText("Cohorts")).click();
        browser.waitForHeading("Cohorts");
        browser.waitFor(By.id("cohort-code")).sendKeys(inviteCode);
        button("Join the cohort").click();
        browser.waitForText(By.cssSelector("[role=status].status"), "You joined Evening group");
        browser.waitFor(By.cssSelector("tr[data-cohort='Evening group'] a")).click();
        browser.waitForHeading("Cohort: Evening group");
        browser.waitFor(By.cssSelector("tr[data-session='" + session + "'] a")).click();
        browser.waitForText(By.cssSelector("main h1"), "Review:");
        WebElement comment = browser.waitFor(By.cssSelector("li.review-turn[data-turn='1'] .comment"));
        assertThat(comment.findElement(By.cssSelector(".comment-body")).getText()).isEqualTo(HOSTILE);
        assertNothingRan();
        assertThat(browser.driver.findElements(By.cssSelector(".recode-button"))).isEmpty();
        assertThat(browser.driver.findElements(By.cssSelector(".share-row"))).isEmpty();

        comment.findElement(By.cssSelector("button.reply-button")).click();
        WebElement reply = browser.waitFor(By.cssSelector("li.review-turn[data-turn='1'] .comment .comment-form textarea"));
        reply.sendKeys("Agreed, and the next one was even better.");
        browser.driver.findElement(By.xpath("//button[normalize-space()='Post the reply']")).click();
        // the reply is threaded under the comment it answers
        browser.waitForText(By.cssSelector("li.review-turn[data-turn='1'] .comment .comments .comment-body"), "Agreed, and the next one");
        browser.signOut();
    }

    @Test
    @Order(4)
    void theInstructorRecodesATurnAndSeesTheSummaryBothWaysTheAgreementAndTheDashboard() {
        browser.signIn("ines", "ines-password-1");
        browser.go("/review/" + session);
        browser.waitForText(By.cssSelector("main h1"), "Review:");
        assertThat(browser.waitFor(By.cssSelector("li.review-turn[data-turn='1'] .comments .comments .comment-body")).getText())
                .contains("Agreed");
        WebElement turn = browser.waitFor(By.cssSelector("li.review-turn[data-turn='1']"));
        String auto = turn.findElement(By.cssSelector(".auto-codes")).getText();
        assertThat(auto).as("each automatic code says how sure the coder is").containsPattern("\\d+ % sure");
        assertThat(turn.findElement(By.cssSelector(".code-pair dt")).getText()).startsWith("Automatic codes (main code ");
        turn.findElement(By.cssSelector("button.recode-button")).click();
        WebElement form = browser.waitFor(By.cssSelector("li.review-turn[data-turn='1'] .recode-form"));
        for (WebElement box : form.findElements(By.cssSelector("input[name=code]:checked"))) box.click();
        form.findElement(By.cssSelector("input[name=code][value=CONFRONT]")).click();
        form.findElement(By.xpath(".//button[normalize-space()='Save my codes']")).click();
        browser.waitForText(By.cssSelector("li.review-turn[data-turn='1'] .human-codes"), "Confront");
        assertThat(browser.driver.findElement(By.cssSelector("li.review-turn[data-turn='1'] .human-codes")).getText())
                .as("a person's code carries no confidence").doesNotContain("sure");
        WebElement recoded = browser.driver.findElement(By.cssSelector("li.review-turn[data-turn='1']"));
        assertThat(recoded.findElement(By.cssSelector(".auto-codes")).getText()).as("the automatic code stays beside").isEqualTo(auto);
        assertThat(recoded.findElement(By.cssSelector(".code-pair")).getText()).contains("differs");
        axe("/review/{id} (instructor)");

        // the export buttons are links the browser follows with its sign-in: CSV with the human codes, xAPI as JSON
        String csvHref = browser.driver.findElement(By.cssSelector(".exports a[data-format=csv]")).getAttribute("href");
        String xapiHref = browser.driver.findElement(By.cssSelector(".exports a[data-format=xapi]")).getAttribute("href");
        String fetch = "const done = arguments[arguments.length - 1]; fetch(arguments[0]).then(r => r.text()).then(done, e => done(String(e)));";
        String csv = (String) ((org.openqa.selenium.JavascriptExecutor) browser.driver).executeAsyncScript(fetch, csvHref);
        assertThat(csv).startsWith("turn,speaker,text,auto_codes,human_codes").contains("CONFRONT");
        String xapi = (String) ((org.openqa.selenium.JavascriptExecutor) browser.driver).executeAsyncScript(fetch, xapiHref);
        assertThat(xapi).contains("\"actor\"", "http://adlnet.gov/expapi/verbs/completed", "urn:changetalk:scenario:" + TraineePathBrowserTest.SCENARIO);

        // the summary from the instructor codes counts the confrontation; the automatic one does not
        String summary = "return document.querySelector('section[aria-labelledby=summary-heading] > div:last-child').textContent";
        String human = (String) browser.js(summary);
        assertThat(human).contains("Confront");
        browser.driver.findElement(By.xpath("//label[normalize-space()='Automatic codes only']")).click();
        browser.waitUntil("the summary from the automatic codes", () -> !human.equals(browser.js(summary)));

        browser.go("/cohort/" + cohortId + "/agreement");
        browser.waitForHeading("Agreement: Evening group");
        WebElement confront = browser.waitFor(By.cssSelector("table.agreement tr[data-code=CONFRONT]"));
        assertThat(confront.getText()).contains("Confront");
        axe("/cohort/{id}/agreement");

        browser.go("/cohort/" + cohortId + "/dashboard");
        browser.waitForHeading("Dashboard: Evening group");
        WebElement tara = browser.waitFor(By.cssSelector("section.trainee-dashboard[data-user=tara]"));
        assertThat(tara.findElements(By.cssSelector("svg.chart"))).hasSize(3);
        assertThat(tara.findElement(By.cssSelector("svg.chart")).getAttribute("role")).isEqualTo("img");
        assertThat(browser.driver.findElement(By.cssSelector("table.dashboard-overview")).getText()).contains("Tara", "Sami");
        // Sami has never practised
        assertThat(browser.waitFor(By.cssSelector(".inactive-list li[data-user=sami]")).getText()).contains("never");
        assertThat(browser.driver.findElements(By.cssSelector(".exports a[data-format=csv]"))).isNotEmpty();
        axe("/cohort/{id}/dashboard");
        browser.signOut();
    }

    @Test
    @Order(5)
    void theTraineeSeesTheirOwnDashboardAndWithdrawsTheSession() {
        browser.signIn("tara", "tara-password-1");
        browser.driver.findElement(By.linkText("Dashboard")).click();
        browser.waitForHeading("Your dashboard");
        browser.waitFor(By.cssSelector("section.trainee-dashboard svg.chart"));
        axe("/me/dashboard");

        browser.go("/review/" + session);
        // the author sees the thread on their response: Sami's reply under their own comment
        assertThat(browser.waitFor(By.cssSelector("li.review-turn[data-turn='1'] .comment .comments .comment")).getText())
                .contains("Sami", "Agreed, and the next one");
        WebElement withdraw = browser.waitFor(By.cssSelector("li.share-row[data-cohort='Evening group'] button"));
        assertThat(withdraw.getText()).startsWith("Withdraw");
        withdraw.click();
        browser.waitForText(By.cssSelector("li.share-row[data-cohort='Evening group']"), "not shared");
        browser.signOut();

        // the member no longer sees it
        browser.signIn("sami", "sami-password-1");
        browser.go("/cohort/" + cohortId);
        browser.waitForText(By.cssSelector("section[aria-labelledby=shared-heading]"), "No sessions have been shared");
        browser.signOut();
    }

    @Test
    @Order(6)
    void anImportedTranscriptIsCodedAndAMalformedOneNamesTheLine() {
        browser.signIn("tara", "tara-password-1");
        browser.go("/import");
        browser.waitForHeading("Import a transcript");
        axe("/import");
        WebElement text = browser.waitFor(By.id("import-text"));
        text.sendKeys("Counselor: What brings you in today?\nClient: My wife thinks I drink too much.\nPatient: hello\n");
        button("Code the transcript").click();
        assertThat(browser.waitFor(By.cssSelector(".form-error p")).getText()).contains("line 3");
        assertThat(browser.driver.findElement(By.cssSelector("main h1")).getText()).isEqualTo("Import a transcript");

        text.clear();
        text.sendKeys("Counselor: What brings you in today?\nClient: My wife thinks I drink too much.\n"
                + "Counselor: It sounds like her worry has been weighing on you.\n");
        browser.driver.findElement(By.id("import-title")).sendKeys("Role-play " + IMG);
        // the bar is determinate: it is told how many turns the server has coded of how many, as they are coded
        browser.js("window.__bars = []; new MutationObserver(() => { const p = document.querySelector('progress.import-progress');"
                + " if (p && p.hasAttribute('max')) window.__bars.push(p.value + '/' + p.max); })"
                + ".observe(document.querySelector('main'), {subtree: true, childList: true, attributes: true});");
        button("Code the transcript").click();
        browser.waitForText(By.cssSelector("main h1"), "Review: Role-play");
        assertThat(String.valueOf(browser.js("return window.__bars.join(' ')"))).as("the import's progress bar").contains("3/3");
        assertThat(browser.driver.findElement(By.cssSelector("main h1")).getText()).isEqualTo("Review: Role-play " + IMG);
        assertThat(browser.driver.findElements(By.cssSelector("li.review-turn"))).hasSize(2);
        assertNothingRan();
        browser.signOut();
    }

    @Test
    @Order(7)
    void theNewPagesHaveNoSeriousOrCriticalAxeViolationsAndFitAPhoneAnd200PercentZoom() {
        assertThat(axeProblems).isEmpty();
        browser.signIn("ines", "ines-password-1");
        List<String> problems = new ArrayList<>();
        Map<String, By> pages = Map.of(
                "/cohort/" + cohortId, By.cssSelector("ul[aria-label=Trainees]"),
                "/review/" + session, By.cssSelector("li.review-turn"),
                "/cohort/" + cohortId + "/dashboard", By.cssSelector("section.trainee-dashboard"),
                "/cohort/" + cohortId + "/agreement", By.cssSelector("table.agreement"));
        for (int width : new int[] {640, 360}) {
            browser.driver.manage().window().setSize(new Dimension(width, 900));
            for (Map.Entry<String, By> page : pages.entrySet()) {
                browser.driver.get("about:blank");
                browser.go(page.getKey());
                browser.waitFor(page.getValue());
                Number overflow = (Number) browser.js("return document.documentElement.scrollWidth - document.documentElement.clientWidth");
                if (overflow.intValue() > 0) problems.add(page.getKey() + " at " + width + " px scrolls sideways by " + overflow + " px");
            }
        }
        browser.driver.manage().window().setSize(new Dimension(1280, 1000));
        assertThat(problems).isEmpty();
    }

    @Test
    @Order(9)
    void aNewTraineeSignsUpWithTheCohortsJoinCodeAndAnInstructorImportsForHerTrainee() {
        String code = ApiClient.signIn(app.baseUrl, "ines", "ines-password-1").get("/api/cohorts/" + cohortId)
                .path("inviteCode").asText();
        browser.forgetSignIn();
        browser.go("/signup");
        browser.waitFor(By.name("inviteCode")).sendKeys(code);
        browser.driver.findElement(By.name("username")).sendKeys("nadia");
        browser.driver.findElement(By.name("password")).sendKeys("nadia-password-1");
        button("Create my account").click();
        browser.waitForHeading("Welcome, nadia");
        browser.go("/cohorts");
        browser.waitFor(By.linkText("Evening group"));
        browser.signOut();

        browser.signIn("ines", "ines-password-1");
        browser.go("/import");
        browser.waitForHeading("Import a transcript");
        new org.openqa.selenium.support.ui.Select(browser.waitFor(By.id("import-owner"))).selectByVisibleText("Tara (tara)");
        browser.driver.findElement(By.xpath("//fieldset[contains(@class,'share-with')]//label[normalize-space()='Evening group']")).click();
        browser.driver.findElement(By.id("import-title")).sendKeys("Tara's role-play");
        browser.driver.findElement(By.id("import-text")).sendKeys("Counselor: What brings you in today?\nClient: My wife thinks I drink too much.\n");
        button("Code the transcript").click();
        browser.waitForText(By.cssSelector("main h1"), "Review: Tara's role-play");
        browser.signOut();
        com.fasterxml.jackson.databind.JsonNode taras = ApiClient.signIn(app.baseUrl, "tara", "tara-password-1").get("/api/sessions");
        assertThat(taras.toString()).contains("Tara's role-play");
        // and shared with the cohort chosen on the form: its newest member, Nadia, sees it there
        com.fasterxml.jackson.databind.JsonNode shared = ApiClient.signIn(app.baseUrl, "nadia", "nadia-password-1")
                .get("/api/cohorts/" + cohortId + "/sessions");
        assertThat(shared.toString()).contains("Tara's role-play");
    }

    @Test
    @Order(10)
    void aTraineeContestsACodeTheInstructorRecodesItAndTheTraineeSeesTheAnswer() {
        ApiClient tara = ApiClient.signIn(app.baseUrl, "tara", "tara-password-1");
        String live = tara.post("/api/sessions", Map.of("scenarioId", TraineePathBrowserTest.SCENARIO, "feedback", "live"))
                .path("id").asText();
        tara.post("/api/sessions/" + live + "/turns", Map.of("text", "So the drive home scared you."));
        browser.signIn("tara", "tara-password-1");
        browser.go("/session/" + live);
        browser.waitFor(By.cssSelector(".latest-feedback .contest summary")).click();
        WebElement meant = browser.waitFor(By.cssSelector(".contest-form select"));
        String choice = new org.openqa.selenium.support.ui.Select(meant).getFirstSelectedOption().getText();
        browser.driver.findElement(By.cssSelector(".contest-form textarea")).sendKeys("I meant it as a reflection of her fear.");
        button("Send to my instructors").click();
        browser.waitForText(By.cssSelector(".contest-sent"), "Sent: you meant it as " + choice);
        browser.driver.findElement(By.xpath("//button[normalize-space()='Finish the session']")).click();
        browser.waitForText(By.cssSelector("main h1"), "Report:");
        browser.signOut();

        browser.signIn("ines", "ines-password-1");
        browser.driver.findElement(By.linkText("Contests")).click();
        browser.waitForHeading("Contested codes");
        WebElement item = browser.waitFor(By.cssSelector(".contest-item"));
        assertThat(item.getText()).contains("So the drive home scared you.", "reflection of her fear");
        item.findElement(By.tagName("textarea")).sendKeys("Yes: you named her fear.");
        button("Recode as " + choice).click();
        browser.waitForText(By.cssSelector("main"), "No open contests");
        axe("/contests (instructor)");
        browser.signOut();

        browser.signIn("tara", "tara-password-1");
        browser.go("/contests");
        WebElement answer = browser.waitFor(By.cssSelector("table.contests td.contest-answer"));
        assertThat(answer.getText()).contains("Recoded as " + choice, "Yes: you named her fear.");
        axe("/contests (trainee)");
        assertThat(axeProblems).isEmpty();
        browser.signOut();
    }

    @Test
    @Order(8)
    void theReviewAndTheDashboardPrintWithoutControls() {
        ChromeDriver chrome = (ChromeDriver) browser.driver;
        try {
            chrome.executeCdpCommand("Emulation.setEmulatedMedia", Map.of("media", "print"));
            browser.go("/review/" + session);
            browser.waitFor(By.cssSelector("li.review-turn .comment-body"));
            assertThat(browser.driver.findElements(By.cssSelector("form, .exports, button, #nav")).stream().filter(WebElement::isDisplayed)).isEmpty();
            assertThat(browser.driver.findElement(By.cssSelector("table.scores")).isDisplayed()).isTrue();

            browser.go("/cohort/" + cohortId + "/dashboard");
            browser.waitFor(By.cssSelector("section.trainee-dashboard svg.chart"));
            assertThat(browser.driver.findElements(By.cssSelector("form, .exports, button")).stream().filter(WebElement::isDisplayed)).isEmpty();
        } finally {
            chrome.executeCdpCommand("Emulation.setEmulatedMedia", Map.of("media", ""));
        }
    }
}
