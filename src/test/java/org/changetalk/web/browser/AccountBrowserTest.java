package org.changetalk.web.browser;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 12's account pages in Chromium: change a password, see sign-ins, an admin's reset code used once, the audit log;
 * and a page left while still loading never draws over the next (issue 13's router race).
 */
class AccountBrowserTest {
    @Test
    void changeThePasswordThenResetItWithAnAdminsCode() throws Exception {
        try (TestApp app = TestApp.start(); Browser browser = Browser.open(app.baseUrl)) {
            app.admin().createUser("pia", "pia-password-1", "trainee", "Pia");
            browser.signIn("pia", "pia-password-1");
            browser.go("/account");
            browser.waitForHeading("Your account");
            browser.waitForText(By.cssSelector("table.sign-ins"), "This browser");
            browser.driver.findElement(By.name("currentPassword")).sendKeys("pia-password-1");
            browser.driver.findElement(By.name("newPassword")).sendKeys("pia-password-2");
            browser.driver.findElement(By.cssSelector("form.change-password button[type=submit]")).click();
            browser.waitForText(By.cssSelector("form.change-password .status"), "password is changed");

            // the router race: home, still waiting for its sessions when the address moves on to the account
            // page, must not draw itself over that page when its answer comes
            browser.js("const real = window.fetch; window.heldDone = false;"
                    + " window.fetch = (url, o) => String(url).startsWith('/api/sessions')"
                    + "   ? new Promise((ok) => setTimeout(ok, 800)).then(() => real(url, o)).finally(() => { window.heldDone = true; })"
                    + "   : real(url, o);"
                    + " location.hash = '#/'; setTimeout(() => { location.hash = '#/account'; }, 100);");
            browser.waitUntil("home's held answer has come", () -> Boolean.TRUE.equals(browser.js("return window.heldDone;")));
            browser.js("return new Promise((ok) => setTimeout(ok, 1000));"); // home's remaining requests are local
            assertThat(browser.driver.findElements(By.cssSelector("main h1"))).extracting(org.openqa.selenium.WebElement::getText)
                    .containsExactly("Your account");
            browser.signOut();

            browser.signIn(TestApp.ADMIN, TestApp.ADMIN_PASSWORD);
            browser.go("/account");
            browser.waitFor(By.name("resetUsername")).sendKeys("pia");
            browser.driver.findElement(By.cssSelector("form.issue-reset button[type=submit]")).click();
            String code = browser.waitFor(By.cssSelector("code.reset-code")).getText();
            assertThat(code).isNotBlank();
            browser.go("/audit");
            browser.waitFor(By.cssSelector("tr[data-action=password_reset_issued]"));
            browser.signOut();

            browser.go("/reset");
            browser.waitFor(By.name("username")).sendKeys("pia");
            browser.driver.findElement(By.name("code")).sendKeys(code);
            browser.driver.findElement(By.name("newPassword")).sendKeys("pia-password-3");
            browser.driver.findElement(By.cssSelector("main form button[type=submit]")).click();
            browser.waitFor(By.xpath("//nav//button[normalize-space()='Sign out']"));
            assertThat(browser.driver.findElement(By.cssSelector("nav .who")).getText()).contains("Pia");
        }
    }
}
