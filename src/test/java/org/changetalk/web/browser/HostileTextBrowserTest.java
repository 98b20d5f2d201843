package org.changetalk.web.browser;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;

import static org.assertj.core.api.Assertions.assertThat;

/** Text from users is shown as text: markup in a response or a name never runs or renders. */
class HostileTextBrowserTest {
    static final String IMG = "<img src=x onerror=\"window.__pwned=1\">";
    static final String SCRIPT = "<script>window.__pwned=2</script>";
    static final String RESPONSE = "It sounds like " + SCRIPT + " the drive home " + IMG + " frightened you.";

    static TestApp app;
    static Browser browser;

    @BeforeAll
    static void start() {
        app = TestApp.start();
        app.admin().createUser("hana", "hana-password-1", "trainee", "Hana " + IMG);
        browser = Browser.open(app.baseUrl);
        browser.signIn("hana", "hana-password-1");
    }

    @AfterAll
    static void stop() throws Exception {
        if (browser != null) browser.close();
        if (app != null) app.close();
    }

    private void assertNothingRan() {
        assertThat(browser.js("return window.__pwned === undefined")).isEqualTo(true);
        assertThat(browser.driver.findElements(By.cssSelector("main img, header img, main script"))).isEmpty();
    }

    @Test
    void hostileResponsesAndNamesShowAsText() {
        browser.go("/");
        browser.waitForHeading("Welcome, Hana");
        assertThat(browser.driver.findElement(By.cssSelector("main h1")).getText()).isEqualTo("Welcome, Hana " + IMG);
        assertThat(browser.driver.findElement(By.id("nav")).getText()).contains(IMG);
        assertNothingRan();

        browser.waitFor(By.cssSelector("[data-scenario='teresa-alcohol-contemplation'] h3 a")).click();
        browser.waitFor(By.xpath("//button[normalize-space()='Start the conversation']")).click();
        WebElement box = browser.waitFor(By.id("response"));
        box.sendKeys(RESPONSE);
        box.sendKeys(Keys.ENTER);
        WebElement words = browser.waitFor(By.cssSelector(".transcript .msg.trainee .words"));
        assertThat(words.getText()).isEqualTo(RESPONSE);
        assertThat(browser.driver.findElement(By.cssSelector(".latest-feedback .words")).getText()).isEqualTo(RESPONSE);
        assertNothingRan();

        browser.driver.findElement(By.xpath("//button[normalize-space()='Finish the session']")).click();
        browser.waitForText(By.cssSelector("main h1"), "Report:");
        assertThat(browser.waitFor(By.cssSelector(".review .words")).getText()).isEqualTo(RESPONSE);
        assertNothingRan();
    }
}
