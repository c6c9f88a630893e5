package com.example.itemtracker.adapter.ses;

import com.example.itemtracker.core.report.ReportMessage;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.stream.IntStream;
import java.util.stream.Stream;

import static com.example.itemtracker.adapter.ses.MimeAssertions.bytes;
import static com.example.itemtracker.adapter.ses.MimeAssertions.multipart;
import static com.example.itemtracker.adapter.ses.MimeAssertions.parse;
import static com.example.itemtracker.adapter.ses.MimeAssertions.text;
import static org.assertj.core.api.Assertions.assertThat;

class OutboxReportSenderTest {

    @TempDir
    Path outbox;

    @Test
    void theEmlParsesBackToTheSameReport() throws Exception {
        ReportMessage message = ReportMessages.withItems(11);

        String name = new OutboxReportSender(outbox.resolve("new-dir"), MimeComposer.forSes()).send(message).messageId();

        assertThat(name).isEqualTo(name.strip()).matches("report-20261124T204005\\.123Z-[0-9a-f]{8}\\.eml");
        MimeMessage mime = parse(Files.readAllBytes(outbox.resolve("new-dir").resolve(name)));
        assertThat(mime.getSubject()).isEqualTo(message.subject());
        assertThat(mime.getAllRecipients()[0].toString()).isEqualTo("to@example.com");
        MimeMultipart mixed = multipart(mime.getContent());
        MimeMultipart alternative = multipart(mixed.getBodyPart(0).getContent());
        assertThat(text(alternative.getBodyPart(0))).isEqualTo(message.text());
        assertThat(text(alternative.getBodyPart(1))).isEqualTo(message.html());
        assertThat(new String(bytes(mixed.getBodyPart(1)), StandardCharsets.UTF_8))
                .isEqualTo(new String(message.attachments().getFirst().content(), StandardCharsets.UTF_8));
    }

    @Test
    void filesSortByTimeAndNeverCollide() throws Exception {
        OutboxReportSender sender = new OutboxReportSender(outbox, MimeComposer.forSes());
        ReportMessage base = ReportMessages.withItems(1);
        List<Instant> times = List.of(Instant.parse("2026-11-24T09:00:00Z"), Instant.parse("2026-11-24T10:00:00Z"),
                Instant.parse("2026-12-01T08:00:00Z"));
        List<String> names = times.stream().map(at -> sender.send(new ReportMessage(base.from(), base.to(), base.subject(),
                base.text(), base.html(), base.attachments(), at)).messageId()).toList();
        IntStream.range(0, 50).parallel().forEach(i -> sender.send(base));

        try (Stream<Path> files = Files.list(outbox)) {
            List<String> all = files.map(p -> p.getFileName().toString()).sorted().toList();
            assertThat(all).hasSize(53).allMatch(n -> n.endsWith(".eml"));
            assertThat(all.stream().filter(names::contains).toList()).containsExactlyElementsOf(names);
        }
    }
}
