package com.example.itemtracker.adapter.ses;

import com.example.itemtracker.core.domain.ReportDeliveryException;
import com.example.itemtracker.core.port.ReportSender;
import com.example.itemtracker.core.report.ReportMessage;
import software.amazon.awssdk.core.exception.SdkClientException;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.ses.SesClient;
import software.amazon.awssdk.services.ses.SesClientBuilder;
import software.amazon.awssdk.services.ses.model.SesException;

import java.net.URI;
import java.time.Duration;
import java.util.Objects;

/** Sends reports through Amazon SES. Thin: it only calls the SDK; {@link SesRequests} composes. */
public final class SesReportSender implements ReportSender, AutoCloseable {

    private final SesClient ses;
    private final SesRequests requests;

    public SesReportSender(SesClient ses, SesRequests requests) {
        this.ses = Objects.requireNonNull(ses, "ses");
        this.requests = Objects.requireNonNull(requests, "requests");
    }

    /**
     * The long-lived SES client: credentials from the SDK's default chain (environment, profile,
     * container or instance role); throttling and 5xx are retried by the SDK's standard retry strategy.
     *
     * @param region           null for the SDK's default region chain ({@code AWS_REGION}, profile, ...)
     * @param endpointOverride null for SES's own endpoint; else a VPC endpoint, LocalStack or a test fake
     */
    public static SesClient client(Region region, URI endpointOverride) {
        SesClientBuilder builder = SesClient.builder()
                .httpClientBuilder(UrlConnectionHttpClient.builder()
                        .connectionTimeout(Duration.ofSeconds(5))
                        .socketTimeout(Duration.ofSeconds(30)));
        if (region != null) {
            builder.region(region);
        }
        if (endpointOverride != null) {
            builder.endpointOverride(endpointOverride);
        }
        return builder.build();
    }

    @Override
    public String send(ReportMessage message) {
        try {
            if (requests.isRaw(message)) {
                return ses.sendRawEmail(requests.raw(message)).messageId();
            }
            return ses.sendEmail(requests.simple(message)).messageId();
        } catch (SesException e) {
            throw SesErrors.translate(e, message);
        } catch (SdkClientException e) {
            throw new ReportDeliveryException("Amazon SES could not be reached, so the report was not sent. Try again"
                    + " in a moment; if it persists, check the service's network access to SES and its SES region.", e);
        }
    }

    @Override
    public void close() {
        ses.close();
    }
}
