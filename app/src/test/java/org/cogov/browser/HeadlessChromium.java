package org.cogov.browser;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.logging.Level;
import java.util.stream.Stream;

import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.AfterTestExecutionCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ConditionEvaluationResult;
import org.junit.jupiter.api.extension.ExecutionCondition;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;

/**
 * A fresh headless Chromium for every journey, so that no cookie or cached page of one journey can
 * help or hurt the next. It uses the system's Chromium and chromedriver (the Debian packages
 * {@code chromium} and {@code chromium-driver}) by their paths: given both, Selenium Manager has
 * nothing to look for and never goes to the network.
 *
 * <p>Without them, the journeys are reported as skipped, with the reason, and the application is not
 * started for nothing: a condition decides before any test instance exists. (An assumption in
 * {@code beforeAll} would skip as early, but Surefire then reports no test and no reason at all.)
 * Journeys run one at a time; the extension holds the browser of the journey that is running.
 */
final class HeadlessChromium implements ExecutionCondition, BeforeEachCallback, AfterTestExecutionCallback,
        AfterEachCallback {

    static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");
    /** Relative to the module, where Maven runs the tests: {@code app/target/browser-screenshots}. */
    static final Path SCREENSHOTS = Path.of("target", "browser-screenshots");

    private @Nullable ChromeDriver driver;
    private @Nullable Path profile;
    private String journey = "journey";

    @Override
    public ConditionEvaluationResult evaluateExecutionCondition(ExtensionContext context) {
        return Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER)
                ? ConditionEvaluationResult.enabled("Chromium and chromedriver are installed")
                : ConditionEvaluationResult.disabled("Browser journeys skipped: they need " + CHROMIUM + " and "
                        + CHROMEDRIVER + " (Debian: apt-get install chromium chromium-driver). CI installs both.");
    }

    @Override
    public void beforeEach(ExtensionContext context) throws IOException {
        journey = context.getRequiredTestClass().getSimpleName() + "." + context.getRequiredTestMethod().getName();
        profile = Files.createTempDirectory("cogov-chromium-");
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM.toFile());
        // The flags CONVENTIONS.md lists for tests run as root in containers: no sandbox (root), no GPU,
        // /tmp instead of a small /dev/shm, and nothing that would reach for the network in the background.
        options.addArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--no-first-run", "--user-data-dir=" + profile, "--window-size=1280,900");
        // The browser of a user in Lanjiang: pages not yet tied to an account follow this language.
        options.setExperimentalOption("prefs", Map.of("intl.accept_languages", "zh-CN,zh"));
        // Keeps the console, where Chromium reports what the Content Security Policy blocked.
        options.setCapability("goog:loggingPrefs", Map.of("browser", "SEVERE"));
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(CHROMEDRIVER.toFile())
                .usingAnyFreePort()
                .build();
        driver = new ChromeDriver(service, options);
    }

    /** A journey that failed leaves a picture of where it stopped, for whoever reads the CI report. */
    @Override
    public void afterTestExecution(ExtensionContext context) {
        if (context.getExecutionException().isPresent() && driver != null) {
            screenshot("failed");
        }
    }

    @Override
    public void afterEach(ExtensionContext context) throws IOException {
        try {
            if (driver != null) {
                driver.quit();
            }
        } finally {
            driver = null;
            if (profile != null) {
                try (Stream<Path> files = Files.walk(profile)) {
                    files.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
                }
                profile = null;
            }
        }
    }

    /**
     * The errors the pages logged in the console since the last call: resources that failed to load,
     * scripts or styles the Content Security Policy blocked.
     */
    List<String> consoleErrors() {
        return driver().manage().logs().get(LogType.BROWSER).getAll().stream()
                .filter(entry -> entry.getLevel().intValue() >= Level.SEVERE.intValue())
                .map(LogEntry::getMessage)
                .toList();
    }

    WebDriver driver() {
        if (driver == null) {
            throw new IllegalStateException("no browser outside a journey");
        }
        return driver;
    }

    /** Saves what the browser shows as {@code <TestClass>.<journey>[-label].png} and returns the file. */
    Path screenshot(@Nullable String label) {
        Path file = SCREENSHOTS.resolve(journey + (label == null ? "" : "-" + label) + ".png");
        try {
            Files.createDirectories(SCREENSHOTS);
            Files.move(((ChromeDriver) driver()).getScreenshotAs(OutputType.FILE).toPath(), file,
                    StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return file;
    }
}
