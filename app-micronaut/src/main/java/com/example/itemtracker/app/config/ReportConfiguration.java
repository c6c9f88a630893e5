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
@ConfigurationProperties(ReportConfiguration.PREFIX)
public record ReportConfiguration(
        SenderKind sender,
        @Nullable String senderEmail,
        Path outboxDir,
        int inlineLimit,
        String timeZone,
        @Nullable String allowedRecipients,
        int rateLimit) {

    public static final String PREFIX = StoreConfiguration.PREFIX + ".report";
    public static final String SENDER = PREFIX + ".sender";
    public static final String SENDER_EMAIL = PREFIX + ".sender-email";
    public static final String OUTBOX_DIR = PREFIX + ".outbox-dir";
    public static final String INLINE_LIMIT = PREFIX + ".inline-limit";
    public static final String TIME_ZONE = PREFIX + ".time-zone";
    public static final String ALLOWED_RECIPIENTS = PREFIX + ".allowed-recipients";
    public static final String RATE_LIMIT = PREFIX + ".rate-limit";
    /** The values of {@link #SENDER} that select each sender, for {@code @Requires(property = SENDER, pattern = ...)}. */
    public static final String OUTBOX = "(?i)outbox";
    public static final String SES = "(?i)ses";

    /** The outbox's sender when {@code SENDER_EMAIL} is empty; SES needs a verified one instead. */
    static final String OUTBOX_SENDER = "item-tracker@localhost";

    /** Where reports go. */
    public enum SenderKind { OUTBOX, SES }

    public ReportConfiguration {
        Settings.atLeast(INLINE_LIMIT, inlineLimit, 0);
        Settings.atLeast(RATE_LIMIT, rateLimit, 0);
        zone(timeZone);
        recipients(allowedRecipients);
        from(sender, senderEmail);
    }

    public RecipientAllowList recipients() {
        return recipients(allowedRecipients);
    }

    private static RecipientAllowList recipients(String entries) {
        try {
            return RecipientAllowList.parse(entries);
        } catch (IllegalArgumentException e) {
            throw new ConfigurationException(Settings.describe(ALLOWED_RECIPIENTS,
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
            throw new ConfigurationException(Settings.describe(TIME_ZONE,
                    "must be a time zone such as UTC or Europe/Berlin, but it is " + Settings.shown(timeZone)));
        }
    }

    /** The reports' sender: {@code SENDER_EMAIL}, or the outbox's own address when it is empty. */
    public EmailAddress from() {
        return from(sender, senderEmail);
    }

    /** @throws ConfigurationException naming {@code SENDER_EMAIL} when it is missing for SES or not one address */
    private static EmailAddress from(SenderKind sender, String senderEmail) {
        if (senderEmail == null || senderEmail.isBlank()) {
            if (sender == SenderKind.SES) {
                throw new ConfigurationException(Settings.describe(SENDER_EMAIL,
                        "is required when REPORT_SENDER=ses: set it to an address verified in Amazon SES"));
            }
            return new EmailAddress(OUTBOX_SENDER);
        }
        try {
            return new EmailAddress(senderEmail.strip());
        } catch (IllegalArgumentException e) {
            throw new ConfigurationException(Settings.describe(SENDER_EMAIL,
                    "must be one plain email address, like reports@example.com, but it is '" + senderEmail + "'"));
        }
    }

    public Path outboxDirectory() {
        return outboxDir.toAbsolutePath().normalize();
    }
}
