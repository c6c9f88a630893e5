package com.example.itemtracker.app.store;

import com.example.itemtracker.app.BlockingHealthIndicator;
import com.example.itemtracker.core.domain.StoreUnavailableException;
import com.example.itemtracker.core.domain.WorkItemException;
import io.micronaut.health.HealthStatus;
import io.micronaut.management.health.indicator.HealthResult;
import io.micronaut.management.health.indicator.annotation.Readiness;
import io.micronaut.scheduling.TaskExecutors;
import jakarta.inject.Named;
import jakarta.inject.Singleton;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.Map;
import java.util.concurrent.ExecutorService;

/**
 * Whether the configured store can serve: part of {@code /health} and {@code /health/readiness},
 * not of {@code /health/liveness} (a database outage is no reason to restart the service). The
 * details name the store and say, when it is down, whether it is temporarily unavailable or
 * failing; causes go to the log only. The probe runs on the blocking executor, and the Data API
 * store's probe never wakes a paused cluster.
 */
@Singleton
@Readiness
final class StoreHealthIndicator extends BlockingHealthIndicator {

    private static final Logger LOG = LoggerFactory.getLogger(StoreHealthIndicator.class);

    private final StoreProbe probe;

    StoreHealthIndicator(StoreProbe probe, @Named(TaskExecutors.BLOCKING) ExecutorService blocking) {
        super(blocking);
        this.probe = probe;
    }

    @Override
    protected HealthResult check() {
        try {
            probe.check().run();
            return result(HealthStatus.UP, "available");
        } catch (StoreUnavailableException e) {
            LOG.warn("Health: store temporarily unavailable: {}", e.getMessage());
            return result(HealthStatus.DOWN, "unavailable");
        } catch (WorkItemException e) {
            LOG.error("Health: store failing", e);
            return result(HealthStatus.DOWN, "failing");
        }
    }

    private HealthResult result(HealthStatus status, String state) {
        return HealthResult.builder("store", status).details(Map.of("store", probe.store(), "state", state)).build();
    }
}
