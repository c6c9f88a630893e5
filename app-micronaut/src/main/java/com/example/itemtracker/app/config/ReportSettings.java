package com.example.itemtracker.app.config;

import com.example.itemtracker.core.domain.EmailAddress;
import io.micronaut.context.annotation.Context;
import io.micronaut.context.annotation.Property;
import io.micronaut.context.exceptions.ConfigurationException;
import io.micronaut.core.annotation.Nullable;

import java.net.URI;
import java.nio.file.Path;
import java.time.DateTimeException;
import java.time.ZoneId;
import java.util.Locale;

/** The report settings, checked at start-up so that a wrong value names itself before any request. */
@Context
public final class ReportSettings {

    /** Where reports go: {@code REPORT_SENDER}. */
    public enum SenderKind { OUTBOX, SES }

    static final String OUTBOX_SENDER = "item-tracker@localhost";

    private final SenderKind sender;
    private final EmailAddress senderEmail;
    private final Path outboxDir;
    private final int inlineLimit;
    private final ZoneId timeZone;
    private final String sesRegion;
    private final URI sesEndpoint;

    public ReportSettings(@Property(name = "item-tracker.report.sender") @Nullable String sender,
                          @Property(name = "item-tracker.report.sender-email") @Nullable String senderEmail,
                          @Property(name = "item-tracker.report.outbox-dir") @Nullable String outboxDir,
                          @Property(name = "item-tracker.report.inline-limit") @Nullable String inlineLimit,
                          @Property(name = "item-tracker.report.time-zone") @Nullable String timeZone,
                          @Property(name = "item-tracker.report.ses.region") @Nullable String sesRegion,
                          @Property(name = "item-tracker.report.ses.endpoint") @Nullable String sesEndpoint) {
        this.sender = parseSender(sender);
        this.senderEmail = parseSenderEmail(senderEmail, this.sender);
        this.outboxDir = Path.of(blank(outboxDir) ? "./outbox" : outboxDir).toAbsolutePath().normalize();
        this.inlineLimit = SettingValues.wholeNumber(inlineLimit, "REPORT_INLINE_LIMIT (item-tracker.report.inline-limit)", 0, 10);
        this.timeZone = parseZone(timeZone);
        this.sesRegion = blank(sesRegion) ? null : sesRegion.trim();
        this.sesEndpoint = SettingValues.url(sesEndpoint, "SES_ENDPOINT (item-tracker.report.ses.endpoint)",
                "https://email.eu-west-1.amazonaws.com");
    }

    public SenderKind sender() {
        return sender;
    }

    public EmailAddress senderEmail() {
        return senderEmail;
    }

    public Path outboxDir() {
        return outboxDir;
    }

    public int inlineLimit() {
        return inlineLimit;
    }

    public ZoneId timeZone() {
        return timeZone;
    }

    /** Null: the SDK's default region chain. */
    public String sesRegion() {
        return sesRegion;
    }

    /** Null: SES's own endpoint. */
    public URI sesEndpoint() {
        return sesEndpoint;
    }

    private static SenderKind parseSender(String value) {
        String name = blank(value) ? "outbox" : value.trim().toLowerCase(Locale.ROOT);
        return switch (name) {
            case "outbox" -> SenderKind.OUTBOX;
            case "ses" -> SenderKind.SES;
            default -> throw new ConfigurationException("REPORT_SENDER (item-tracker.report.sender) must be outbox or ses,"
                    + " but it is '" + value + "'.");
        };
    }

    private static EmailAddress parseSenderEmail(String value, SenderKind sender) {
        if (blank(value)) {
            if (sender == SenderKind.SES) {
                throw new ConfigurationException("SENDER_EMAIL (item-tracker.report.sender-email) is required when"
                        + " REPORT_SENDER=ses: set it to an address verified in Amazon SES.");
            }
            return new EmailAddress(OUTBOX_SENDER);
        }
        try {
            return new EmailAddress(value.trim());
        } catch (IllegalArgumentException e) {
            throw new ConfigurationException("SENDER_EMAIL (item-tracker.report.sender-email) must be one plain email"
                    + " address, like reports@example.com, but it is '" + value + "'.");
        }
    }

    private static ZoneId parseZone(String value) {
        try {
            return blank(value) ? ZoneId.of("UTC") : ZoneId.of(value.trim());
        } catch (DateTimeException e) {
            throw new ConfigurationException("REPORT_TIME_ZONE (item-tracker.report.time-zone) must be a time zone such as"
                    + " UTC or Europe/Berlin, but it is '" + value + "'.");
        }
    }

    private static boolean blank(String value) {
        return SettingValues.blankToNull(value) == null;
    }
}
