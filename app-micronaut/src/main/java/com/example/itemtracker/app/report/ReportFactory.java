package com.example.itemtracker.app.report;

import com.example.itemtracker.adapter.ses.MimeComposer;
import com.example.itemtracker.adapter.ses.OutboxReportSender;
import com.example.itemtracker.adapter.ses.SesReportSender;
import com.example.itemtracker.adapter.ses.SesRequests;
import com.example.itemtracker.app.config.ReportSettings;
import com.example.itemtracker.core.port.ReportSender;
import com.example.itemtracker.core.port.WorkItemStore;
import com.example.itemtracker.core.report.ReportComposer;
import com.example.itemtracker.core.usecase.ReportService;
import io.micronaut.context.BeanProvider;
import io.micronaut.context.annotation.Bean;
import io.micronaut.context.annotation.Context;
import io.micronaut.context.annotation.Factory;
import io.micronaut.context.exceptions.ConfigurationException;
import jakarta.inject.Singleton;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import software.amazon.awssdk.core.exception.SdkClientException;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.ses.SesClient;

import java.time.Clock;

/** The report use case and the sender REPORT_SENDER selects: the local outbox or Amazon SES. */
@Factory
final class ReportFactory {

    private static final Logger LOG = LoggerFactory.getLogger(ReportFactory.class);

    /** Created only when REPORT_SENDER=ses; one client for the life of the process, closed with it. */
    @Singleton
    @Bean(preDestroy = "close")
    SesClient sesClient(ReportSettings settings) {
        try {
            return SesReportSender.client(settings.sesRegion() == null ? null : Region.of(settings.sesRegion()),
                    settings.sesEndpoint());
        } catch (SdkClientException e) {
            throw new ConfigurationException("Amazon SES needs a region: set AWS_REGION or SES_REGION"
                    + " (item-tracker.report.ses.region), e.g. us-east-1.", e);
        }
    }

    /** At start-up, so that a sender that cannot be built (no SES region, say) stops the service at once. */
    @Context
    ReportSender reportSender(ReportSettings settings, BeanProvider<SesClient> sesClient) {
        return switch (settings.sender()) {
            case OUTBOX -> {
                LOG.info("Reports go to the outbox directory {} as .eml files", settings.outboxDir());
                yield new OutboxReportSender(settings.outboxDir(), MimeComposer.forSes());
            }
            case SES -> {
                LOG.info("Reports go through Amazon SES from {}{}", settings.senderEmail(),
                        settings.sesEndpoint() == null ? "" : " via " + settings.sesEndpoint());
                yield new SesReportSender(sesClient.get(), new SesRequests(MimeComposer.forSes()));
            }
        };
    }

    @Singleton
    ReportService reportService(WorkItemStore store, ReportSender sender, ReportSettings settings) {
        return new ReportService(store, new ReportComposer(settings.inlineLimit(), settings.timeZone()), sender,
                settings.senderEmail(), Clock.systemUTC());
    }
}
