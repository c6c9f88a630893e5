package com.example.itemtracker.core.port;

import com.example.itemtracker.core.report.ReportMessage;

/**
 * Delivers a composed report message. Failures are reported as
 * {@link com.example.itemtracker.core.domain.ReportDeliveryException} with a message the user can act on.
 */
public interface ReportSender {

    /** @return what was sent: the mail service's message id (or the outbox file), and whether attachments were zipped */
    Sent send(ReportMessage message);

    /**
     * @param messageId an identifier of what was sent (the mail service's message id, or the outbox file)
     * @param zipped    the attachments were too large as they were and went zipped
     */
    record Sent(String messageId, boolean zipped) {
    }
}
