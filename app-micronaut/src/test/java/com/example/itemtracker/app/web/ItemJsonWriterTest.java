package com.example.itemtracker.app.web;

import com.example.itemtracker.core.domain.WorkItem;
import io.micronaut.json.JsonMapper;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The hand-written item JSON is byte for byte what the framework's serializer writes of the
 * documented shape ({@link ApiSchemas.WorkItem}, the OpenAPI document's WorkItem).
 */
class ItemJsonWriterTest {

    private static final JsonMapper SERDE = JsonMapper.createDefault();

    @Test
    void everyAsciiCharacterAndNonAsciiTextAreWrittenAsTheSerializerWritesThem() throws IOException {
        StringBuilder ascii = new StringBuilder();
        for (char c = 0; c < 0x80; c++) {
            ascii.append(c);
        }
        List<WorkItem> items = List.of(
                new WorkItem(1, ascii.toString(), "", "", "", false),
                new WorkItem(42, "Zoë 😀 — 日本語 \u2028\u2029 \u00ff\u0080\u009f", "python", "\"quoted\" \\ back/slash",
                        "In progress", true),
                new WorkItem(Long.MAX_VALUE, "", "", "", "", false));

        assertSameBytes(items);
    }

    @Test
    void idsOfEveryLengthAndSignAreWrittenAsTheSerializerWritesThem() throws IOException {
        List<WorkItem> items = new ArrayList<>();
        for (long power = 1; ; power *= 10) {
            for (long id : new long[] {power - 1, power, power + 1, -power, 1 - power}) {
                items.add(new WorkItem(id, "", "", "", "", false));
            }
            if (power > Long.MAX_VALUE / 10) {
                break;
            }
        }
        for (long id : new long[] {0, Long.MAX_VALUE, Long.MIN_VALUE, Long.MIN_VALUE + 1}) {
            items.add(new WorkItem(id, "", "", "", "", true));
        }

        assertSameBytes(items);
    }

    @Test
    void randomTextFromAFixedSeedIsWrittenAsTheSerializerWritesIt() throws IOException {
        Random random = new Random(42);
        List<WorkItem> items = new ArrayList<>();
        for (int i = 1; i <= 500; i++) {
            items.add(new WorkItem(i, text(random), text(random), text(random), text(random), random.nextBoolean()));
        }

        assertSameBytes(items);
        assertSameBytes(List.of());
    }

    private static void assertSameBytes(List<WorkItem> items) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ItemJsonWriter.Array array = ItemJsonWriter.array(out);
        items.forEach(array::add);
        array.finish();
        assertThat(utf8(out.toByteArray())).isEqualTo(utf8(SERDE.writeValueAsBytes(items.stream().map(ApiSchemas.WorkItem::of).toList())));
        for (WorkItem item : items) {
            assertThat(utf8(ItemJsonWriter.one(item))).isEqualTo(utf8(SERDE.writeValueAsBytes(ApiSchemas.WorkItem.of(item))));
        }
    }

    /** Any code point but a lone surrogate (which no stored item can hold), short and long. */
    private static String text(Random random) {
        StringBuilder text = new StringBuilder();
        for (int i = 0, n = random.nextInt(random.nextBoolean() ? 8 : 300); i < n; i++) {
            int codePoint = switch (random.nextInt(4)) {
                case 0 -> random.nextInt(0x80);
                case 1 -> 0x80 + random.nextInt(0x800 - 0x80);
                case 2 -> 0x800 + random.nextInt(0xD800 - 0x800);
                default -> 0x10000 + random.nextInt(0x10FFFF - 0x10000);
            };
            text.appendCodePoint(codePoint);
        }
        return text.toString();
    }

    private static String utf8(byte[] bytes) {
        return new String(bytes, StandardCharsets.UTF_8);
    }
}
