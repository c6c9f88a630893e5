package com.example.itemtracker.testsupport;

import org.junit.jupiter.api.Assumptions;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.logging.LoggingPreferences;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.logging.Level;

/**
 * The real browser the page's tests drive: headless Chromium and its ChromeDriver from Debian's
 * packages ({@code chromium}, {@code chromium-driver}), at {@value #DEFAULT_CHROMIUM} and
 * {@value #DEFAULT_CHROMEDRIVER} unless {@code ITEMTRACKER_TEST_CHROMIUM} and
 * {@code ITEMTRACKER_TEST_CHROMEDRIVER} say otherwise. Selenium is given both paths, so it looks up
 * and downloads nothing. Without them the test is skipped with a notice, except under {@code CI=true},
 * where a missing browser fails it, as a missing database does.
 */
public final class TestBrowser {

    static final String DEFAULT_CHROMIUM = "/usr/bin/chromium";
    static final String DEFAULT_CHROMEDRIVER = "/usr/bin/chromedriver";
    /**
     * Root needs no sandbox; the rest keeps Chromium off the network it would otherwise reach for
     * (updates, sync, field trials, QUIC), which this machine refuses, many connections at a time.
     */
    static final List<String> ARGUMENTS = List.of("--headless", "--no-sandbox", "--disable-gpu", "--disable-quic",
            "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync",
            "--window-size=1280,900");

    private static final AtomicBoolean NOTICE_PRINTED = new AtomicBoolean();

    private TestBrowser() {
    }

    /**
     * A new browser with a fresh profile in {@code profile}; skips the calling test (or fails it under
     * CI) when Chromium or ChromeDriver is not installed. The console's messages are kept for
     * {@code driver.manage().logs().get("browser")}.
     */
    public static ChromeDriver start(Path profile) {
        Path chromium = Path.of(System.getenv().getOrDefault("ITEMTRACKER_TEST_CHROMIUM", DEFAULT_CHROMIUM));
        Path driver = Path.of(System.getenv().getOrDefault("ITEMTRACKER_TEST_CHROMEDRIVER", DEFAULT_CHROMEDRIVER));
        if (!Files.isExecutable(chromium) || !Files.isExecutable(driver)) {
            String notice = "No browser for the page's tests: " + chromium + " and " + driver + " must exist (Debian: apt-get"
                    + " install chromium chromium-driver; elsewhere set ITEMTRACKER_TEST_CHROMIUM and ITEMTRACKER_TEST_CHROMEDRIVER).";
            if ("true".equalsIgnoreCase(System.getenv("CI"))) {
                throw new IllegalStateException("CI=true and " + notice);
            }
            if (NOTICE_PRINTED.compareAndSet(false, true)) {
                System.err.println("[SKIPPED] " + notice + " Tests that need it are skipped.");
            }
            Assumptions.abort(notice);
        }
        try {
            Files.createDirectories(profile);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        ChromeOptions options = new ChromeOptions().setBinary(chromium.toFile()).addArguments(ARGUMENTS)
                .addArguments("--user-data-dir=" + profile);
        LoggingPreferences logs = new LoggingPreferences();
        logs.enable(LogType.BROWSER, Level.ALL);
        options.setCapability(ChromeOptions.LOGGING_PREFS, logs);
        ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(driver.toFile())
                .usingAnyFreePort().withLogOutput(OutputStream.nullOutputStream()).build();
        return new ChromeDriver(service, options);
    }
}
