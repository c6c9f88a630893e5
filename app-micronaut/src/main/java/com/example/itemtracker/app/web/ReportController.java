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

/** {@code POST /api/items:report}: emails a report of the active items to one recipient. */
@Controller("/api")
@ExecuteOn(TaskExecutors.BLOCKING)
final class ReportController {

    /** What was sent; {@code delivery} is {@code inline} or {@code attachment}. */
    @Serdeable
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

    @Post(uris = {"/items:report", "/items%3Areport", "/items%3areport"}, consumes = MediaType.APPLICATION_JSON)
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
