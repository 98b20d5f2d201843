package org.changetalk.web.browser;

import com.sun.net.httpserver.HttpServer;
import org.junit.jupiter.api.Test;

import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 12, finding 1, as it was reproduced: a page on another site auto-submits a text/plain form to the
 * sign-in route with the attacker's credentials. Chromium must end up not signed in at ChangeTalk.
 */
class LoginCsrfBrowserTest {
    @Test
    void aCrossSiteFormDoesNotSignTheBrowserIn() throws Exception {
        try (TestApp app = TestApp.start()) {
            app.admin().createUser("mallory", "mallory-password-1", "trainee", "Mallory");
            // text/plain encodes name=value: the name carries the JSON, the value closes it
            String form = "<!doctype html><title>Win a prize</title>"
                    + "<form method=post enctype=text/plain action='" + app.baseUrl + "/api/auth/login'>"
                    + "<input type=hidden name='{\"username\":\"mallory\",\"password\":\"mallory-password-1\",\"x\":\"' value='\"}'>"
                    + "</form><script>document.forms[0].submit()</script>";
            HttpServer evil = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
            evil.createContext("/", ex -> {
                byte[] b = form.getBytes(StandardCharsets.UTF_8);
                ex.getResponseHeaders().add("Content-Type", "text/html; charset=utf-8");
                ex.sendResponseHeaders(200, b.length);
                ex.getResponseBody().write(b);
                ex.close();
            });
            evil.start();
            Browser browser = Browser.open(app.baseUrl);
            try {
                // "localhost" is another site than "127.0.0.1", as an attacker's domain would be
                browser.driver.get("http://localhost:" + evil.getAddress().getPort() + "/");
                browser.waitUntil("the form was submitted", () -> browser.driver.getCurrentUrl().contains("/api/auth/login"));
                String answer = browser.driver.getPageSource();
                // Chromium says where the form came from (Sec-Fetch-Site: cross-site): refused before anything is read
                assertThat(answer).contains("cross_site").doesNotContain("csrfToken");
                browser.driver.get(app.baseUrl + "/api/auth/me");
                assertThat(browser.driver.getPageSource()).contains("unauthorized").doesNotContain("mallory");
            } finally {
                browser.close();
                evil.stop(0);
            }
        }
    }
}
