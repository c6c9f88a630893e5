package com.example.itemtracker.app.config;

import com.example.itemtracker.core.domain.EmailAddress;
import com.example.itemtracker.core.domain.RecipientAllowList;
import io.micronaut.context.annotation.ConfigurationProperties;
import io.micronaut.context.annotation.Context;
import io.micronaut.context.exceptions.ConfigurationException;
import io.micronaut.core.annotation.Nullable;

import java.nio.file.Path;
import java.time.DateTimeException;
import java.time.ZoneId;

/** Where reports go ({@code REPORT_SENDER}), from whom, and how they are composed. */
@Context
@ConfigurationProperties("item-tracker.report")
public record ReportConfiguration(
        SenderKind sender,
        @Nullable String senderEmail,
        Path outboxDir,
        int inlineLimit,
        String timeZone,
        @Nullable String allowedRecipients,
        int rateLimit) {

    /** The outbox's sender when {@code SENDER_EMAIL} is empty; SES needs a verified one instead. */
    static final String OUTBOX_SENDER = "item-tracker@localhost";

    /** Where reports go. */
    public enum SenderKind { OUTBOX, SES }

    public ReportConfiguration {
        Settings.atLeast("item-tracker.report.inline-limit", inlineLimit, 0);
        Settings.atLeast("item-tracker.report.rate-limit", rateLimit, 0);
        zone(timeZone);
        recipients(allowedRecipients);
    }

    public RecipientAllowList recipients() {
        return recipients(allowedRecipients);
    }

    private static RecipientAllowList recipients(String entries) {
        try {
            return RecipientAllowList.parse(entries);
        } catch (IllegalArgumentException e) {
            throw new ConfigurationException(Settings.describe("item-tracker.report.allowed-recipients",
                    "must list email addresses and @domains, but " + e.getMessage()));
        }
    }

    /** The zone the report states its snapshot time in. */
    public ZoneId zone() {
        return zone(timeZone);
    }

    private static ZoneId zone(String timeZone) {
        try {
            return ZoneId.of(timeZone.strip());
        } catch (DateTimeException e) {
            throw new ConfigurationException(Settings.describe("item-tracker.report.time-zone",
                    "must be a time zone such as UTC or Europe/Berlin, but it is " + Settings.shown(timeZone)));
        }
    }

    /** @throws ConfigurationException naming {@code SENDER_EMAIL} when it is missing for SES or not one address */
    public EmailAddress from() {
        if (senderEmail == null || senderEmail.isBlank()) {
            if (sender == SenderKind.SES) {
                throw new ConfigurationException(Settings.describe("item-tracker.report.sender-email",
                        "is required when REPORT_SENDER=ses: set it to an address verified in Amazon SES"));
            }
            return new EmailAddress(OUTBOX_SENDER);
        }
        try {
            return new EmailAddress(senderEmail.strip());
        } catch (IllegalArgumentException e) {
            throw new ConfigurationException(Settings.describe("item-tracker.report.sender-email",
                    "must be one plain email address, like reports@example.com, but it is '" + senderEmail + "'"));
        }
    }

    public Path outboxDirectory() {
        return outboxDir.toAbsolutePath().normalize();
    }
}
