package com.example.itemtracker.app.metrics;

import com.example.itemtracker.core.domain.InvalidInputException;
import com.example.itemtracker.core.domain.ReportDeliveryException;
import com.example.itemtracker.core.domain.ReportNotAllowedException;
import com.example.itemtracker.core.domain.ReportRateLimitedException;
import com.example.itemtracker.core.domain.StoreFailureException;
import com.example.itemtracker.core.domain.StoreUnavailableException;
import com.example.itemtracker.core.domain.WorkItemException;
import com.example.itemtracker.core.domain.WorkItemNotFoundException;
import com.example.itemtracker.core.usecase.ReportService;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import jakarta.inject.Singleton;

/**
 * Counts reports as {@value #NAME}: sent ones by delivery ({@code inline}, {@code attachment},
 * {@code zipped}), refused and failed ones by reason.
 */
@Singleton
public final class ReportMetrics {

    static final String NAME = "itemtracker.reports";

    private final MeterRegistry registry;

    ReportMetrics(MeterRegistry registry) {
        this.registry = registry;
    }

    public void sent(ReportService.SentReport report) {
        String delivery = report.zipped() ? "zipped" : report.attached() ? "attachment" : "inline";
        count("sent", delivery, "none");
    }

    public void failed(WorkItemException failure) {
        String reason = switch (failure) {
            case InvalidInputException ignored -> "invalid-recipient";
            case ReportNotAllowedException ignored -> "recipient-not-allowed";
            case ReportRateLimitedException ignored -> "rate-limited";
            case ReportDeliveryException ignored -> "delivery-failed";
            case StoreUnavailableException ignored -> "store-unavailable";
            case StoreFailureException ignored -> "store-failed";
            case WorkItemNotFoundException ignored -> "store-failed";
        };
        count("failed", "none", reason);
    }

    /** Prometheus wants one set of tag keys per name, so the tag that does not apply says {@code none}. */
    private void count(String outcome, String delivery, String reason) {
        Counter.builder(NAME).description("Reports asked for, by outcome and delivery or reason")
                .tag("outcome", outcome).tag("delivery", delivery).tag("reason", reason).register(registry).increment();
    }
}
