package org.changetalk.web.browser;

import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Comparator;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.stream.Stream;

/**
 * One headless Debian Chromium for a test class, with small helpers for the app's pages. Never lets
 * Selenium Manager look for a driver on the internet: the driver and browser are Debian's.
 */
final class Browser implements AutoCloseable {
    static final String CHROMEDRIVER = "/usr/bin/chromedriver";
    static final String CHROMIUM = "/usr/bin/chromium";

    final WebDriver driver;
    final String baseUrl;
    private final Path profile;

    private Browser(WebDriver driver, String baseUrl, Path profile) {
        this.driver = driver;
        this.baseUrl = baseUrl;
        this.profile = profile;
    }

    static Browser open(String baseUrl) {
        Logger.getLogger("org.openqa.selenium").setLevel(Level.SEVERE);
        if (!Files.isExecutable(Path.of(CHROMEDRIVER)) || !Files.isExecutable(Path.of(CHROMIUM))) {
            throw new IllegalStateException("Browser tests need Debian's Chromium: apt-get install -y chromium chromium-driver");
        }
        System.setProperty("webdriver.chrome.driver", CHROMEDRIVER);
        try {
            Path profile = Files.createTempDirectory("changetalk-chromium");
            ChromeOptions options = new ChromeOptions();
            options.setBinary(CHROMIUM);
            options.addArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                    "--disable-quic", "--no-first-run", "--disable-background-networking",
                    "--disable-component-update", "--disable-sync", "--window-size=1280,1000",
                    "--user-data-dir=" + profile);
            ChromeDriverService service = new ChromeDriverService.Builder()
                    .usingDriverExecutable(Path.of(CHROMEDRIVER).toFile())
                    .withSilent(true)
                    .build();
            ChromeDriver driver = new ChromeDriver(service, options);
            driver.manage().timeouts().scriptTimeout(Duration.ofSeconds(30));
            return new Browser(driver, baseUrl, profile);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Opens an app route, e.g. "/" or "/session/abc". */
    void go(String route) {
        driver.get(baseUrl + "/#" + route);
    }

    WebElement waitFor(By by) {
        return new WebDriverWait(driver, Duration.ofSeconds(20)).until(ExpectedConditions.visibilityOfElementLocated(by));
    }

    void waitForText(By by, String text) {
        new WebDriverWait(driver, Duration.ofSeconds(20)).until(ExpectedConditions.textToBePresentInElementLocated(by, text));
    }

    void waitUntil(String description, java.util.function.Supplier<Boolean> condition) {
        new WebDriverWait(driver, Duration.ofSeconds(20)).withMessage(description).until(d -> condition.get());
    }

    /** Waits until the page's h1 reads the given text. */
    void waitForHeading(String text) {
        waitForText(By.cssSelector("main h1"), text);
    }

    Object js(String script, Object... args) {
        return ((JavascriptExecutor) driver).executeScript(script, args);
    }

    /** Drops the sign-in cookie (on the app's own origin, where it lives). */
    void forgetSignIn() {
        driver.get(baseUrl + "/api/health");
        driver.manage().deleteAllCookies();
    }

    void signIn(String username, String password) {
        forgetSignIn();
        go("/signin");
        waitFor(By.id("main"));
        WebElement user = waitFor(By.name("username"));
        user.clear();
        user.sendKeys(username);
        driver.findElement(By.name("password")).sendKeys(password);
        driver.findElement(By.cssSelector("main form button[type=submit]")).click();
        waitFor(By.xpath("//nav//button[normalize-space()='Sign out']"));
        // the page a sign-in lands on has finished drawing, so a test reads the page it means to. (A view still
        // loading when the address changes no longer draws over the next one: app.js gives each render its own
        // container; AccountBrowserTest checks that.)
        waitUntil("the page after signing in is drawn", () -> Boolean.TRUE.equals(js("const m = document.querySelector('main');"
                + " const h = m.querySelector('h1'); return !m.hasAttribute('aria-busy') && !!h && h.textContent !== 'Sign in';")));
    }

    void signOut() {
        driver.findElement(By.xpath("//nav//button[normalize-space()='Sign out']")).click();
        waitForHeading("Sign in");
    }

    @Override
    public void close() {
        try {
            driver.quit();
        } finally {
            try (Stream<Path> files = Files.walk(profile)) {
                files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            } catch (IOException ignored) {
                // a temp dir left behind is harmless
            }
        }
    }
}
