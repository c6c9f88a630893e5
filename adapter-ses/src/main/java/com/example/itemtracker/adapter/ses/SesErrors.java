package com.example.itemtracker.adapter.ses;

import com.example.itemtracker.core.domain.ReportDeliveryException;
import com.example.itemtracker.core.report.ReportMessage;
import software.amazon.awssdk.services.ses.model.SesException;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** SES's error codes, as messages that say what to do. */
final class SesErrors {

    private SesErrors() {
    }

    static ReportDeliveryException translate(SesException e, ReportMessage message) {
        String code = e.awsErrorDetails() == null ? "" : e.awsErrorDetails().errorCode();
        String sesMessage = e.awsErrorDetails() == null || e.awsErrorDetails().errorMessage() == null
                ? "" : e.awsErrorDetails().errorMessage();
        String text = switch (code) {
            case "MessageRejected" -> sesMessage.toLowerCase(Locale.ROOT).contains("not verified")
                    ? "Amazon SES refused the report because " + unverified(sesMessage, message) + " not verified."
                    + " While the SES account is in the sandbox, the sender (SENDER_EMAIL) and every recipient must be"
                    + " verified identities: verify them in the SES console, or request production access."
                    : "Amazon SES rejected the report: " + sesMessage + " Check the sender and recipient and try again.";
            case "MailFromDomainNotVerified", "MailFromDomainNotVerifiedException" ->
                    "Amazon SES refused the report because the custom MAIL FROM domain of the sender ("
                            + message.from() + ") is not verified. Verify that domain in the SES console (its MX and"
                            + " SPF records), or remove the custom MAIL FROM setting.";
            case "AccountSendingPausedException" -> "Sending is paused for this Amazon SES account, so the report was"
                    + " not sent. Review the account's reputation in the SES console and resume sending there.";
            case "ConfigurationSetSendingPausedException" -> "Sending is paused for the SES configuration set in use."
                    + " Resume it in the SES console.";
            case "ConfigurationSetDoesNotExist", "ConfigurationSetDoesNotExistException" ->
                    "The SES configuration set in use does not exist. Create it in the SES console or stop using it.";
            case "Throttling", "ThrottlingException" -> "Amazon SES is limiting this account's sending rate and the"
                    + " report was not sent after several tries. Wait a minute and send it again.";
            case "AccessDenied", "AccessDeniedException", "InvalidClientTokenId", "SignatureDoesNotMatch",
                 "UnrecognizedClientException", "ExpiredToken", "ExpiredTokenException" ->
                    "Amazon SES refused the service's AWS credentials (" + code + "). Give the service valid credentials"
                            + " allowed to call ses:SendEmail and ses:SendRawEmail in its SES region.";
            default -> "Amazon SES could not send the report (" + (code.isEmpty() ? "HTTP " + e.statusCode() : code) + ")"
                    + (sesMessage.isEmpty() ? "." : ": " + sesMessage);
        };
        return new ReportDeliveryException(text, e);
    }

    /** Names the report's own addresses that SES says failed the check, or both when it does not say. */
    private static String unverified(String sesMessage, ReportMessage message) {
        List<String> named = new ArrayList<>();
        for (String address : List.of(message.from().value(), message.to().value())) {
            if (sesMessage.toLowerCase(Locale.ROOT).contains(address.toLowerCase(Locale.ROOT)) && !named.contains(address)) {
                named.add(address);
            }
        }
        if (named.isEmpty()) {
            return "the sender " + message.from() + " or the recipient " + message.to() + " is";
        }
        return named.size() == 1 ? "the address " + named.getFirst() + " is" : "the addresses " + String.join(" and ", named) + " are";
    }
}
