package com.example.itemtracker.app.config;

import com.example.itemtracker.app.config.StartupFailure;
import com.example.itemtracker.app.harness.RunningService;
import com.example.itemtracker.app.harness.TempDirectories;
import io.micronaut.context.ApplicationContext;
import io.micronaut.runtime.server.EmbeddedServer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * A wrong setting stops the service at start-up, and what the user reads is one sentence naming the
 * environment variable to fix (the launcher prints exactly this instead of a stack trace).
 */
class ConfigurationTest {

    private static final Map<String, Object> DATA_API = Map.of("item-tracker.store", "data-api",
            "item-tracker.data-api.cluster-arn", "arn:aws:rds:us-east-1:123456789012:cluster:c",
            "item-tracker.data-api.secret-arn", "arn:aws:secretsmanager:us-east-1:123456789012:secret:s",
            "item-tracker.data-api.database", "auroraappdb", "item-tracker.data-api.region", "us-east-1");

    @ParameterizedTest(name = "{0}={1}")
    @CsvSource(delimiter = '|', textBlock = """
            item-tracker.store                     | oracle    | STORE (item-tracker.store) must be one of embedded, jdbc, data-api, but it is 'oracle'.
            item-tracker.table-name                | items; x  | TABLE_NAME (item-tracker.table-name) must be a plain SQL identifier (a letter or underscore, then letters, digits or underscores, at most 63 characters).
            item-tracker.create-table              | sometimes | CREATE_TABLE (item-tracker.create-table) must be true or false.
            item-tracker.jdbc.maximum-pool-size    | 0         | JDBC_POOL_SIZE (item-tracker.jdbc.maximum-pool-size) must be greater than or equal to 1.
            item-tracker.jdbc.connection-timeout   | 100ms     | JDBC_CONNECTION_TIMEOUT (item-tracker.jdbc.connection-timeout) must be at least 250ms, but it is 100ms.
            item-tracker.jdbc.socket-timeout       | forever   | JDBC_SOCKET_TIMEOUT (item-tracker.jdbc.socket-timeout) must be a duration such as 20s, 1500ms or 1m, but it is 'forever'.
            item-tracker.report.sender             | pigeon    | REPORT_SENDER (item-tracker.report.sender) must be one of outbox, ses, but it is 'pigeon'.
            item-tracker.report.inline-limit       | many      | REPORT_INLINE_LIMIT (item-tracker.report.inline-limit) must be a whole number, but it is 'many'.
            item-tracker.report.inline-limit       | -1        | REPORT_INLINE_LIMIT (item-tracker.report.inline-limit) must be greater than or equal to 0.
            item-tracker.report.time-zone          | Mars/Base | REPORT_TIME_ZONE (item-tracker.report.time-zone) must be a time zone such as UTC or Europe/Berlin, but it is 'Mars/Base'.
            item-tracker.report.allowed-recipients | a@b.c;d   | REPORT_ALLOWED_RECIPIENTS (item-tracker.report.allowed-recipients) must list email addresses and @domains, but 'a@b.c;d' is neither an email address nor an @domain.
            item-tracker.report.rate-limit         | -1        | REPORT_RATE_LIMIT (item-tracker.report.rate-limit) must be greater than or equal to 0.
            item-tracker.report.sender-email       | A <a@b.c> | SENDER_EMAIL (item-tracker.report.sender-email) must be one plain email address, like reports@example.com, but it is 'A <a@b.c>'.
            """)
    void aWrongSettingIsNamedInOneLine(String property, String value, String message) {
        assertThat(startupProblem(Map.of(property, value))).isEqualTo(message);
    }

    @ParameterizedTest(name = "{0} set to nothing")
    @CsvSource(delimiter = '|', textBlock = """
            item-tracker.store                   | STORE (item-tracker.store) must be one of embedded, jdbc, data-api, but it is empty.
            item-tracker.table-name              | TABLE_NAME (item-tracker.table-name) must be a plain SQL identifier (a letter or underscore, then letters, digits or underscores, at most 63 characters).
            item-tracker.data-dir                | DATA_DIR (item-tracker.data-dir) must be a directory path, but it is empty.
            item-tracker.jdbc.maximum-pool-size  | JDBC_POOL_SIZE (item-tracker.jdbc.maximum-pool-size) must be a whole number, but it is empty.
            item-tracker.jdbc.connection-timeout | JDBC_CONNECTION_TIMEOUT (item-tracker.jdbc.connection-timeout) must be a duration such as 20s, 1500ms or 1m, but it is empty.
            item-tracker.jdbc.socket-timeout     | JDBC_SOCKET_TIMEOUT (item-tracker.jdbc.socket-timeout) must be a duration such as 20s, 1500ms or 1m, but it is empty.
            item-tracker.report.sender           | REPORT_SENDER (item-tracker.report.sender) must be one of outbox, ses, but it is empty.
            item-tracker.report.outbox-dir       | OUTBOX_DIR (item-tracker.report.outbox-dir) must be a directory path, but it is empty.
            item-tracker.report.inline-limit     | REPORT_INLINE_LIMIT (item-tracker.report.inline-limit) must be a whole number, but it is empty.
            item-tracker.report.time-zone        | REPORT_TIME_ZONE (item-tracker.report.time-zone) must be a time zone such as UTC or Europe/Berlin, but it is empty.
            item-tracker.report.rate-limit       | REPORT_RATE_LIMIT (item-tracker.report.rate-limit) must be a whole number, but it is empty.
            """)
    void aSettingSetToNothingIsNamedInOneLine(String property, String message) {
        assertThat(startupProblem(Map.of(property, ""))).isEqualTo(message);
    }

