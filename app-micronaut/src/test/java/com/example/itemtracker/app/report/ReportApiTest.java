package com.example.itemtracker.app.report;

import com.example.itemtracker.adapter.ses.MimeAssertions;
import com.example.itemtracker.app.harness.RunningService;
import io.micronaut.json.tree.JsonNode;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import static com.example.itemtracker.app.harness.ApiAssertions.assertProblem;
import static com.example.itemtracker.app.harness.ApiAssertions.fields;
import static com.example.itemtracker.app.harness.ApiAssertions.json;
import static org.assertj.core.api.Assertions.assertThat;

/** POST /api/items:report on the embedded default, where reports land in the outbox. */
class ReportApiTest {

    @TempDir
    Path dataDir;
    @TempDir
    Path outbox;

    private RunningService service;

    @BeforeEach
    void start() {
        service = RunningService.start(Map.of("item-tracker.data-dir", dataDir.toString(),
                "item-tracker.report.outbox-dir", outbox.toString()));
    }

    @AfterEach
    void stop() {
        service.close();
    }

    private void addItems(int count) {
        for (int i = 1; i <= count; i++) {
            assertThat(service.postJson("/api/items", "{\"name\":\"Me\",\"guide\":\"java\",\"description\":\"Item " + i
                    + "\",\"status\":\"\",\"archived\":false}").statusCode()).isEqualTo(200);
        }
    }

    private List<Path> outboxFiles() throws IOException {
        try (Stream<Path> files = Files.list(outbox)) {
            return files.sorted().toList();
        }
    }

    @Test
    void threeItemsAreReportedInline() throws Exception {
        addItems(3);
        String archived = json(service.postJson("/api/items", "{\"name\":\"Me\",\"description\":\"done\"}")).get("id").getStringValue();
        service.putWithoutBody("/api/items/" + archived + ":archive");

        HttpResponse<String> response = service.postJson("/api/items:report", "{\"email\":\"to@example.com\"}",
                "Origin", "http://localhost:3000");

        assertThat(response.statusCode()).isEqualTo(200);
        JsonNode summary = json(response);
        assertThat(summary.get("recipient").getStringValue()).isEqualTo("to@example.com");
        assertThat(summary.get("itemCount").getIntValue()).isEqualTo(3);
        assertThat(summary.get("delivery").getStringValue()).isEqualTo("inline");
        List<Path> files = outboxFiles();
        assertThat(files).hasSize(1);
        assertThat(summary.get("messageId").getStringValue()).isEqualTo(files.getFirst().getFileName().toString());
        MimeMessage mail = MimeAssertions.parse(Files.readAllBytes(files.getFirst()));
        assertThat(mail.getSubject()).isEqualTo("Work items");
        assertThat(mail.getFrom()[0].toString()).isEqualTo("item-tracker@localhost");
        assertThat(mail.getContentType()).startsWith("multipart/alternative");
        String text = MimeAssertions.text(MimeAssertions.multipart(mail.getContent()).getBodyPart(0));
        assertThat(text).contains("There are 3 active work items").contains("Item 3,java,,Me,false").doesNotContain("done");
    }

    @Test
    void elevenItemsGoIntoTheAttachment() throws Exception {
        addItems(11);

        HttpResponse<String> response = service.postJson("/api/items%3Areport", "{\"email\":\"to@example.com\"}");

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(json(response).get("delivery").getStringValue()).isEqualTo("attachment");
        assertThat(json(response).get("itemCount").getIntValue()).isEqualTo(11);
        MimeMessage mail = MimeAssertions.parse(Files.readAllBytes(outboxFiles().getFirst()));
        MimeMultipart mixed = MimeAssertions.multipart(mail.getContent());
        assertThat(mixed.getBodyPart(1).getFileName()).isEqualTo("work_items.csv");
        assertThat(new String(MimeAssertions.bytes(mixed.getBodyPart(1)), StandardCharsets.UTF_8).split("\r\n")).hasSize(12);
    }

    @ParameterizedTest
    @ValueSource(strings = {"{\"email\":\"not-an-address\"}", "{\"email\":\"to@example.com\\r\\nBcc: x@example.com\"}",
            "{\"email\":\"A <to@example.com>\"}", "{\"email\":\"a@example.com, b@example.com\"}", "{\"email\":\"\"}",
            "{}", "{\"email\":42}"})
    void aBadAddressIs400NamingEmailAndWritesNothing(String body) throws Exception {
        addItems(1);

        JsonNode problem = assertProblem(service.postJson("/api/items:report", body), 400);

        assertThat(fields(problem)).containsExactly("email");
        assertThat(outboxFiles()).isEmpty();
    }

    @Test
    void aMissingOrMalformedBodyIs400() throws Exception {
        assertProblem(service.send("POST", "/api/items:report", null, "content-type", "application/json"), 400);
        assertProblem(service.postJson("/api/items:report", "{\"email\":"), 400);
        assertThat(fields(assertProblem(service.postJson("/api/items:report", "[\"to@example.com\"]"), 400)))
                .containsExactly("body");
        assertThat(outboxFiles()).isEmpty();
    }

    @Test
    void theReportPreflightIsAllowedForTheClient() {
        HttpResponse<String> preflight = service.send("OPTIONS", "/api/items:report", null,
                "Origin", "http://localhost:3000", "Access-Control-Request-Method", "POST",
                "Access-Control-Request-Headers", "content-type");

        assertThat(preflight.statusCode()).isEqualTo(200);
        assertThat(preflight.headers().firstValue("access-control-allow-origin")).hasValue("http://localhost:3000");
    }

    @Test
    void aRecipientOutsideTheAllowListIs403AndOverTheRateIs429() throws Exception {
        try (RunningService limited = RunningService.start(Map.of("item-tracker.report.outbox-dir", outbox.toString(),
                "item-tracker.report.allowed-recipients", "boss@example.com, @team.example.org",
                "item-tracker.report.rate-limit", "2"))) {
            JsonNode refused = assertProblem(limited.postJson("/api/items:report", "{\"email\":\"me@elsewhere.example\"}"), 403);
            assertThat(refused.get("detail").getStringValue()).contains("REPORT_ALLOWED_RECIPIENTS");
            assertThat(outboxFiles()).isEmpty();

            assertThat(limited.postJson("/api/items:report", "{\"email\":\"Boss@Example.com\"}").statusCode()).isEqualTo(200);
            assertThat(limited.postJson("/api/items:report", "{\"email\":\"anyone@team.example.org\"}").statusCode()).isEqualTo(200);
            HttpResponse<String> third = limited.postJson("/api/items:report", "{\"email\":\"boss@example.com\"}");

            JsonNode tooMany = assertProblem(third, 429);
            assertThat(tooMany.get("detail").getStringValue()).contains("REPORT_RATE_LIMIT");
            // Two a minute: the next token is at most 30 s away.
            assertThat(Integer.parseInt(third.headers().firstValue("retry-after").orElseThrow())).isBetween(1, 30);
            assertThat(outboxFiles()).hasSize(2);
        }
    }
}
