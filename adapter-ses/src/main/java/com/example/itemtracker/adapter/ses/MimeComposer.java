package com.example.itemtracker.adapter.ses;

import com.example.itemtracker.core.domain.ReportDeliveryException;
import com.example.itemtracker.core.report.Attachment;
import com.example.itemtracker.core.report.ReportMessage;
import jakarta.activation.DataHandler;
import jakarta.activation.DataSource;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Part;
import jakarta.mail.Session;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeBodyPart;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Date;
import java.util.List;
import java.util.Properties;
import java.util.UUID;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * Writes a report message as MIME bytes (pure: no network, no files): {@code multipart/alternative}
 * (plain text, HTML) alone, or inside {@code multipart/mixed} with the attachments; UTF-8
 * throughout, non-ASCII headers encoded as RFC 2047 requires.
 *
 * <p>Amazon SES refuses raw messages over 10 MB. A message over the limit has its attachments
 * zipped; if it is still too large it is not sent at all.
 */
public final class MimeComposer {

    /** SES's limit for a raw message, counted after base64 encoding, headers included. */
    public static final long SES_MAX_MESSAGE_BYTES = 10L * 1024 * 1024;

    /**
     * A composed message, written out on demand: its size, the Message-ID written into it, and
     * whether the attachments had to be zipped. The outbox streams it into its file; SES takes it
     * as one array.
     */
    public static final class Mime {
        private final MimeMessage message;
        private final long size;
        private final String messageId;
        private final boolean zipped;

        private Mime(MimeMessage message, long size, String messageId, boolean zipped) {
            this.message = message;
            this.size = size;
            this.messageId = messageId;
            this.zipped = zipped;
        }

        /** In bytes, as written. */
        public long size() {
            return size;
        }

        public String messageId() {
            return messageId;
        }

        public boolean zipped() {
            return zipped;
        }

        /** Writes the MIME bytes as they are encoded, without holding them whole. */
        public void writeTo(OutputStream out) throws IOException {
            MimeComposer.writeTo(message, out);
        }

        /** The MIME bytes in one array of exactly their size, not grown and copied. */
        public byte[] bytes() {
            Filler filler = new Filler(Math.toIntExact(size));
            inMemory(message, filler);
            return filler.bytes;
        }
    }

    private static final Session SESSION = Session.getInstance(new Properties());

    private final long maxBytes;

    public MimeComposer(long maxBytes) {
        this.maxBytes = maxBytes;
    }

    public static MimeComposer forSes() {
        return new MimeComposer(SES_MAX_MESSAGE_BYTES);
    }

    /** @throws ReportDeliveryException when the message is over the limit even with its attachments zipped */
    public Mime compose(ReportMessage message) {
        String messageId = "<" + UUID.randomUUID() + "@" + domainOf(message.from().value()) + ">";
        MimeMessage plain = message(message, message.attachments(), messageId);
        long plainSize = sizeOf(plain);
        if (plainSize <= maxBytes || message.attachments().isEmpty()) {
            if (plainSize > maxBytes) {
                throw tooLarge(plainSize, false);
            }
            return new Mime(plain, plainSize, messageId, false);
        }
        MimeMessage zipped = message(message, List.of(zip(message.attachments())), messageId);
        long zippedSize = sizeOf(zipped);
        if (zippedSize > maxBytes) {
            throw tooLarge(zippedSize, true);
        }
        return new Mime(zipped, zippedSize, messageId, true);
    }

    /** The size, by writing to nowhere: a report over the limit is never held, nor written anywhere. */
    private static long sizeOf(MimeMessage mime) {
        Counter counter = new Counter();
        inMemory(mime, counter);
        return counter.size;
    }

    /** Counts what is written to it, and keeps none of it. */
    private static final class Counter extends OutputStream {
        private long size;

        @Override
        public void write(int b) {
            size++;
        }

        @Override
        public void write(byte[] chunk, int offset, int length) {
            size += length;
        }
    }

    /** Fills an array of the size {@link Counter} found. */
    private static final class Filler extends OutputStream {
        private final byte[] bytes;
        private int at;

        Filler(int size) {
            bytes = new byte[size];
        }

