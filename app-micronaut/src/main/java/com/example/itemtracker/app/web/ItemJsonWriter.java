package com.example.itemtracker.app.web;

import com.example.itemtracker.core.domain.WorkItem;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * A work item on the wire, written by hand: {@code {"id":"42","name":"Me","guide":"python",
 * "description":"...","status":"","archived":false}}, {@code id} as a decimal string, {@code name}
 * for the username, every field always present. Byte for byte what Jackson writes (strings escaped
 * as it escapes them, non-ASCII as UTF-8), without a serializer's per-field dispatch: JFR put that
 * at a quarter of the list call's time. It writes UTF-8 bytes straight into one array, since
 * building a String and encoding it was most of what remained.
 */
final class ItemJsonWriter {

    private static final byte[] HEX = "0123456789ABCDEF".getBytes(StandardCharsets.US_ASCII);
    private static final byte[] ID = ascii("{\"id\":\"");
    private static final byte[] NAME = ascii("\",\"name\":");
    private static final byte[] GUIDE = ascii(",\"guide\":");
    private static final byte[] DESCRIPTION = ascii(",\"description\":");
    private static final byte[] STATUS = ascii(",\"status\":");
    private static final byte[] ARCHIVED = ascii(",\"archived\":true}");
    private static final byte[] ACTIVE = ascii(",\"archived\":false}");
    /** A typical item of the client's is about 120 bytes. */
    private static final int ITEM_SIZE = 160;

    private byte[] bytes;
    private int size;

    private ItemJsonWriter(int capacity) {
        bytes = new byte[capacity];
    }

    static byte[] one(WorkItem item) {
        ItemJsonWriter json = new ItemJsonWriter(ITEM_SIZE);
        json.item(item);
        return json.toBytes();
    }

    /**
     * A JSON array written item by item as a listing hands them over, into {@code out} in chunks of
     * about {@value #CHUNK} bytes, without the list itself.
     */
    static Array array(OutputStream out) {
        return new Array(out);
    }

    static final class Array {

        /**
         * Small, since every listing allocates its own: an 8 KB piece did not fit the thread's
         * allocation buffer, so each listing also retired one (66 KB of heap per listing of 100 items,
         * 48 KB with this size). The pooled buffer or pipe behind {@code out} takes the pieces as cheaply.
         */
        private static final int CHUNK = 2 * 1024;
        private final ItemJsonWriter json = new ItemJsonWriter(CHUNK + ITEM_SIZE);
        private final OutputStream out;
        private boolean empty = true;

        private Array(OutputStream out) {
            this.out = out;
            json.put((byte) '[');
        }

        void add(WorkItem item) {
            if (!empty) {
                json.put((byte) ',');
            }
            empty = false;
            json.item(item);
            if (json.size >= CHUNK) {
                flush();
            }
        }

        void finish() {
            json.put((byte) ']');
            flush();
        }

        private void flush() {
            try {
                out.write(json.bytes, 0, json.size);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            json.size = 0;
        }
    }

    private void item(WorkItem item) {
        put(ID);
        digits(item.id());
        put(NAME);
        string(item.username());
        put(GUIDE);
        string(item.guide());
        put(DESCRIPTION);
        string(item.description());
        put(STATUS);
        string(item.status());
        put(item.archived() ? ARCHIVED : ACTIVE);
    }

    /**
     * Jackson's escaping: quote and backslash, the five short control escapes, other controls and
     * each half of a surrogate pair (characters beyond the BMP, such as emoji) as uppercase \\uXXXX.
     */
    private void string(String value) {
        int length = value.length();
        // Room for the worst case (every character a six-byte escape), so the loop needs no checks.
        if (size + length * 6 + 2 > bytes.length) {
            grow(length * 6 + 2);
        }
        byte[] out = bytes;
        int at = size;
        out[at++] = '"';
        for (int i = 0; i < length; i++) {
            char c = value.charAt(i);
            if (c >= 0x20 && c < 0x80 && c != '"' && c != '\\') {
                out[at++] = (byte) c;
            } else {
                size = at;
                special(c);
                at = size;
            }
        }
        out[at++] = '"';
        size = at;
    }

    private void special(char c) {
        switch (c) {
            case '"' -> put((byte) '\\', (byte) '"');
            case '\\' -> put((byte) '\\', (byte) '\\');
            case '\b' -> put((byte) '\\', (byte) 'b');
            case '\t' -> put((byte) '\\', (byte) 't');
            case '\n' -> put((byte) '\\', (byte) 'n');
            case '\f' -> put((byte) '\\', (byte) 'f');
            case '\r' -> put((byte) '\\', (byte) 'r');
            default -> {
                if (c < 0x20 || Character.isSurrogate(c)) {
                    put((byte) '\\', (byte) 'u');
                    put(HEX[c >> 12], HEX[(c >> 8) & 0xF]);
                    put(HEX[(c >> 4) & 0xF], HEX[c & 0xF]);
                } else if (c < 0x800) {
                    put((byte) (0xC0 | c >> 6), (byte) (0x80 | c & 0x3F));
                } else {
                    put((byte) (0xE0 | c >> 12));
                    put((byte) (0x80 | (c >> 6) & 0x3F), (byte) (0x80 | c & 0x3F));
                }
            }
        }
    }

    /**
     * {@code value} as {@link Long#toString(long)} writes it, straight into the array: a String and
     * its bytes for every item were an eighth of what a listing of 100 allocated.
     */
    private void digits(long value) {
        // Counted as a negative number, which every long has (Long.MIN_VALUE has no positive).
        long negative = value < 0 ? value : -value;
        int count = 1;
        for (long rest = negative / 10; rest != 0; rest /= 10) {
            count++;
        }
        if (size + count + 1 > bytes.length) {
            grow(count + 1);
        }
        if (value < 0) {
            bytes[size++] = '-';
        }
        int at = size + count;
        size = at;
        do {
            bytes[--at] = (byte) ('0' - negative % 10);
            negative /= 10;
        } while (negative != 0);
    }

    private void put(byte b) {
        if (size == bytes.length) {
            grow(1);
        }
        bytes[size++] = b;
    }

    private void put(byte first, byte second) {
        if (size + 2 > bytes.length) {
            grow(2);
        }
        bytes[size++] = first;
        bytes[size++] = second;
    }

    private void put(byte[] chunk) {
        if (size + chunk.length > bytes.length) {
            grow(chunk.length);
        }
        System.arraycopy(chunk, 0, bytes, size, chunk.length);
        size += chunk.length;
    }

    private void grow(int needed) {
        bytes = Arrays.copyOf(bytes, Math.max(bytes.length * 2, size + needed));
    }

    private byte[] toBytes() {
        return size == bytes.length ? bytes : Arrays.copyOf(bytes, size);
    }

    private static byte[] ascii(String text) {
        return text.getBytes(StandardCharsets.US_ASCII);
    }
}
