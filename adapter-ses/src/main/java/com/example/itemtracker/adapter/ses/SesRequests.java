package com.example.itemtracker.adapter.ses;

import com.example.itemtracker.core.report.ReportMessage;
import software.amazon.awssdk.core.SdkBytes;
import software.amazon.awssdk.services.ses.model.Body;
import software.amazon.awssdk.services.ses.model.Content;
import software.amazon.awssdk.services.ses.model.Destination;
import software.amazon.awssdk.services.ses.model.Message;
import software.amazon.awssdk.services.ses.model.RawMessage;
import software.amazon.awssdk.services.ses.model.SendEmailRequest;
import software.amazon.awssdk.services.ses.model.SendRawEmailRequest;
import software.amazon.awssdk.services.ses.model.SesRequest;

import java.nio.charset.StandardCharsets;

/**
 * Turns a report message into the one SES request that sends it (pure: no network). A message
 * without attachments is a simple {@link SendEmailRequest}; one with attachments a
 * {@link SendRawEmailRequest} carrying the MIME from {@link MimeComposer}, which holds the size rule.
 */
public final class SesRequests {

    private static final String UTF_8 = StandardCharsets.UTF_8.name();

    private final MimeComposer mime;

    public SesRequests(MimeComposer mime) {
        this.mime = mime;
    }

    /**
     * The MIME is composed for a simple message too: SES's size limit counts the message as it
     * sends it, and {@link MimeComposer} is where that limit is applied.
     *
     * @throws com.example.itemtracker.core.domain.ReportDeliveryException when the message is too large for SES
     */
    public Composed compose(ReportMessage message) {
        MimeComposer.Mime composed = mime.compose(message);
        return new Composed(message.attachments().isEmpty() ? simple(message) : raw(message, composed), composed.zipped());
    }

    /** The one request, and whether its attachments had to be zipped to fit. */
    public record Composed(SesRequest request, boolean zipped) {
    }

    private static SendEmailRequest simple(ReportMessage message) {
        return SendEmailRequest.builder()
                .source(message.from().value())
                .destination(Destination.builder().toAddresses(message.to().value()).build())
                .message(Message.builder()
                        .subject(content(message.subject()))
                        .body(Body.builder().text(content(message.text())).html(content(message.html())).build())
                        .build())
                .build();
    }

    private static SendRawEmailRequest raw(ReportMessage message, MimeComposer.Mime composed) {
        return SendRawEmailRequest.builder()
                .source(message.from().value())
                .destinations(message.to().value())
                // The MIME bytes belong to this request alone, so the SDK may take them without a copy.
                .rawMessage(RawMessage.builder().data(SdkBytes.fromByteArrayUnsafe(composed.bytes())).build())
                .build();
    }

    private static Content content(String data) {
        return Content.builder().data(data).charset(UTF_8).build();
    }
}