        @Override
        public void write(int b) {
            bytes[at++] = (byte) b;
        }

        @Override
        public void write(byte[] chunk, int offset, int length) {
            System.arraycopy(chunk, offset, bytes, at, length);
            at += length;
        }
    }

    /** @throws IOException only from {@code out} */
    private static void writeTo(MimeMessage mime, OutputStream out) throws IOException {
        try {
            mime.writeTo(out);
        } catch (MessagingException e) {
            throw new IllegalStateException("Could not write the report as MIME", e);
        }
    }

    /** To a stream that keeps the bytes in memory (or counts them), and so never fails. */
    private static void inMemory(MimeMessage mime, OutputStream out) {
        try {
            writeTo(mime, out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private ReportDeliveryException tooLarge(long size, boolean zipped) {
        return new ReportDeliveryException(String.format("The report is %.1f MB%s, over the %.0f MB that Amazon SES accepts"
                        + " for one message. Archive the items that are done and send the report again.",
                size / 1048576.0, zipped ? " even with its attachment zipped" : "", maxBytes / 1048576.0), null);
    }

    private static MimeMessage message(ReportMessage message, List<Attachment> attachments, String messageId) {
        try {
            MimeMessage mime = new MimeMessage(SESSION) {
                @Override
                protected void updateMessageID() throws MessagingException {
                    setHeader("Message-ID", messageId);
                }
            };
            mime.setFrom(new InternetAddress(message.from().value()));
            mime.setRecipient(Message.RecipientType.TO, new InternetAddress(message.to().value()));
            mime.setSubject(message.subject(), StandardCharsets.UTF_8.name());
            mime.setSentDate(Date.from(message.sentAt()));

            MimeMultipart alternative = new MimeMultipart("alternative");
            alternative.addBodyPart(textPart(message.text(), "plain"));
            alternative.addBodyPart(textPart(message.html(), "html"));
            if (attachments.isEmpty()) {
                mime.setContent(alternative);
            } else {
                MimeMultipart mixed = new MimeMultipart("mixed");
                MimeBodyPart body = new MimeBodyPart();
                body.setContent(alternative);
                mixed.addBodyPart(body);
                for (Attachment attachment : attachments) {
                    MimeBodyPart part = new MimeBodyPart();
                    part.setDataHandler(new DataHandler(source(attachment)));
                    part.setFileName(attachment.filename());
                    part.setDisposition(Part.ATTACHMENT);
                    mixed.addBodyPart(part);
                }
                mime.setContent(mixed);
            }
            mime.saveChanges();
            return mime;
        } catch (MessagingException e) {
            throw new IllegalStateException("Could not write the report as MIME", e);
        }
    }

    private static MimeBodyPart textPart(String text, String subtype) throws MessagingException {
        MimeBodyPart part = new MimeBodyPart();
        part.setText(text, StandardCharsets.UTF_8.name(), subtype);
        return part;
    }

    /** The attachment's bytes as they are, not copied (a large report's CSV is megabytes). */
    private static DataSource source(Attachment attachment) {
        return new DataSource() {
            @Override
            public InputStream getInputStream() {
                return attachment.open();
            }

            @Override
            public OutputStream getOutputStream() {
                throw new UnsupportedOperationException("An attachment is read-only");
            }

            @Override
            public String getContentType() {
                return attachment.contentType();
            }

            @Override
            public String getName() {
                return attachment.filename();
            }
        };
    }

    /** All attachments in one zip named after the first (work_items.csv becomes work_items.zip). */
    private static Attachment zip(List<Attachment> attachments) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            zip.setLevel(9);
            for (Attachment attachment : attachments) {
                zip.putNextEntry(new ZipEntry(attachment.filename()));
                attachment.writeTo(zip);
                zip.closeEntry();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        String first = attachments.getFirst().filename();
        int dot = first.lastIndexOf('.');
        return new Attachment((dot > 0 ? first.substring(0, dot) : first) + ".zip", "application/zip", bytes.toByteArray());
    }

    private static String domainOf(String address) {
        return address.substring(address.indexOf('@') + 1);
    }
}
