package com.example.itemtracker.app.report;

import com.example.itemtracker.adapter.ses.MimeComposer;
import com.example.itemtracker.adapter.ses.OutboxReportSender;
import com.example.itemtracker.adapter.ses.SesReportSender;
import com.example.itemtracker.adapter.ses.SesRequests;
import com.example.itemtracker.app.config.ReportConfiguration;
import com.example.itemtracker.app.config.Settings;
import com.example.itemtracker.app.metrics.MeteredWorkItemStore;
import com.example.itemtracker.core.port.ReportSender;
import com.example.itemtracker.core.report.ReportComposer;
import com.example.itemtracker.core.usecase.ReportRateLimit;
import com.example.itemtracker.core.usecase.ReportService;
import io.micronaut.context.annotation.Context;
import io.micronaut.context.annotation.Factory;
import io.micronaut.context.annotation.Requires;
import jakarta.inject.Singleton;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import software.amazon.awssdk.services.ses.SesClient;

import java.time.Clock;

/** The report use case, and the sender REPORT_SENDER selects: the local outbox or Amazon SES (one {@code @Requires} each, as the stores). */
@Factory
final class ReportFactory {

    private static final Logger LOG = LoggerFactory.getLogger(ReportFactory.class);

    /** At start-up (as every sender), so that the log says where reports go before the first one. */
    @Context
    @Requires(property = ReportConfiguration.SENDER, pattern = ReportConfiguration.OUTBOX)
    ReportSender outbox(ReportConfiguration settings) {
        LOG.info("Reports go to the outbox directory {} as .eml files", settings.outboxDirectory());
        return new OutboxReportSender(settings.outboxDirectory(), MimeComposer.forSes());
    }

    /** At start-up, so that a sender that cannot be built (no SES region, say) stops the service at once. */
    @Context
    @Requires(property = ReportConfiguration.SENDER, pattern = ReportConfiguration.SES)
    ReportSender ses(ReportConfiguration settings, SesClient ses) {
        LOG.info("Reports go through Amazon SES from {}", settings.from());
        return new SesReportSender(ses, new SesRequests(MimeComposer.forSes()));
    }

    @Singleton
    ReportService reportService(MeteredWorkItemStore store, ReportSender sender, ReportConfiguration settings) {
        if (settings.recipients().allowsAnyone()) {
            LOG.warn("Reports may go to any address ({} is empty): fine on a laptop, an open mail relay where others can"
                    + " reach the service", Settings.variable(ReportConfiguration.ALLOWED_RECIPIENTS));
        }
        return new ReportService(store, new ReportComposer(settings.inlineLimit(), settings.zone()), sender,
                settings.from(), Clock.systemUTC(), settings.recipients(), ReportRateLimit.perMinute(settings.rateLimit(),
                Clock.systemUTC()));
    }
}