    @ParameterizedTest(name = "{0}={1}")
    @CsvSource(delimiter = '|', textBlock = """
            item-tracker.data-api.resume-budget | soon      | DATA_API_RESUME_BUDGET (item-tracker.data-api.resume-budget) must be a duration such as 20s, 1500ms or 1m, but it is 'soon'.
            item-tracker.data-api.page-size     | 0         | DATA_API_PAGE_SIZE (item-tracker.data-api.page-size) must be greater than or equal to 1.
            item-tracker.data-api.call-timeout  | 1 minute  | DATA_API_CALL_TIMEOUT (item-tracker.data-api.call-timeout) must be a duration such as 20s, 1500ms or 1m, but it is '1 minute'.
            item-tracker.data-api.engine        | oracle    | DATA_API_ENGINE (item-tracker.data-api.engine) must be one of postgresql, mysql, but it is 'oracle'.
            item-tracker.data-api.endpoint      | nope      | DATA_API_ENDPOINT (item-tracker.data-api.endpoint) must be an absolute URL such as https://vpce.example.com, but it is 'nope'.
            item-tracker.data-api.cluster-arn   | ' '       | CLUSTER_ARN (item-tracker.data-api.cluster-arn) is required when STORE=data-api.
            item-tracker.data-api.database      | ''        | DATABASE (item-tracker.data-api.database) is required when STORE=data-api.
            item-tracker.data-api.engine        | ''        | DATA_API_ENGINE (item-tracker.data-api.engine) must be one of postgresql, mysql, but it is empty.
            item-tracker.data-api.page-size     | ''        | DATA_API_PAGE_SIZE (item-tracker.data-api.page-size) must be a whole number, but it is empty.
            """)
    void aWrongDataApiSettingIsNamedInOneLine(String property, String value, String message) {
        Map<String, Object> settings = new HashMap<>(DATA_API);
        settings.put(property, value);
        assertThat(startupProblem(settings)).isEqualTo(message);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            jdbc      | JDBC_URL (item-tracker.jdbc.url) is required when STORE=jdbc, e.g. jdbc:postgresql://localhost:5432/auroraappdb.
            data-api  | CLUSTER_ARN (item-tracker.data-api.cluster-arn) is required when STORE=data-api.
            """)
    void aStoreWithoutItsRequiredSettingsIsNamed(String store, String message) {
        assertThat(startupProblem(Map.of("item-tracker.store", store))).isEqualTo(message);
    }

    @Test
    void aDataDirectoryThatCannotBeMadeIsNamed() throws Exception {
        Path file = Files.createTempFile("item-tracker", ".not-a-directory");
        try {
            assertThat(startupProblem(Map.of("item-tracker.data-dir", file.toString()))).isEqualTo("DATA_DIR"
                    + " (item-tracker.data-dir) must be a directory this service can create and write, but " + file
                    + " cannot be created (FileAlreadyExistsException).");
        } finally {
            Files.delete(file);
        }
    }

    @Test
    void aPortInUseIsNamed() throws Exception {
        Path scratch = Files.createTempDirectory("item-tracker-port");
        try (ServerSocket taken = new ServerSocket(0, 50, InetAddress.getLoopbackAddress())) {
            Throwable failure = catchThrowable(() -> ApplicationContext.run(EmbeddedServer.class, Map.of(
                    "micronaut.server.port", taken.getLocalPort(), "micronaut.server.host", "127.0.0.1",
                    "item-tracker.data-dir", scratch.resolve("data").toString(),
                    "item-tracker.report.outbox-dir", scratch.resolve("outbox").toString())).close());
            assertThat(StartupFailure.settingProblem(failure)).hasValue("PORT (micronaut.server.port) must be a port"
                    + " that no other program listens on, but " + taken.getLocalPort() + " is in use: stop that program,"
                    + " or set PORT to a free port.");
        } finally {
            TempDirectories.delete(scratch);
        }
    }

    @Test
    void sesNeedsASender() {
        assertThat(startupProblem(Map.of("item-tracker.report.sender", "ses"))).isEqualTo("SENDER_EMAIL"
                + " (item-tracker.report.sender-email) is required when REPORT_SENDER=ses: set it to an address verified in Amazon SES.");
    }

    @Test
    void sesNeedsARegion() {
        assumeTrue(System.getenv("AWS_REGION") == null && System.getenv("AWS_DEFAULT_REGION") == null
                && System.getenv("AWS_PROFILE") == null, "this machine has an AWS region configured");
        assertThat(startupProblem(Map.of("item-tracker.report.sender", "ses", "item-tracker.report.sender-email", "me@example.com")))
                .isEqualTo("Amazon SES needs a region: set AWS_REGION or SES_REGION (item-tracker.report.ses.region), e.g. us-east-1.");
    }

    private static String startupProblem(Map<String, Object> settings) {
        Throwable failure = catchThrowable(() -> RunningService.start(settings).close());
        assertThat(failure).as("the service must not start with %s", settings).isNotNull();
        return StartupFailure.settingProblem(failure).orElseThrow(() -> new AssertionError("no setting named in", failure));
    }
}
