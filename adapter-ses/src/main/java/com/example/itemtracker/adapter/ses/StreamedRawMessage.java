package com.example.itemtracker.adapter.ses;

import software.amazon.awssdk.core.SdkBytes;
import software.amazon.awssdk.core.SdkRequest;
import software.amazon.awssdk.core.interceptor.Context;
import software.amazon.awssdk.core.interceptor.ExecutionAttribute;
import software.amazon.awssdk.core.interceptor.ExecutionAttributes;
import software.amazon.awssdk.core.interceptor.ExecutionInterceptor;
import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.http.ContentStreamProvider;
import software.amazon.awssdk.http.SdkHttpRequest;
import software.amazon.awssdk.services.ses.model.RawMessage;
import software.amazon.awssdk.services.ses.model.SendRawEmailRequest;
import software.amazon.awssdk.utils.http.SdkHttpUtils;

import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Sends a {@code SendRawEmail} request's message as a streamed form body, encoded as it is sent.
 *
 * <p>SES's Query protocol carries the MIME as a form parameter, base64 and then URL-encoded. The SDK
 * builds that parameter as a base64 string, then a URL-encoded string, then the bytes of the body:
 * some seven times a 10 MB message for the moment of the call. Here the SDK marshals the request
 * without the message; the other parameters are moved into the body as the SDK would (a request
 * that already has a body is left alone by its own query-to-body step), and the message follows,
 * encoded chunk by chunk each time the body is read (once to sign it, once to send it, once per
 * retry). The bytes on the wire are the same form parameters; only their order differs, which the
 * protocol does not fix.
 *
 * <p>Add it to the {@code SesClient} that {@link SesReportSender} is given.
 */
public final class StreamedRawMessage implements ExecutionInterceptor {

    private static final String CONTENT_TYPE = "application/x-www-form-urlencoded; charset=utf-8";
    private static final String PARAMETER = "RawMessage.Data";
    private static final ExecutionAttribute<byte[]> MESSAGE = new ExecutionAttribute<>("ItemTrackerRawMessage");
    private static final ExecutionAttribute<Form> FORM = new ExecutionAttribute<>("ItemTrackerRawMessageForm");
    /** Message bytes encoded at once: a multiple of 3, so that only the last chunk is padded. */
    static final int CHUNK = 3 * 16 * 1024;

    /** The body of one call: the other parameters, the message, and the length of both encoded. */
    private record Form(byte[] head, byte[] message, long length) {
    }

    @Override
    public SdkRequest modifyRequest(Context.ModifyRequest context, ExecutionAttributes attributes) {
        if (context.request() instanceof SendRawEmailRequest raw && raw.rawMessage() != null && raw.rawMessage().data() != null) {
            attributes.putAttribute(MESSAGE, raw.rawMessage().data().asByteArrayUnsafe());
            return raw.toBuilder().rawMessage(RawMessage.builder().data(SdkBytes.fromByteArrayUnsafe(new byte[0])).build()).build();
        }
        return context.request();
    }

    @Override
    public Optional<RequestBody> modifyHttpContent(Context.ModifyHttpRequest context, ExecutionAttributes attributes) {
        Form form = form(context.httpRequest(), attributes);
        if (form == null) {
            return context.requestBody();
        }
        ContentStreamProvider body = () -> formBody(form.head(), form.message());
        return Optional.of(RequestBody.fromContentProvider(body, form.length(), CONTENT_TYPE));
    }

    @Override
    public SdkHttpRequest modifyHttpRequest(Context.ModifyHttpRequest context, ExecutionAttributes attributes) {
        Form form = form(context.httpRequest(), attributes);
        if (form == null) {
            return context.httpRequest();
        }
        return context.httpRequest().toBuilder()
                .clearQueryParameters()
                .putHeader("Content-Type", CONTENT_TYPE)
                .putHeader("Content-Length", Long.toString(form.length()))
                .build();
    }

    /**
     * The body of a SendRawEmail call, or null for any other call: the marshalled parameters but the
     * message, form-encoded as the SDK does, then the message's name. Made once per call, from the
     * request as marshalled (the SDK asks for the body before it asks for the request, by when the
     * parameters are gone).
     */
    private static Form form(SdkHttpRequest marshalled, ExecutionAttributes attributes) {
        byte[] message = attributes.getAttribute(MESSAGE);
        Form form = attributes.getAttribute(FORM);
        if (message == null || form != null) {
            return form;
        }
        StringBuilder parameters = new StringBuilder();
        for (Map.Entry<String, List<String>> parameter : marshalled.rawQueryParameters().entrySet()) {
            if (!parameter.getKey().equals(PARAMETER)) {
                for (String value : parameter.getValue()) {
                    parameters.append(SdkHttpUtils.urlEncode(parameter.getKey())).append('=')
                            .append(SdkHttpUtils.urlEncode(value == null ? "" : value)).append('&');
                }
            }
        }
        byte[] head = parameters.append(PARAMETER).append('=').toString().getBytes(StandardCharsets.UTF_8);
        form = new Form(head, message, head.length + encodedLength(message));
        attributes.putAttribute(FORM, form);
        return form;
    }

    /** The length of the message base64-encoded and then URL-encoded, counted by encoding it once. */
    static long encodedLength(byte[] message) {
        long length = 0;
        try (FormBody encoded = new FormBody(new byte[0], message)) {
            while (encoded.fill()) {
                length += encoded.limit;
                encoded.position = encoded.limit;
            }
        }
        return length;
    }

    /** {@code head}, then the message base64-encoded and then URL-encoded, a chunk at a time as it is read. */
    static InputStream formBody(byte[] head, byte[] message) {
        return new FormBody(head, message);
    }

    private static final class FormBody extends InputStream {

        private final byte[] message;
        private final Base64.Encoder base64 = Base64.getEncoder();
        private final byte[] escaped = new byte[CHUNK / 3 * 4 * 3];
        private byte[] buffer;
        private int position;
        private int limit;
        private int next;

        FormBody(byte[] head, byte[] message) {
            this.message = message;
            this.buffer = head;
            this.limit = head.length;
        }

        @Override
        public int read() {
            return fill() ? buffer[position++] & 0xff : -1;
        }

        @Override
        public int read(byte[] into, int offset, int length) {
            if (length == 0) {
                return 0;
            }
            if (!fill()) {
                return -1;
            }
            int count = Math.min(length, limit - position);
            System.arraycopy(buffer, position, into, offset, count);
            position += count;
            return count;
        }

        @Override
        public void close() {
        }

        /** Makes bytes available unless the body is at its end. */
        boolean fill() {
            if (position < limit) {
                return true;
            }
            if (next >= message.length) {
                return false;
            }
            int end = Math.min(message.length, next + CHUNK);
            ByteBuffer encoded = base64.encode(ByteBuffer.wrap(message, next, end - next));
            next = end;
            int length = 0;
            while (encoded.hasRemaining()) {
                byte b = encoded.get();
                switch (b) {
                    case '+' -> length = escape(length, '2', 'B');
                    case '/' -> length = escape(length, '2', 'F');
                    case '=' -> length = escape(length, '3', 'D');
                    default -> escaped[length++] = b;
                }
            }
            buffer = escaped;
            position = 0;
            limit = length;
            return true;
        }

        private int escape(int at, char high, char low) {
            escaped[at] = '%';
            escaped[at + 1] = (byte) high;
            escaped[at + 2] = (byte) low;
            return at + 3;
        }
    }
}
