package com.example.itemtracker.adapter.ses;

import com.example.itemtracker.core.domain.ReportDeliveryException;
import com.example.itemtracker.core.report.ReportMessage;
import com.example.itemtracker.testsupport.FakeAws;
import com.example.itemtracker.testsupport.SigV4;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.ses.SesClient;

import java.net.URI;
import java.nio.charset.StandardCharsets;

import static com.example.itemtracker.adapter.ses.MimeAssertions.bytes;
import static com.example.itemtracker.adapter.ses.MimeAssertions.multipart;
import static com.example.itemtracker.adapter.ses.MimeAssertions.parse;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The real SDK against the fake SES endpoint: what goes over the wire, and how SES errors read. */
class SesReportSenderTest {

    private static FakeSes ses;
    private static SesClient client;
    private static SesReportSender sender;

    @BeforeAll
    static void start() throws Exception {
        ses = new FakeSes();
        client = FakeAws.client(SesClient.builder()
                .overrideConfiguration(c -> c.addExecutionInterceptor(new StreamedRawMessage())), ses.endpoint());
        sender = new SesReportSender(client, new SesRequests(MimeComposer.forSes()));
    }


    @AfterAll
    static void stop() {
        client.close();
        ses.close();
    }

    @BeforeEach
    void reset() {
        ses.reset();
    }

    @Test
    void anInlineReportIsASimpleSendEmail() {
        ReportMessage message = ReportMessages.withItems(3);

        String id = sender.send(message).messageId();

        assertThat(id).startsWith("fake-");
        FakeSes.Received request = ses.received().getFirst();
        assertThat(request.action()).isEqualTo("SendEmail");
        assertThat(request.parameters()).containsEntry("Source", "sender@example.com")
                .containsEntry("Destination.ToAddresses.member.1", "to@example.com")
                .containsEntry("Message.Subject.Data", "Work items")
                .containsEntry("Message.Subject.Charset", "UTF-8")
                .containsEntry("Message.Body.Text.Data", message.text())
                .containsEntry("Message.Body.Html.Data", message.html())
                .containsEntry("Message.Body.Html.Charset", "UTF-8");
    }

    @Test
    void anAttachedReportIsARawMimeMessage() throws Exception {
        ReportMessage message = ReportMessages.withItems(11);

        sender.send(message);

        FakeSes.Received request = ses.received().getFirst();
        assertThat(request.action()).isEqualTo("SendRawEmail");
        assertThat(request.parameters()).containsEntry("Source", "sender@example.com")
                .containsEntry("Destinations.member.1", "to@example.com");
        MimeMessage mime = parse(request.rawMessage());
        assertThat(mime.getSubject()).isEqualTo("Work items");
        MimeMultipart mixed = multipart(mime.getContent());
        assertThat(mixed.getBodyPart(1).getFileName()).isEqualTo("work_items.csv");
        assertThat(new String(bytes(mixed.getBodyPart(1)), StandardCharsets.UTF_8).split("\r\n")).hasSize(12);
    }

    @Test
    void aLargeRawMessageGoesAsOneFormBodyWithItsLengthAndAgainOnARetry() throws Exception {
        ReportMessage message = ReportMessages.withItems(5_000);
        ses.failNext(400, "Throttling", "Maximum sending rate exceeded.");

        sender.send(message);

        assertThat(ses.received()).hasSize(2);
        assertThat(ses.received().getFirst().parameters()).isEqualTo(ses.received().getLast().parameters());
        FakeSes.Received request = ses.received().getLast();
        assertThat(request.contentType()).isEqualTo("application/x-www-form-urlencoded; charset=utf-8");
        assertThat(request.query()).isNull();
        assertThat(request.lengthAsDeclared()).isTrue();
        assertThat(request.parameters()).containsEntry("Action", "SendRawEmail").containsEntry("Version", "2010-12-01")
                .containsEntry("Source", "sender@example.com").containsEntry("Destinations.member.1", "to@example.com");
        assertThat(request.parameters().get("RawMessage.Data")).hasSizeGreaterThan(3 * StreamedRawMessage.CHUNK);
        MimeMultipart mixed = multipart(parse(request.rawMessage()).getContent());
        assertThat(new String(bytes(mixed.getBodyPart(1)), StandardCharsets.UTF_8).split("\r\n")).hasSize(5_001);
    }

