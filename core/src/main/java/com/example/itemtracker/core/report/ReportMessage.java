package com.example.itemtracker.core.report;

import com.example.itemtracker.core.domain.EmailAddress;

import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * An email, as the domain composes it and before any mail technology sees it.
 *
 * @param sentAt when the report's snapshot was taken (the message's date)
 */
public record ReportMessage(EmailAddress from, EmailAddress to, String subject, String text, String html,
                            List<Attachment> attachments, Instant sentAt) {

    public ReportMessage {
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(to, "to");
        Objects.requireNonNull(subject, "subject");
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(html, "html");
        Objects.requireNonNull(sentAt, "sentAt");
        attachments = List.copyOf(attachments);
    }
}
