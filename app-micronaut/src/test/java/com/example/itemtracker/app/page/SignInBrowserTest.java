package com.example.itemtracker.app.page;

import com.example.itemtracker.app.harness.OidcProvider;
import com.example.itemtracker.app.harness.RunningService;
import com.example.itemtracker.testsupport.TestBrowser;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.NoSuchElementException;
import org.openqa.selenium.chrome.ChromeDriver;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The page with AUTH=oidc in headless Chromium, against a real OpenID Connect provider with a login
 * page: it signs in (authorization code with PKCE), does the whole flow with the token, signs in
 * again when a call is refused, keeps the token out of cookies and localStorage, signs out, and the
 * API is closed again.
 */
class SignInBrowserTest {

    @TempDir
    static Path work;

    private static OidcProvider provider;
    private static RunningService service;
    private static ChromeDriver driver;
    private static TrackerPage page;

    @BeforeAll
    static void start() {
        driver = TestBrowser.start(work.resolve("profile"));
        page = new TrackerPage(driver);
        provider = OidcProvider.withLoginPage();
        Map<String, Object> settings = new HashMap<>(provider.serviceSettings());
        settings.put("item-tracker.report.outbox-dir", work.resolve("outbox").toString());
        service = RunningService.start(settings);
    }

    @AfterAll
    static void stop() {
        if (driver != null) {
            driver.quit();
        }
        if (service != null) {
            service.close();
            provider.close();
        }
    }

    @Test
    void signInTheWholeFlowSignOutAndTheApiIsClosedAgain() throws Exception {
        driver.get(service.uri("/").toString());
        page.waitUntil(d -> page.control("Sign in").isDisplayed());
        assertThatThrownBy(() -> page.control("Add")).as("the tracker, hidden until signed in").isInstanceOf(NoSuchElementException.class);

        page.press("Sign in");
        logInAtTheProvider("alice");

        page.waitUntil(d -> page.control("Sign out").isDisplayed());
        assertThat(driver.findElement(By.xpath("//*[normalize-space()='Signed in as alice']")).isDisplayed()).isTrue();
        assertThat(driver.getCurrentUrl()).as("the code is gone from the address").isEqualTo(service.uri("/").toString());
        page.waitUntil(d -> page.tableMessage().equals("No work items found."));
        assertThat(page.script("return localStorage.length")).isEqualTo(0L);
        assertThat(page.script("return document.cookie")).isEqualTo("");
        assertThat((String) page.script("return sessionStorage.getItem('item-tracker.session')")).contains("idToken");

        page.type("User", "Alice");
        page.type("Description", "Added after signing in");
        page.press("Add");
        page.waitUntil(d -> page.descriptions().contains("Added after signing in"));
        page.checkboxOf("Added after signing in").click();
        page.press("Archive selected");
        page.waitUntil(d -> page.tableMessage().equals("No work items found."));
        page.choose("Show", "All");
        page.waitUntil(d -> page.descriptions().contains("Added after signing in"));
        page.type("Recipient's email", "team@example.com");
        page.press("Send report");
        assertThat(page.awaitText(() -> page.statusIn("Email a report"))).startsWith("Report sent to team@example.com: 0 work items");
        try (Stream<Path> files = Files.list(work.resolve("outbox"))) {
            assertThat(files).hasSize(1);
        }

        page.press("Sign out");
        page.waitUntil(d -> page.control("Sign in").isDisplayed());
        assertThat(page.script("return sessionStorage.getItem('item-tracker.session')")).isNull();
        Object status = driver.executeAsyncScript("const done = arguments[arguments.length - 1];"
                + " fetch('/api/items').then(r => done(r.status), e => done(String(e)));");
        assertThat(status).as("the API from the signed-out page").isEqualTo(401L);
    }

    @Test
    void aRefusedCallSignsInAgainAndKeepsWhatWasTyped() {
        driver.get(service.uri("/").toString());
        page.waitUntil(d -> page.control("Sign in").isDisplayed());
        page.press("Sign in");
        logInAtTheProvider("bob");
        page.waitUntil(d -> page.control("Sign out").isDisplayed());

        page.type("Description", "Typed before the sign-in ran out");
        page.script("const s = JSON.parse(sessionStorage.getItem('item-tracker.session'));"
                + " s.idToken = s.idToken.slice(0, -4) + 'AAAA'; s.startedAt = 0;"
                + " sessionStorage.setItem('item-tracker.session', JSON.stringify(s));");
        page.choose("Show", "Archived");

        logInAtTheProvider("bob");
        page.waitUntil(d -> page.control("Sign out").isDisplayed());
        assertThat(page.control("Description").getDomProperty("value")).isEqualTo("Typed before the sign-in ran out");
        page.waitUntil(d -> !page.tableMessage().isEmpty() || !page.rows().isEmpty());
        assertThat(page.alertIn("Work items")).isEmpty();
        page.press("Sign out");
        page.waitUntil(d -> page.control("Sign in").isDisplayed());
    }

    /** The provider's own login page: any user name signs in. */
    private static void logInAtTheProvider(String user) {
        page.waitUntil(d -> d.getCurrentUrl().startsWith(provider.issuer() + "/authorize"));
        driver.findElement(By.name("username")).sendKeys(user);
        driver.findElement(By.cssSelector("input[type=submit]")).click();
    }
}
