package com.example.itemtracker.app.metrics;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import jakarta.inject.Singleton;
import software.amazon.awssdk.awscore.exception.AwsServiceException;
import software.amazon.awssdk.core.interceptor.Context;
import software.amazon.awssdk.core.interceptor.ExecutionAttribute;
import software.amazon.awssdk.core.interceptor.ExecutionAttributes;
import software.amazon.awssdk.core.interceptor.ExecutionInterceptor;
import software.amazon.awssdk.core.interceptor.SdkExecutionAttribute;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;

/**
 * Times every RDS Data API call as {@value #NAME}, tagged by operation and outcome: {@code ok}, the
 * service's error code (a cluster waking up answers {@code DatabaseResumingException}, and the store
 * retries it: those are the resume retries), or {@code unreachable} when no answer came.
 */
@Singleton
public final class DataApiCallMetrics implements ExecutionInterceptor {

    static final String NAME = "itemtracker.dataapi.calls";
    private static final ExecutionAttribute<Long> START = new ExecutionAttribute<>("itemtracker.start");

    private final MeterRegistry registry;
    private final Map<String, Map<String, Timer>> timers = new ConcurrentHashMap<>();

    DataApiCallMetrics(MeterRegistry registry) {
        this.registry = registry;
    }

    @Override
    public void beforeExecution(Context.BeforeExecution context, ExecutionAttributes attributes) {
        attributes.putAttribute(START, System.nanoTime());
    }

    @Override
    public void afterExecution(Context.AfterExecution context, ExecutionAttributes attributes) {
        record(attributes, "ok");
    }

    @Override
    public void onExecutionFailure(Context.FailedExecution context, ExecutionAttributes attributes) {
        Throwable failure = context.exception();
        String outcome = failure instanceof AwsServiceException service && service.awsErrorDetails() != null
                && service.awsErrorDetails().errorCode() != null ? service.awsErrorDetails().errorCode() : "unreachable";
        record(attributes, outcome);
    }

    private void record(ExecutionAttributes attributes, String outcome) {
        Long start = attributes.getAttribute(START);
        String operation = attributes.getAttribute(SdkExecutionAttribute.OPERATION_NAME);
        timer(operation == null ? "unknown" : operation, outcome)
                .record(start == null ? 0 : System.nanoTime() - start, TimeUnit.NANOSECONDS);
    }

    /** Each timer is looked up by its tags once, not on every call. */
    private Timer timer(String operation, String outcome) {
        return timers.computeIfAbsent(operation, ignored -> new ConcurrentHashMap<>()).computeIfAbsent(outcome,
                ignored -> Timer.builder(NAME).description("RDS Data API calls")
                        .tag("operation", operation).tag("outcome", outcome).register(registry));
    }
}
