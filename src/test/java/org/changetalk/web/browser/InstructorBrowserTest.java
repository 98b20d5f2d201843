package org.changetalk.web.browser;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

import static org.assertj.core.api.Assertions.assertThat;

/** An instructor creates a trainee account and a sign-up code; a trainee signs up with the code. */
class InstructorBrowserTest {
    static TestApp app;
    static Browser browser;

    @BeforeAll
    static void start() {
        app = TestApp.start();
        app.admin().createUser("ines", "ines-password-1", "instructor", "Ines");
        browser = Browser.open(app.baseUrl);
    }

    @AfterAll
    static void stop() throws Exception {
        if (browser != null) browser.close();
        if (app != null) app.close();
    }

    @Test
    void createsATraineeAndAnInviteCodeThatATraineeSignsUpWith() {
        browser.signIn("ines", "ines-password-1");
        browser.driver.findElement(By.linkText("Instructor")).click();
        browser.waitForHeading("Instructor");

        browser.waitFor(By.id("new-username")).sendKeys("theo");
        browser.driver.findElement(By.id("new-display")).sendKeys("Theo Trainee");
        browser.driver.findElement(By.id("new-password")).sendKeys("theo-password-1");
        browser.driver.findElement(By.xpath("//button[normalize-space()='Create the account']")).click();
        browser.waitForText(By.cssSelector("[role=status].status"), "Created theo");
        browser.waitFor(By.cssSelector("tr[data-user='theo']"));

        browser.driver.findElement(By.xpath("//button[normalize-space()='Create a sign-up code']")).click();
        WebElement code = browser.waitFor(By.cssSelector("code.invite-code"));
        String invite = code.getText();
        assertThat(invite).isNotBlank();

        browser.signOut();
        browser.driver.findElement(By.linkText("Sign up")).click();
        browser.waitForHeading("Sign up");
        browser.driver.findElement(By.name("inviteCode")).sendKeys(invite);
        browser.driver.findElement(By.name("username")).sendKeys("sami");
        browser.driver.findElement(By.name("displayName")).sendKeys("Sami");
        browser.driver.findElement(By.name("password")).sendKeys("sami-password-1");
        browser.driver.findElement(By.xpath("//button[normalize-space()='Create my account']")).click();
        browser.waitForHeading("Welcome, Sami");

        // the new trainee can sign in with the account the instructor made
        browser.signOut();
        browser.signIn("theo", "theo-password-1");
        browser.waitForHeading("Welcome, Theo Trainee");

        browser.signOut();
        browser.signIn("ines", "ines-password-1");
        browser.go("/instructor");
        browser.waitFor(By.cssSelector("tr[data-user='sami']"));
        assertThat(browser.driver.findElement(By.cssSelector("table.trainees")).getText()).contains("theo", "Theo Trainee", "sami", "Sami");
        // the instructor opens a trainee's sessions (none yet for a new account)
        browser.driver.findElement(By.cssSelector("tr[data-user='theo'] button.secondary")).click();
        browser.waitForText(By.cssSelector("tr[data-user='theo'] .trainee-sessions"), "No sessions yet.");
    }
}
