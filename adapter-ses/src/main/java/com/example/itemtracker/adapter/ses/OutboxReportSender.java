package com.example.itemtracker.adapter.ses;

import com.example.itemtracker.core.domain.ReportDeliveryException;
import com.example.itemtracker.core.port.ReportSender;
import com.example.itemtracker.core.report.ReportMessage;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.HexFormat;
import java.util.concurrent.ThreadLocalRandom;

/**
 * The local stand-in for SES: each report becomes one {@code .eml} file holding exactly the MIME
 * bytes SES would have been given, named {@code report-<UTC time>-<random>.eml} so that a
 * directory listing sorts them by time. Any mail program opens them.
 */
public final class OutboxReportSender implements ReportSender {

    private static final DateTimeFormatter NAME_TIME = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss.SSS'Z'")
            .withZone(ZoneOffset.UTC);

    /** The report is streamed into its file as it is encoded, never held whole. */
    private static final int WRITE_BUFFER = 64 * 1024;

    private final Path directory;
    private final MimeComposer mime;

    public OutboxReportSender(Path directory, MimeComposer mime) {
        this.directory = directory.toAbsolutePath().normalize();
        this.mime = mime;
    }

    /** @return the file name of the written report */
    @Override
    public Sent send(ReportMessage message) {
        MimeComposer.Mime composed = mime.compose(message);
        String name = "report-" + NAME_TIME.format(message.sentAt()) + "-"
                + HexFormat.of().toHexDigits(ThreadLocalRandom.current().nextInt()) + ".eml";
        try {
            Files.createDirectories(directory);
            // Written aside and moved into place, so a reader never sees half a report.
            Path partial = Files.createTempFile(directory, ".report-", ".partial");
            try {
                try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(partial), WRITE_BUFFER)) {
                    composed.writeTo(out);
                }
                Files.move(partial, directory.resolve(name), StandardCopyOption.ATOMIC_MOVE);
            } finally {
                Files.deleteIfExists(partial);
            }
            return new Sent(name, composed.zipped());
        } catch (IOException e) {
            throw new ReportDeliveryException("The report could not be written to the outbox directory " + directory
                    + " (OUTBOX_DIR): " + e.getMessage(), e);
        }
    }
}
