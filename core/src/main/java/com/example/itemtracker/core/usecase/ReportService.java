package com.example.itemtracker.core.usecase;

import com.example.itemtracker.core.domain.EmailAddress;
import com.example.itemtracker.core.domain.ItemFilter;
import com.example.itemtracker.core.domain.RecipientAllowList;
import com.example.itemtracker.core.domain.ReportNotAllowedException;
import com.example.itemtracker.core.port.ReportSender;
import com.example.itemtracker.core.port.WorkItemStore;
import com.example.itemtracker.core.report.ReportComposer;
import com.example.itemtracker.core.report.ReportMessage;

import java.time.Clock;
import java.time.Instant;
import java.util.Objects;

/** Emails a report of the active work items to one recipient. */
public final class ReportService {

    /** What was sent: the recipient, how many items, whether they were attached (and zipped), and the sender's id for it. */
    public record SentReport(String recipient, int itemCount, boolean attached, boolean zipped, String messageId) {
    }

    private final WorkItemStore store;
    private final ReportComposer composer;
    private final ReportSender sender;
    private final EmailAddress from;
    private final Clock clock;
    private final RecipientAllowList recipients;
    private final ReportRateLimit rateLimit;

    /** Reports to anyone, as often as asked: for programs that embed the library and trust their callers. */
    public ReportService(WorkItemStore store, ReportComposer composer, ReportSender sender, EmailAddress from, Clock clock) {
        this(store, composer, sender, from, clock, RecipientAllowList.anyone(), ReportRateLimit.unlimited());
    }

    public ReportService(WorkItemStore store, ReportComposer composer, ReportSender sender, EmailAddress from, Clock clock,
                         RecipientAllowList recipients, ReportRateLimit rateLimit) {
        this.store = Objects.requireNonNull(store, "store");
        this.composer = Objects.requireNonNull(composer, "composer");
        this.sender = Objects.requireNonNull(sender, "sender");
        this.from = Objects.requireNonNull(from, "from");
        this.clock = Objects.requireNonNull(clock, "clock");
        this.recipients = Objects.requireNonNull(recipients, "recipients");
        this.rateLimit = Objects.requireNonNull(rateLimit, "rateLimit");
    }

    /**
     * The recipient is checked (form, then the allow-list) and the rate counted before anything is
     * read or sent; a refused recipient does not count against the rate.
     *
     * @param recipient what the user typed
     * @throws com.example.itemtracker.core.domain.InvalidInputException naming field {@code email}
     * @throws ReportNotAllowedException when the allow-list does not name the recipient
     * @throws com.example.itemtracker.core.domain.ReportRateLimitedException when over the rate
     */
    public SentReport send(String recipient) {
        EmailAddress to = EmailAddress.parse(recipient, "email");
        if (!recipients.allows(to)) {
            throw new ReportNotAllowedException("Reports may only be sent to the addresses and domains this service"
                    + " allows, and " + to + " is not one of them.");
        }
        rateLimit.acquire();
        Instant snapshot = clock.instant();
        // Composed as the store reads, so that a report of any length holds its CSV, not its items.
        ReportComposer.Draft draft = composer.start(from, to, snapshot);
        store.forEach(ItemFilter.ACTIVE, draft::add);
        ReportMessage message = draft.finish();
        ReportSender.Sent sent = sender.send(message);
        return new SentReport(to.value(), draft.itemCount(), !message.attachments().isEmpty(), sent.zipped(), sent.messageId());
    }
}
