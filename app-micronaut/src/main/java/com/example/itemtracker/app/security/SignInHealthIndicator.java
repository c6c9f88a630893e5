package com.example.itemtracker.app.security;

import com.example.itemtracker.app.BlockingHealthIndicator;
import com.example.itemtracker.app.config.AuthConfiguration;
import io.micronaut.context.annotation.Requires;
import io.micronaut.health.HealthStatus;
import io.micronaut.management.health.indicator.HealthResult;
import io.micronaut.management.health.indicator.annotation.Readiness;
import io.micronaut.scheduling.TaskExecutors;
import jakarta.inject.Named;
import jakarta.inject.Singleton;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.ExecutorService;

/**
 * With {@code AUTH=oidc}, whether tokens can be checked: part of {@code /health} and
 * {@code /health/readiness} (not of liveness: an unreachable provider is no reason to restart). Down,
 * its details say why: which document or key set could not be read, and the error.
 */
@Singleton
@Readiness
@Requires(property = AuthConfiguration.MODE, pattern = AuthConfiguration.OIDC)
final class SignInHealthIndicator extends BlockingHealthIndicator {

    private final OpenIdIssuer issuer;

    SignInHealthIndicator(OpenIdIssuer issuer, @Named(TaskExecutors.BLOCKING) ExecutorService blocking) {
        super(blocking);
        this.issuer = issuer;
    }

    @Override
    protected HealthResult check() {
        Map<String, Object> details = new LinkedHashMap<>();
        details.put("issuer", issuer.issuer());
        try {
            issuer.check();
            details.put("state", "available");
            return HealthResult.builder("signIn", HealthStatus.UP).details(details).build();
        } catch (IssuerUnreachableException e) {
            details.put("state", "unreachable");
            details.put("reason", e.getMessage());
            return HealthResult.builder("signIn", HealthStatus.DOWN).details(details).build();
        }
    }
}
