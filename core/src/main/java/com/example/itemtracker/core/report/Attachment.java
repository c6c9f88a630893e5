package com.example.itemtracker.core.report;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.SequenceInputStream;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Objects;

/**
 * A file attached to a report message. Immutable: its bytes are copied in and never handed out
 * uncopied, except to a stream, so the several megabytes of a large report's CSV exist once. A
 * composer may hand over the chunks it wrote, which are then never joined into one array.
 */
public final class Attachment {

    private final String filename;
    private final String contentType;
    private final List<byte[]> chunks;
    private final int size;

    /** @param contentType a MIME type with its charset where it has one, e.g. {@code text/csv; charset=UTF-8} */
    public Attachment(String filename, String contentType, byte[] content) {
        this(filename, contentType, List.of(content.clone()));
    }

    private Attachment(String filename, String contentType, List<byte[]> chunks) {
        this.filename = Objects.requireNonNull(filename, "filename");
        this.contentType = Objects.requireNonNull(contentType, "contentType");
        this.chunks = List.copyOf(chunks);
        this.size = this.chunks.stream().mapToInt(chunk -> chunk.length).sum();
    }

    /** Takes the chunks themselves, in order, for a composer that wrote them and keeps no reference to them. */
    static Attachment owning(String filename, String contentType, List<byte[]> chunks) {
        return new Attachment(filename, contentType, chunks);
    }

    public String filename() {
        return filename;
    }

    public String contentType() {
        return contentType;
    }

    /** A copy of the bytes; {@link #open()} and {@link #writeTo} read them without one. */
    public byte[] content() {
        ByteArrayOutputStream joined = new ByteArrayOutputStream(size);
        chunks.forEach(joined::writeBytes);
        return joined.toByteArray();
    }

    public int size() {
        return size;
    }

    public InputStream open() {
        return new SequenceInputStream(Collections.enumeration(chunks.stream()
                .map(chunk -> (InputStream) new ByteArrayInputStream(chunk)).toList()));
    }

    public void writeTo(OutputStream out) throws IOException {
        for (byte[] chunk : chunks) {
            out.write(chunk);
        }
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof Attachment that && filename.equals(that.filename)
                && contentType.equals(that.contentType) && Arrays.equals(content(), that.content());
    }

    @Override
    public int hashCode() {
        return Objects.hash(filename, contentType, Arrays.hashCode(content()));
    }

    @Override
    public String toString() {
        return "Attachment[" + filename + ", " + contentType + ", " + size + " bytes]";
    }
}
