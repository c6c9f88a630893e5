package com.example.itemtracker.app.web;

import com.example.itemtracker.app.metrics.ReportMetrics;
import com.example.itemtracker.core.domain.InvalidInputException;
import com.example.itemtracker.core.domain.WorkItemException;
import com.example.itemtracker.core.usecase.ReportService;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Post;
import io.micronaut.json.tree.JsonNode;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.Hidden;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.parameters.RequestBody;
import io.swagger.v3.oas.annotations.responses.ApiResponse;

/** {@code POST /api/items:report}: emails a report of the active items to one recipient. */
@Controller("/api")
@ExecuteOn(TaskExecutors.BLOCKING)
final class ReportController {

    /** What was sent; {@code delivery} is {@code inline} or {@code attachment}. */
    @Serdeable
    @Schema(name = "ReportSent")
    record ReportJson(String recipient, int itemCount, String delivery, String messageId) {
    }

    private final ReportService reports;
    private final JsonBodies bodies;
    private final ReportMetrics metrics;

    ReportController(ReportService reports, JsonBodies bodies, ReportMetrics metrics) {
        this.reports = reports;
        this.bodies = bodies;
        this.metrics = metrics;
    }

    @Post(value = "/items:report", consumes = MediaType.APPLICATION_JSON)
    @Operation(summary = "Email a report of the active items", description = "The colon may be sent as %3A.",
            requestBody = @RequestBody(required = true, content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = ApiSchemas.ReportRequest.class))))
    @ApiResponse(responseCode = "200", description = "What was sent.", content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = ReportJson.class)))
    @ApiResponse(responseCode = "400", description = "The recipient is not one plain address.", content = @Content(mediaType = Problems.CONTENT_TYPE, schema = @Schema(implementation = Problem.class)))
    @ApiResponse(responseCode = "403", description = "The recipient is outside REPORT_ALLOWED_RECIPIENTS, or the Origin is not"
            + " allowed.", content = @Content(mediaType = Problems.CONTENT_TYPE, schema = @Schema(implementation = Problem.class)))
    @ApiResponse(responseCode = "429", description = "Over REPORT_RATE_LIMIT reports a minute; Retry-After says when to try"
            + " again.", content = @Content(mediaType = Problems.CONTENT_TYPE, schema = @Schema(implementation = Problem.class)))
    @ApiResponse(responseCode = "502", description = "The mail service refused or could not take the report.", content = @Content(mediaType = Problems.CONTENT_TYPE, schema = @Schema(implementation = Problem.class)))
    @ProblemResponses
    ReportJson report(@Body byte[] body) {
        ReportService.SentReport sent;
        try {
            sent = reports.send(recipient(bodies.read(body)));
        } catch (WorkItemException e) {
            metrics.failed(e);
            throw e;
        }
        metrics.sent(sent);
        return new ReportJson(sent.recipient(), sent.itemCount(), sent.attached() ? "attachment" : "inline", sent.messageId());
    }

    /** Routes match the raw path, so the percent-encoded colon has routes of its own. */
    @Post(uris = {"/items%3Areport", "/items%3areport"}, consumes = MediaType.APPLICATION_JSON)
    @Hidden
    ReportJson reportEncoded(@Body byte[] body) {
        return report(body);
    }

    private static String recipient(JsonNode body) {
        if (body == null || !body.isObject()) {
            throw InvalidInputException.of("body", "must be a JSON object like {\"email\": \"name@example.com\"}");
        }
        JsonNode email = body.get("email");
        if (email != null && !email.isNull() && !email.isString()) {
            throw InvalidInputException.of("email", "must be a JSON string");
        }
        return email == null || email.isNull() ? null : email.getStringValue();
    }
}
