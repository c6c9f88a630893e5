package com.example.itemtracker.app.page;

import com.example.itemtracker.app.harness.RunningService;
import com.example.itemtracker.core.port.TableName;
import com.example.itemtracker.testsupport.TcpProxy;
import com.example.itemtracker.testsupport.TestBrowser;
import com.example.itemtracker.testsupport.TestDatabase;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.NoAlertPresentException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import static com.example.itemtracker.app.harness.ApiAssertions.json;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The page in a real browser (headless Chromium), on the embedded store with the outbox, through
 * the whole flow a user has: add, list, archive, filter, report; what the server alone can say
 * (a recipient it refuses, a store that is down) shown where it failed; the keyboard alone; a
 * phone's width and a wide screen; and the page's own weight and origin.
 */
class PageBrowserTest {

    private static final String HTML_DESCRIPTION = "<img src=x onerror=alert(1)>";
    /** The screenshot the README shows, written where the build's output goes, not into the sources. */
    static final Path SCREENSHOTS = Path.of("target", "screenshots");

    @TempDir
    static Path work;

    private static ChromeDriver driver;
    private static TrackerPage page;

    @BeforeAll
    static void startBrowser() {
        driver = TestBrowser.start(work.resolve("profile"));
        page = new TrackerPage(driver);
    }

    @BeforeEach
    void forgetEarlierConsoleMessages() {
        consoleErrors();
    }

    @AfterAll
    static void stopBrowser() {
        if (driver != null) {
            driver.quit();
        }
    }

    @Test
    void theWholeFlowOnTheEmbeddedStoreWithTheOutbox() throws IOException {
        Path outbox = work.resolve("outbox");
        RunningService service = RunningService.start(Map.of("item-tracker.data-dir", work.resolve("data").toString(),
                "item-tracker.report.outbox-dir", outbox.toString(),
                "item-tracker.report.allowed-recipients", "@example.com"));
        try {
            page.open(service.uri("/"));
            assertThat(driver.getTitle()).isEqualTo("Item Tracker");
            assertThat(page.columnHeaders()).containsExactly("Select", "Name", "Guide", "Description", "Status");
            assertThat(page.chosen("Show")).isEqualTo("Active");
            assertThat(page.tableMessage()).isEqualTo("No work items found.");
            assertThat(page.control("Archive selected").isEnabled()).isFalse();

            WebElement add = page.control("Add");
            assertThat(add.isEnabled()).as("Add with nothing filled in").isFalse();
            page.type("User", "Eve");
            assertThat(add.isEnabled()).as("Add without a description").isFalse();
            page.choose("Guide", "JavaScript");
            page.type("Description", HTML_DESCRIPTION);
            page.type("Status", "Needs review");
            assertThat(add.isEnabled()).isTrue();
            add.click();

            page.waitUntil(d -> page.descriptions().contains(HTML_DESCRIPTION));
            assertThat(page.rows()).containsExactly(new TrackerPage.Row("Eve", "JavaScript", HTML_DESCRIPTION, "Needs review"));
            assertThat(page.section("Work items").findElements(By.cssSelector("tbody img"))).as("markup from an item").isEmpty();
            assertThatThrownBy(() -> driver.switchTo().alert()).isInstanceOf(NoAlertPresentException.class);
            assertThat(page.control("User").getDomProperty("value")).as("the form clears after an add").isEmpty();
            assertThat(page.control("Description").getDomProperty("value")).isEmpty();
            assertThat(add.isEnabled()).isFalse();
            assertThat(json(service.get("/api/items")).get(0).get("description").getStringValue()).isEqualTo(HTML_DESCRIPTION);

            addThroughThePage("Me", "Python", "Show how to add an item", "In progress");
            addThroughThePage("Alex", "Java", "Port the tracker to Java 25", "");
            page.resize(1100, 1000);
            page.script("document.activeElement.blur()");
            page.screenshot(SCREENSHOTS.resolve("page.png"));

            WebElement archive = page.control("Archive selected");
            page.checkboxOf(HTML_DESCRIPTION).click();
            assertThat(archive.isEnabled()).isTrue();
            archive.click();
            page.waitUntil(d -> !page.descriptions().contains(HTML_DESCRIPTION));
            assertThat(page.descriptions()).containsExactly("Show how to add an item", "Port the tracker to Java 25");
            assertThat(archive.isEnabled()).isFalse();

            page.choose("Show", "Archived");
            page.waitUntil(d -> page.descriptions().equals(List.of(HTML_DESCRIPTION)));
            page.choose("Show", "All");
            page.waitUntil(d -> page.descriptions().size() == 3);
            assertThat(page.descriptions()).as("oldest first")
                    .containsExactly(HTML_DESCRIPTION, "Show how to add an item", "Port the tracker to Java 25");

            page.type("Recipient's email", "team@example.com");
            page.press("Send report");
            String confirmation = page.awaitText(() -> page.statusIn("Email a report"));
            assertThat(confirmation).isEqualTo("Report sent to team@example.com: 2 work items, listed in the email itself.");
            assertThat(page.alertIn("Email a report")).isEmpty();
            try (Stream<Path> files = Files.list(outbox)) {
                assertThat(files.map(path -> path.getFileName().toString())).singleElement().satisfies(name ->
                        assertThat(name).startsWith("report-").endsWith(".eml"));
            }

            String refusal = json(service.postJson("/api/items:report", "{\"email\":\"someone@elsewhere.test\"}"))
                    .get("detail").getStringValue();
            page.type("Recipient's email", "someone@elsewhere.test");
            page.press("Send report");
            assertThat(page.awaitText(() -> page.alertIn("Email a report")))
                    .as("the server's own words for a recipient outside REPORT_ALLOWED_RECIPIENTS").isEqualTo(refusal);
            assertThat(page.statusIn("Email a report")).as("no confirmation left standing").isEmpty();
            assertThat(refusal).contains("REPORT_ALLOWED_RECIPIENTS");
            assertThat(consoleErrors()).as("the browser's console (CSP violations, script errors)")
                    .allSatisfy(message -> assertThat(message).contains("status of 403"));
        } finally {
            service.close();
        }

        page.choose("Show", "Active");
        assertThat(page.awaitText(() -> page.alertIn("Work items")))
                .startsWith("The service could not be reached.");
        assertThat(page.tableMessage()).isEqualTo("The work items could not be loaded.");
    }

