package com.example.itemtracker.adapter.ses;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.io.InputStream;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;

/** The streamed form body is exactly what the SDK would have sent: base64, then URL-encoded. */
class StreamedRawMessageTest {

    private static final int CHUNK = StreamedRawMessage.CHUNK;

    @ParameterizedTest
    @ValueSource(ints = {0, 1, 2, 3, 4, CHUNK - 1, CHUNK, CHUNK + 1, 3 * CHUNK + 2})
    void theBodyIsTheHeadThenTheMessageBase64ThenUrlEncoded(int size) throws Exception {
        byte[] message = new byte[size];
        new Random(size).nextBytes(message);
        byte[] head = "Action=SendRawEmail&RawMessage.Data=".getBytes(StandardCharsets.UTF_8);
        String expected = "Action=SendRawEmail&RawMessage.Data="
                + URLEncoder.encode(Base64.getEncoder().encodeToString(message), StandardCharsets.UTF_8);

        byte[] whole;
        try (InputStream body = StreamedRawMessage.formBody(head, message)) {
            whole = body.readAllBytes();
        }
        byte[] byteByByte = new byte[whole.length];
        try (InputStream body = StreamedRawMessage.formBody(head, message)) {
            for (int i = 0; i < byteByByte.length; i++) {
                byteByByte[i] = (byte) body.read();
            }
            assertThat(body.read()).isEqualTo(-1);
        }

        assertThat(new String(whole, StandardCharsets.US_ASCII)).isEqualTo(expected);
        assertThat(byteByByte).isEqualTo(whole);
        assertThat(head.length + StreamedRawMessage.encodedLength(message)).isEqualTo(expected.length());
    }
}
