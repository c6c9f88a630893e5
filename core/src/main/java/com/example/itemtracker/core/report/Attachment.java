package com.example.itemtracker.core.report;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.Arrays;
import java.util.Objects;

/**
 * A file attached to a report message. Immutable: its bytes are copied in and never handed out
 * uncopied, except to a stream, so the several megabytes of a large report's CSV exist once.
 */
public final class Attachment {

    private final String filename;
    private final String contentType;
    private final byte[] content;

    /** @param contentType a MIME type with its charset where it has one, e.g. {@code text/csv; charset=UTF-8} */
    public Attachment(String filename, String contentType, byte[] content) {
        this(filename, contentType, content.clone(), true);
    }

    private Attachment(String filename, String contentType, byte[] content, boolean owned) {
        this.filename = Objects.requireNonNull(filename, "filename");
        this.contentType = Objects.requireNonNull(contentType, "contentType");
        this.content = Objects.requireNonNull(content, "content");
    }

    /** Takes the array itself, for a composer that built it and keeps no reference to it. */
    static Attachment owning(String filename, String contentType, byte[] content) {
        return new Attachment(filename, contentType, content, true);
    }

    public String filename() {
        return filename;
    }

    public String contentType() {
        return contentType;
    }

    /** A copy of the bytes; {@link #open()} and {@link #writeTo} read them without one. */
    public byte[] content() {
        return content.clone();
    }

    public int size() {
        return content.length;
    }

    public InputStream open() {
        return new ByteArrayInputStream(content);
    }

    public void writeTo(OutputStream out) throws IOException {
        out.write(content);
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof Attachment that && filename.equals(that.filename)
                && contentType.equals(that.contentType) && Arrays.equals(content, that.content);
    }

    @Override
    public int hashCode() {
        return Objects.hash(filename, contentType, Arrays.hashCode(content));
    }

    @Override
    public String toString() {
        return "Attachment[" + filename + ", " + contentType + ", " + content.length + " bytes]";
    }
}
