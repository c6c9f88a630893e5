package com.example.itemtracker.adapter.ses;

import com.example.itemtracker.core.domain.ReportDeliveryException;
import com.example.itemtracker.core.port.ReportSender;
import com.example.itemtracker.core.report.ReportMessage;
import software.amazon.awssdk.core.exception.SdkClientException;
import software.amazon.awssdk.services.ses.SesClient;
import software.amazon.awssdk.services.ses.model.SendEmailRequest;
import software.amazon.awssdk.services.ses.model.SendRawEmailRequest;
import software.amazon.awssdk.services.ses.model.SesException;

import java.util.Objects;

/**
 * Sends reports through Amazon SES. Thin: it only calls the SDK client it is given (one per
 * process, owned by the caller); {@link SesRequests} composes, {@link SesErrors} explains.
 */
public final class SesReportSender implements ReportSender {

    private final SesClient ses;
    private final SesRequests requests;

    public SesReportSender(SesClient ses, SesRequests requests) {
        this.ses = Objects.requireNonNull(ses, "ses");
        this.requests = Objects.requireNonNull(requests, "requests");
    }

    @Override
    public Sent send(ReportMessage message) {
        try {
            SesRequests.Composed composed = requests.compose(message);
            String messageId = switch (composed.request()) {
                case SendRawEmailRequest raw -> ses.sendRawEmail(raw).messageId();
                case SendEmailRequest simple -> ses.sendEmail(simple).messageId();
                default -> throw new IllegalStateException("SesRequests composes SendEmail or SendRawEmail requests only");
            };
            return new Sent(messageId, composed.zipped());
        } catch (SesException e) {
            throw SesErrors.translate(e, message);
        } catch (SdkClientException e) {
            throw new ReportDeliveryException("Amazon SES could not be reached, so the report was not sent. Try again"
                    + " in a moment; if it persists, check the service's network access to SES and its SES region.", e);
        }
    }
}
