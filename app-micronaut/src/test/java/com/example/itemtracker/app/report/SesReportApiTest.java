package com.example.itemtracker.app.report;

import com.example.itemtracker.adapter.ses.FakeSes;
import com.example.itemtracker.adapter.ses.StreamedRawMessage;
import com.example.itemtracker.app.harness.RunningService;
import com.example.itemtracker.app.harness.TestSettings;
import io.micronaut.json.tree.JsonNode;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import software.amazon.awssdk.services.ses.SesClient;

import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;

import static com.example.itemtracker.app.harness.ApiAssertions.assertProblem;
import static com.example.itemtracker.app.harness.ApiAssertions.json;
import static org.assertj.core.api.Assertions.assertThat;

/** REPORT_SENDER=ses against the in-process SES: success, and SES's errors as 502s that say what to do. */
class SesReportApiTest {

    @TempDir
    static Path dataDir;

    private static FakeSes ses;
    private static RunningService service;

    @BeforeAll
    static void start() throws Exception {
        ses = new FakeSes();
        Map<String, Object> settings = new HashMap<>(TestSettings.fakeAwsCredentials());
        settings.putAll(Map.of(
                "item-tracker.data-dir", dataDir.toString(),
                "item-tracker.report.sender", "ses",
                "item-tracker.report.sender-email", "reports@example.com",
                "item-tracker.report.ses.region", "us-east-1",
                "item-tracker.report.ses.endpoint", ses.endpoint().toString()));
        service = RunningService.start(settings);
        for (int i = 0; i < 2; i++) {
            service.postJson("/api/items", "{\"name\":\"Me\",\"description\":\"Item " + i + "\"}");
        }
    }

    @AfterAll
    static void stop() {
        service.close();
        ses.close();
    }

    @BeforeEach
    void reset() {
        ses.reset();
    }

    @Test
    void aReportIsSentThroughSes() {
        HttpResponse<String> response = service.postJson("/api/items:report", "{\"email\":\"to@example.com\"}");

        assertThat(response.statusCode()).isEqualTo(200);
        JsonNode summary = json(response);
        assertThat(summary.get("messageId").getStringValue()).startsWith("fake-");
        assertThat(summary.get("delivery").getStringValue()).isEqualTo("inline");
        FakeSes.Received sent = ses.received().getFirst();
        assertThat(sent.action()).isEqualTo("SendEmail");
        assertThat(sent.parameters()).containsEntry("Source", "reports@example.com")
                .containsEntry("Destination.ToAddresses.member.1", "to@example.com");
    }

    /** A raw message goes to SES as a streamed body (StreamedRawMessage), not through the SDK's own encoding. */
    @Test
    void theSesClientStreamsRawMessages() {
        SesClient client = service.context().getBean(SesClient.class);

        assertThat(client.serviceClientConfiguration().overrideConfiguration().executionInterceptors())
                .hasAtLeastOneElementOfType(StreamedRawMessage.class);
    }

    @Test
    void anUnverifiedAddressIs502NamingIt() {
        ses.failNext(400, "MessageRejected",
                "Email address is not verified. The following identities failed the check in region US-EAST-1: to@example.com");

        JsonNode problem = assertProblem(service.postJson("/api/items:report", "{\"email\":\"to@example.com\"}"), 502);

        assertThat(problem.get("detail").getStringValue()).contains("the address to@example.com is not verified")
                .contains("sandbox");
    }

    @Test
    void aPausedAccountIs502SayingWhatToDo() {
        ses.failNext(400, "AccountSendingPausedException", "Account sending paused.");

        JsonNode problem = assertProblem(service.postJson("/api/items:report", "{\"email\":\"to@example.com\"}"), 502);

        assertThat(problem.get("detail").getStringValue()).contains("Sending is paused");
    }

    @Test
    void aBadAddressNeverReachesSes() {
        assertProblem(service.postJson("/api/items:report", "{\"email\":\"x@example.com\\nBcc: y@example.com\"}"), 400);

        assertThat(ses.received()).isEmpty();
    }
}