    @Test
    void aStoreThatIsDownIsSaidWhereTheCallFailed() throws Exception {
        TestDatabase.Coordinates db = TestDatabase.POSTGRES.require();
        TableName table = db.createSeedTable();
        URI target = URI.create(db.url().substring("jdbc:".length()));
        try (TcpProxy proxy = new TcpProxy(target.getHost(), target.getPort())) {
            Map<String, Object> settings = new HashMap<>(Map.of("item-tracker.store", "jdbc",
                    "item-tracker.jdbc.url", db.url().replace(":" + target.getPort() + "/", ":" + proxy.port() + "/"),
                    "item-tracker.jdbc.user", db.user(), "item-tracker.jdbc.password", db.password(),
                    "item-tracker.table-name", table.value()));
            try (RunningService service = RunningService.start(settings)) {
                page.open(service.uri("/"));
                assertThat(page.tableMessage()).isEqualTo("No work items found.");

                proxy.refuse();
                proxy.cutOpenConnections();
                page.type("User", "Me");
                page.type("Description", "Added while the database is down");
                page.press("Add");
                String detail = page.awaitText(() -> page.alertIn("Add item"));
                assertThat(detail).isEqualTo("Data service not ready. Wait a minute and try again.");
                assertThat(page.control("Description").getDomProperty("value")).as("nothing typed is lost")
                        .isEqualTo("Added while the database is down");

                page.choose("Show", "All");
                assertThat(page.awaitText(() -> page.alertIn("Work items")))
                        .isEqualTo(detail);

                proxy.forward();
                page.waitUntil(d -> service.get("/health").statusCode() == 200);
                page.press("Add");
                page.waitUntil(d -> page.descriptions().contains("Added while the database is down"));
                assertThat(page.alertIn("Add item")).isEmpty();
                assertThat(page.alertIn("Work items")).isEmpty();
            }
        } finally {
            db.drop(table);
        }
    }

    @Test
    void theFirstPaintDoesNotWaitForTheListAndTheWaitIsShown() {
        try (RunningService service = RunningService.start(Map.of("test.store-fault", "slow"))) {
            driver.get(service.uri("/").toString());
            // The list call takes 1.5 s here: the page is up and says it is loading before it answers.
            assertThat(page.control("Add").isDisplayed()).isTrue();
            assertThat(driver.findElement(By.xpath("//*[normalize-space()='Loading…']")).isDisplayed()).isTrue();
            assertThat(page.section("Work items").findElement(By.tagName("table")).getDomAttribute("aria-busy")).isEqualTo("true");
            page.waitUntil(d -> page.tableMessage().equals("No work items found."));
            assertThat(driver.findElements(By.xpath("//*[normalize-space()='Loading…']")).stream().noneMatch(WebElement::isDisplayed))
                    .isTrue();
        }
    }

