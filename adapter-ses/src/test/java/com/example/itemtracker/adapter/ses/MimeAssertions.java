package com.example.itemtracker.adapter.ses;

import jakarta.mail.BodyPart;
import jakarta.mail.Session;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Properties;

/** Parses MIME bytes back with Jakarta Mail, as a mail client would. Test code (test-jar). */
public final class MimeAssertions {

    private MimeAssertions() {
    }

    public static MimeMessage parse(byte[] bytes) throws Exception {
        return new MimeMessage(Session.getInstance(new Properties()), new ByteArrayInputStream(bytes));
    }

    /** The decoded text of a part. */
    public static String text(BodyPart part) throws Exception {
        Object content = part.getContent();
        return content instanceof String text ? text : new String(((InputStream) content).readAllBytes(), StandardCharsets.UTF_8);
    }

    /** The decoded bytes of an attachment part. */
    public static byte[] bytes(BodyPart part) throws Exception {
        try (InputStream in = part.getInputStream()) {
            return in.readAllBytes();
        }
    }

    public static MimeMultipart multipart(Object content) {
        return (MimeMultipart) content;
    }
}
