package com.example.itemtracker.app.report;

import com.example.itemtracker.adapter.ses.MimeComposer;
import com.example.itemtracker.adapter.ses.OutboxReportSender;
import com.example.itemtracker.adapter.ses.SesReportSender;
import com.example.itemtracker.adapter.ses.SesRequests;
import com.example.itemtracker.app.config.ReportConfiguration;
import com.example.itemtracker.core.domain.EmailAddress;
import com.example.itemtracker.core.port.ReportSender;
import com.example.itemtracker.app.metrics.MeteredWorkItemStore;
import com.example.itemtracker.core.report.ReportComposer;
import com.example.itemtracker.core.usecase.ReportRateLimit;
import com.example.itemtracker.core.usecase.ReportService;
import io.micronaut.context.BeanProvider;
import io.micronaut.context.annotation.Context;
import io.micronaut.context.annotation.Factory;
import jakarta.inject.Singleton;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import software.amazon.awssdk.services.ses.SesClient;

import java.time.Clock;

/** The report use case and the sender REPORT_SENDER selects: the local outbox or Amazon SES. */
@Factory
final class ReportFactory {

    private static final Logger LOG = LoggerFactory.getLogger(ReportFactory.class);

    /** At start-up, so that a sender that cannot be built (no SES region, say) stops the service at once. */
    @Context
    ReportSender reportSender(ReportConfiguration settings, BeanProvider<SesClient> sesClient) {
        EmailAddress from = settings.from();
        return switch (settings.sender()) {
            case OUTBOX -> {
                LOG.info("Reports go to the outbox directory {} as .eml files", settings.outboxDirectory());
                yield new OutboxReportSender(settings.outboxDirectory(), MimeComposer.forSes());
            }
            case SES -> {
                LOG.info("Reports go through Amazon SES from {}", from);
                yield new SesReportSender(sesClient.get(), new SesRequests(MimeComposer.forSes()));
            }
        };
    }

    @Singleton
    ReportService reportService(MeteredWorkItemStore store, ReportSender sender, ReportConfiguration settings) {
        if (settings.recipients().allowsAnyone()) {
            LOG.warn("Reports may go to any address (REPORT_ALLOWED_RECIPIENTS is empty): fine on a laptop, an open mail"
                    + " relay where others can reach the service");
        }
        return new ReportService(store, new ReportComposer(settings.inlineLimit(), settings.zone()), sender,
                settings.from(), Clock.systemUTC(), settings.recipients(), ReportRateLimit.perMinute(settings.rateLimit(),
                Clock.systemUTC()));
    }
}
