package com.example.itemtracker.app.web;

import com.example.itemtracker.app.store.StoreProbe;
import com.example.itemtracker.core.domain.StoreUnavailableException;
import com.example.itemtracker.core.domain.WorkItemException;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.serde.annotation.Serdeable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * {@code GET /health}: 200 with status UP when the configured store answers, 503 with DOWN when it
 * does not. The body says which store and, when down, whether it is temporarily unavailable or
 * failing; causes go to the log only.
 */
@Controller("/health")
@ExecuteOn(TaskExecutors.BLOCKING)
final class HealthController {

    private static final Logger LOG = LoggerFactory.getLogger(HealthController.class);

    @Serdeable
    record Health(String status, String store, String state) {
    }

    private final StoreProbe probe;

    HealthController(StoreProbe probe) {
        this.probe = probe;
    }

    @Get
    HttpResponse<Health> health() {
        try {
            probe.check().run();
            return HttpResponse.ok(new Health("UP", probe.store(), "available"));
        } catch (StoreUnavailableException e) {
            LOG.warn("Health: store temporarily unavailable: {}", e.getMessage());
            return HttpResponse.status(HttpStatus.SERVICE_UNAVAILABLE).body(new Health("DOWN", probe.store(), "unavailable"));
        } catch (WorkItemException e) {
            LOG.error("Health: store failing", e);
            return HttpResponse.status(HttpStatus.SERVICE_UNAVAILABLE).body(new Health("DOWN", probe.store(), "failing"));
        }
    }
}
