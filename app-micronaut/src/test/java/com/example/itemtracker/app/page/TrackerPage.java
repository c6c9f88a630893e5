package com.example.itemtracker.app.page;

import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.NoSuchElementException;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * The page as a user and assistive technology find it: controls by their accessible names (the
 * labels, button names and column headers the issue fixes), messages by their roles in the section
 * that a heading names. Nothing here knows an element's id or class.
 */
final class TrackerPage {

    private static final Duration PATIENCE = Duration.ofSeconds(10);
    private static final String CONTROLS = "input, select, textarea, button";

    /** One row of the table, as its cells read. */
    record Row(String name, String guide, String description, String status) {
    }

    private final ChromeDriver driver;

    TrackerPage(ChromeDriver driver) {
        this.driver = driver;
    }

    ChromeDriver driver() {
        return driver;
    }

    void open(URI uri) {
        driver.get(uri.toString());
        waitUntil(d -> !section("Work items").findElements(By.cssSelector("tbody tr")).isEmpty());
    }

    /** The control (field, choice or button) whose accessible name is {@code name}. */
    WebElement control(String name) {
        return driver.findElements(By.cssSelector(CONTROLS)).stream().filter(element -> name.equals(element.getAccessibleName()))
                .findFirst().orElseThrow(() -> new NoSuchElementException("No control named '" + name + "'"));
    }

    void type(String field, String text) {
        WebElement control = control(field);
        control.clear();
        control.sendKeys(text);
    }

    void choose(String field, String option) {
        new Select(control(field)).selectByVisibleText(option);
    }

    String chosen(String field) {
        return new Select(control(field)).getFirstSelectedOption().getText();
    }

    void press(String button) {
        control(button).click();
    }

    /** The section whose heading (its accessible name) is {@code heading}. */
    WebElement section(String heading) {
        return driver.findElements(By.cssSelector("section")).stream().filter(s -> heading.equals(s.getAccessibleName()))
                .findFirst().orElseThrow(() -> new NoSuchElementException("No section named '" + heading + "'"));
    }

    /** What the {@code role=alert} elements of a section say, empty ones left out. */
    String alertIn(String heading) {
        return messages(heading, "alert");
    }

    /** What the {@code role=status} elements of a section say. */
    String statusIn(String heading) {
        return messages(heading, "status");
    }

    private String messages(String heading, String role) {
        return String.join(" ", section(heading).findElements(By.cssSelector("[role='" + role + "']")).stream()
                .map(WebElement::getText).filter(text -> !text.isBlank()).toList());
    }

    /** The table's column headers, by accessible name; the checkbox column's is visually hidden. */
    List<String> columnHeaders() {
        return section("Work items").findElements(By.cssSelector("thead th")).stream().map(WebElement::getAccessibleName).toList();
    }

    /** The rows of items, or none while the table shows a message (loading, empty, failed). */
    List<Row> rows() {
        return section("Work items").findElements(By.cssSelector("tbody tr")).stream()
                .map(row -> row.findElements(By.cssSelector("td"))).filter(cells -> cells.size() == 5)
                .map(cells -> new Row(cells.get(1).getText(), cells.get(2).getText(), cells.get(3).getText(),
                        cells.get(4).getText())).toList();
    }

    /** The one line the table shows instead of rows ("No work items found."), or empty. */
    String tableMessage() {
        return section("Work items").findElements(By.cssSelector("tbody td[colspan]")).stream().map(WebElement::getText)
                .findFirst().orElse("");
    }

    List<String> descriptions() {
        return rows().stream().map(Row::description).toList();
    }

    WebElement checkboxOf(String description) {
        return control("Select " + description);
    }

    /** Waits until {@code text} says something, and returns it. */
    String awaitText(Supplier<String> text) {
        return waitUntil(d -> text.get().isEmpty() ? null : text.get());
    }

    <T> T waitUntil(Function<WebDriver, T> condition) {
        return new WebDriverWait(driver, PATIENCE).ignoring(StaleElementReferenceException.class).until(condition);
    }

    Object script(String script, Object... arguments) {
        return ((JavascriptExecutor) driver).executeScript(script, arguments);
    }

    void resize(int width, int height) {
        driver.manage().window().setSize(new org.openqa.selenium.Dimension(width, height));
    }

    void screenshot(Path file) {
        try {
            Files.createDirectories(file.getParent());
            Files.write(file, driver.getScreenshotAs(OutputType.BYTES));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
