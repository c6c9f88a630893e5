package com.example.itemtracker.adapter.ses;

import com.example.itemtracker.core.domain.ReportDeliveryException;
import com.example.itemtracker.core.report.Attachment;
import com.example.itemtracker.core.report.ReportMessage;
import jakarta.mail.BodyPart;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

import static com.example.itemtracker.adapter.ses.MimeAssertions.bytes;
import static com.example.itemtracker.adapter.ses.MimeAssertions.multipart;
import static com.example.itemtracker.adapter.ses.MimeAssertions.parse;
import static com.example.itemtracker.adapter.ses.MimeAssertions.text;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class MimeComposerTest {

    @Test
    void theStreamedMessageIsTheSameBytesAsTheWholeOne() throws Exception {
        MimeComposer.Mime mime = MimeComposer.forSes().compose(ReportMessages.withItems(2_000));
        ByteArrayOutputStream streamed = new ByteArrayOutputStream();

        mime.writeTo(streamed);

        assertThat(streamed.toByteArray()).isEqualTo(mime.bytes()).hasSize(Math.toIntExact(mime.size()));
    }

    @Test
    void anInlineReportIsAlternativeTextAndHtmlInUtf8() throws Exception {
        ReportMessage message = ReportMessages.withItems(3);

        MimeComposer.Mime mime = MimeComposer.forSes().compose(message);
        MimeMessage parsed = parse(mime.bytes());

        assertThat(parsed.getSubject()).isEqualTo("Work items");
        assertThat(parsed.getFrom()[0].toString()).isEqualTo("sender@example.com");
        assertThat(parsed.getAllRecipients()[0].toString()).isEqualTo("to@example.com");
        assertThat(parsed.getHeader("Message-ID")[0]).isEqualTo(mime.messageId()).endsWith("@example.com>");
        assertThat(parsed.getSentDate().toInstant()).isEqualTo(ReportMessages.SNAPSHOT.minusMillis(123));
        assertThat(parsed.getContentType()).startsWith("multipart/alternative");
        MimeMultipart alternative = multipart(parsed.getContent());
        assertThat(alternative.getCount()).isEqualTo(2);
        assertThat(alternative.getBodyPart(0).getContentType()).isEqualToIgnoringCase("text/plain; charset=UTF-8");
        assertThat(alternative.getBodyPart(1).getContentType()).isEqualToIgnoringCase("text/html; charset=UTF-8");
        assertThat(text(alternative.getBodyPart(0))).isEqualTo(message.text());
        assertThat(text(alternative.getBodyPart(1))).isEqualTo(message.html());
        assertThat(mime.zipped()).isFalse();
    }

    @Test
    void anAttachedReportIsMixedWithTheCsvAttachment() throws Exception {
        ReportMessage message = ReportMessages.withItems(11);

        MimeMessage parsed = parse(MimeComposer.forSes().compose(message).bytes());

        assertThat(parsed.getContentType()).startsWith("multipart/mixed");
        MimeMultipart mixed = multipart(parsed.getContent());
        assertThat(mixed.getCount()).isEqualTo(2);
        MimeMultipart alternative = multipart(mixed.getBodyPart(0).getContent());
        assertThat(text(alternative.getBodyPart(0))).contains("see the attached file work_items.csv");
        BodyPart csv = mixed.getBodyPart(1);
        assertThat(csv.getFileName()).isEqualTo("work_items.csv");
        assertThat(csv.getDisposition()).isEqualTo("attachment");
        assertThat(csv.getContentType()).startsWith("text/csv");
        assertThat(new String(bytes(csv), StandardCharsets.UTF_8))
                .isEqualTo(new String(message.attachments().getFirst().content(), StandardCharsets.UTF_8))
                .startsWith("description,guide,status,username,archived\r\n")
                .contains("\"Ünïcode item 11, with comma\",java,open,Zoë,false\r\n");
    }

    @Test
    void nonAsciiHeadersAreEncodedAsRfc2047() throws Exception {
        ReportMessage base = ReportMessages.withItems(1);
        ReportMessage message = new ReportMessage(base.from(), base.to(), "Arbeitsaufträge ✅", base.text(), base.html(),
                List.of(), base.sentAt());

        byte[] raw = MimeComposer.forSes().compose(message).bytes();

        String headers = new String(raw, StandardCharsets.US_ASCII).split("\r\n\r\n", 2)[0];
        assertThat(headers).contains("Subject: =?UTF-8?").doesNotContain("ä");
        assertThat(parse(raw).getSubject()).isEqualTo("Arbeitsaufträge ✅");
        for (byte b : raw) {
            assertThat(b & 0xff).as("7-bit clean").isLessThan(128);
        }
    }

    @Test
    void aMessageOverTheLimitHasItsAttachmentZipped() throws Exception {
        ReportMessage message = ReportMessages.withItems(2_000);
        long plainSize = new MimeComposer(Long.MAX_VALUE).compose(message).bytes().length;

        // Boundaries vary in length from run to run, so the limit is well under the plain size.
        MimeComposer.Mime mime = new MimeComposer(plainSize / 2).compose(message);

        assertThat(mime.zipped()).isTrue();
        assertThat(mime.bytes().length).isLessThan((int) plainSize);
        BodyPart zip = multipart(parse(mime.bytes()).getContent()).getBodyPart(1);
        assertThat(zip.getFileName()).isEqualTo("work_items.zip");
        assertThat(zip.getContentType()).startsWith("application/zip");
        try (ZipInputStream entries = new ZipInputStream(new ByteArrayInputStream(bytes(zip)))) {
            ZipEntry entry = entries.getNextEntry();
            assertThat(entry.getName()).isEqualTo("work_items.csv");
            Attachment original = message.attachments().getFirst();
            assertThat(entries.readAllBytes()).isEqualTo(original.content());
        }
    }

    @Test
    void aMessageTooLargeEvenZippedIsNotSent() {
        ReportMessage message = ReportMessages.withItems(2_000);

        assertThatThrownBy(() -> new MimeComposer(4_000).compose(message))
                .isInstanceOf(ReportDeliveryException.class)
                .hasMessageContaining("even with its attachment zipped")
                .hasMessageContaining("Archive the items that are done");
    }
}