    @Test
    void everythingWorksFromTheKeyboardAlone() {
        try (RunningService service = RunningService.start(Map.of())) {
            page.open(service.uri("/"));
            List<String> order = new ArrayList<>();
            for (int i = 0; i < 8; i++) {
                tab();
                order.add(focused().getAccessibleName());
            }
            assertThat(order).as("the order Tab visits the controls in; disabled buttons are skipped").containsExactly(
                    "Skip to the work items", "Show", "User", "Guide", "Description", "Status", "Recipient's email", "Send report");

            focus("User");
            keys("Kim", Keys.TAB, Keys.END, Keys.TAB, "Typed without a mouse", Keys.TAB, "Started", Keys.TAB);
            assertThat(focused().getAccessibleName()).as("Add is enabled, so Tab reaches it").isEqualTo("Add");
            keys(Keys.ENTER);
            page.waitUntil(d -> page.rows().contains(new TrackerPage.Row("Kim", "Rust", "Typed without a mouse", "Started")));

            focus("Show");
            tab();
            assertThat(focused().getAccessibleName()).isEqualTo("Select Typed without a mouse");
            keys(Keys.SPACE, Keys.TAB);
            assertThat(focused().getAccessibleName()).isEqualTo("Archive selected");
            keys(Keys.ENTER);
            page.waitUntil(d -> page.tableMessage().equals("No work items found."));
        }
    }

    @Test
    void readableOnAPhoneAndOnAWideScreen() {
        try (RunningService service = RunningService.start(Map.of())) {
            String unbroken = "x".repeat(300);
            for (String description : List.of("A description long enough to wrap over several lines of a narrow table", unbroken)) {
                service.postJson("/api/items", "{\"name\":\"Somebody with a long name\",\"guide\":\"js\",\"description\":\""
                        + description + "\",\"status\":\"Waiting for a review by the team\"}");
            }
            for (int width : new int[] {400, 1400}) {
                page.resize(width, 900);
                page.open(service.uri("/"));
                page.waitUntil(d -> page.descriptions().contains(unbroken));
                long viewport = (Long) page.script("return document.documentElement.clientWidth");
                assertThat((Long) page.script("return document.documentElement.scrollWidth")).as("page width at %d px", width)
                        .isLessThanOrEqualTo(viewport);
                for (String control : List.of("Show", "User", "Guide", "Description", "Status", "Add", "Archive selected",
                        "Recipient's email", "Send report")) {
                    WebElement element = page.control(control);
                    assertThat(element.getRect().getX() + element.getRect().getWidth()).as("%s at %d px", control, width)
                            .isLessThanOrEqualTo((int) viewport);
                }
                page.screenshot(SCREENSHOTS.resolve("page-" + width + ".png"));
            }
            page.resize(1280, 900);
        }
    }

    @Test
    void thePageIsLightAndLoadsNothingFromAnotherOrigin() {
        try (RunningService service = RunningService.start(Map.of())) {
            page.open(service.uri("/"));
            @SuppressWarnings("unchecked")
            List<Map<String, Object>> loaded = (List<Map<String, Object>>) page.script("""
                    return [...performance.getEntriesByType('navigation'), ...performance.getEntriesByType('resource')]
                      .filter(e => !new URL(e.name).pathname.startsWith('/api/'))
                      .map(e => ({url: e.name, bytes: e.decodedBodySize, origin: new URL(e.name).origin}));""");
            long total = loaded.stream().mapToLong(entry -> ((Number) entry.get("bytes")).longValue()).sum();
            System.out.printf("[page] %d files, %d bytes uncompressed: %s%n", loaded.size(), total,
                    loaded.stream().map(e -> e.get("url") + " " + e.get("bytes")).toList());
            assertThat(loaded).extracting(entry -> entry.get("url").toString())
                    .anyMatch(url -> url.endsWith("/assets/app.js")).anyMatch(url -> url.endsWith("/assets/app.css"));
            assertThat(loaded).extracting(entry -> entry.get("origin")).containsOnly(service.uri("/").toString().replaceAll("/$", ""));
            assertThat(total).as("the page and everything it loads, uncompressed").isLessThan(100 * 1024);
            HttpResponse<String> served = service.get("/");
            assertThat(served.headers().firstValue("content-security-policy")).hasValue(PageController.CONTENT_SECURITY_POLICY);
            assertThat(consoleErrors()).isEmpty();
        }
    }

    private void addThroughThePage(String user, String guide, String description, String status) {
        page.type("User", user);
        page.choose("Guide", guide);
        page.type("Description", description);
        page.type("Status", status);
        page.press("Add");
        page.waitUntil(d -> page.descriptions().contains(description));
    }

    private static WebElement focused() {
        return driver.switchTo().activeElement();
    }

    private static void focus(String control) {
        page.script("arguments[0].focus()", page.control(control));
    }

    private static void tab() {
        keys(Keys.TAB);
    }

    private static void keys(CharSequence... keys) {
        new Actions(driver).sendKeys(keys).perform();
    }

    /** What the page wrote to the console at error level since the last look: CSP violations and script errors land here. */
    private static List<String> consoleErrors() {
        return driver.manage().logs().get(LogType.BROWSER).getAll().stream()
                .filter(entry -> entry.getLevel().intValue() >= java.util.logging.Level.SEVERE.intValue())
                .map(LogEntry::getMessage).toList();
    }
}