    @Test
    void anUnverifiedRecipientInTheSandboxIsNamed() {
        ses.failNext(400, "MessageRejected",
                "Email address is not verified. The following identities failed the check in region US-EAST-1: to@example.com");

        assertThatThrownBy(() -> sender.send(ReportMessages.withItems(1)))
                .isInstanceOf(ReportDeliveryException.class)
                .hasMessageContaining("the address to@example.com is not verified")
                .hasMessageContaining("sandbox");
    }

    @Test
    void anUnverifiedSenderDomainSaysWhatToDo() {
        ses.failNext(400, "MailFromDomainNotVerified", "Mail from domain not verified.");

        assertThatThrownBy(() -> sender.send(ReportMessages.withItems(1)))
                .isInstanceOf(ReportDeliveryException.class)
                .hasMessageContaining("MAIL FROM domain of the sender (sender@example.com) is not verified");
    }

    @Test
    void aPausedAccountSaysWhatToDo() {
        ses.failNext(400, "AccountSendingPausedException", "Account sending paused.");

        assertThatThrownBy(() -> sender.send(ReportMessages.withItems(11)))
                .isInstanceOf(ReportDeliveryException.class)
                .hasMessageContaining("Sending is paused for this Amazon SES account");
    }

    @Test
    void aRejectedMessageSaysWhy() {
        ses.failNext(400, "MessageRejected", "Illegal address");

        assertThatThrownBy(() -> sender.send(ReportMessages.withItems(1)))
                .isInstanceOf(ReportDeliveryException.class)
                .hasMessage("Amazon SES rejected the report: Illegal address Check the sender and recipient and try again.");
    }

    @Test
    void throttlingIsRetriedByTheSdk() {
        ses.failNext(400, "Throttling", "Maximum sending rate exceeded.");
        ses.failNext(400, "Throttling", "Maximum sending rate exceeded.");

        String id = sender.send(ReportMessages.withItems(1)).messageId();

        assertThat(id).startsWith("fake-");
        assertThat(ses.received()).hasSize(3);
    }

    @Test
    void aReportZippedToFitSaysSo() {
        ReportMessage message = ReportMessages.withItems(2_000);
        long plainSize = new MimeComposer(Long.MAX_VALUE).compose(message).bytes().length;
        SesReportSender tight = new SesReportSender(client, new SesRequests(new MimeComposer(plainSize / 2)));

        assertThat(tight.send(message).zipped()).isTrue();
        assertThat(sender.send(message).zipped()).isFalse();
        assertThat(ses.received()).hasSize(2);
    }

    @Test
    void anInlineReportOverTheSizeLimitIsRefusedWithoutACall() {
        SesReportSender small = new SesReportSender(client, new SesRequests(new MimeComposer(2_000)));

        assertThatThrownBy(() -> small.send(ReportMessages.withItems(10)))
                .isInstanceOf(ReportDeliveryException.class)
                .hasMessageContaining("that Amazon SES accepts for one message");
        assertThat(ses.received()).isEmpty();
    }

    /** The fake checks signatures as SES does, so what the tests send is what the SDK signed. */
    @Test
    void aRawMessageSignedWithAnotherSecretIsRefused() throws Exception {
        try (FakeSes strict = new FakeSes(new SigV4(FakeAws.ACCESS_KEY_ID, "another-secret"));
             SesClient elsewhere = FakeAws.client(SesClient.builder()
                     .overrideConfiguration(c -> c.addExecutionInterceptor(new StreamedRawMessage())), strict.endpoint())) {
            SesReportSender signedWrong = new SesReportSender(elsewhere, new SesRequests(MimeComposer.forSes()));

            assertThatThrownBy(() -> signedWrong.send(ReportMessages.withItems(11)))
                    .isInstanceOf(ReportDeliveryException.class).hasMessageContaining("(SignatureDoesNotMatch)");
            assertThat(strict.received()).isEmpty();
        }
    }

    @Test
    void anUnreachableEndpointIsADeliveryFailure() {
        try (SesClient unreachable = FakeAws.client(SesClient.builder(), URI.create("http://127.0.0.1:1"))) {
            SesReportSender nowhere = new SesReportSender(unreachable, new SesRequests(MimeComposer.forSes()));
            assertThatThrownBy(() -> nowhere.send(ReportMessages.withItems(1)))
                    .isInstanceOf(ReportDeliveryException.class)
                    .hasMessageStartingWith("Amazon SES could not be reached");
        }
    }
}
