package com.example.itemtracker.app.web;

import com.example.itemtracker.core.domain.ItemFilter;
import com.example.itemtracker.core.usecase.WorkItemService;
import io.micronaut.core.propagation.PropagatedContext;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.server.types.files.StreamedFile;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.io.OutputStream;
import java.io.PipedInputStream;
import java.io.PipedOutputStream;
import java.io.UncheckedIOException;
import java.util.Arrays;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;

/**
 * The answer to a listing of any length. Up to {@link #WHOLE_LIMIT} bytes of JSON (some 35,000 items) it is one body
 * with a Content-Length, written once the listing is complete, so that a store failure is still a
 * problem response. Beyond that the JSON streams out (chunked) while the store reads: the service
 * then holds a bounded buffer, not the listing; a failure after that point can only cut the
 * response short, which the client sees as a broken answer, never as a shorter list. Streaming
 * holds a database connection while the client reads and costs about twice the CPU per item
 * (bench/cost-growth.sh), hence the generous limit: it is for the listings that would not fit.
 */
final class ListingResponse {

    private static final Logger LOG = LoggerFactory.getLogger(ListingResponse.class);
    static final int WHOLE_LIMIT = 4 * 1024 * 1024;
    private static final int PIPE_SIZE = 64 * 1024;

    private ListingResponse() {
    }

    /** Blocks until the listing is complete or has begun to stream; store failures before that are thrown. */
    static HttpResponse<?> of(WorkItemService items, ItemFilter filter) {
        CompletableFuture<HttpResponse<?>> answer = new CompletableFuture<>();
        Thread.ofVirtual().name("listing").start(PropagatedContext.getOrEmpty().wrap(() -> {
            Spill spill = new Spill(answer);
            ItemJsonWriter.Array array = ItemJsonWriter.array(spill);
            try {
                items.forEach(filter, array::add);
                array.finish();
                if (!spill.streaming()) {
                    answer.complete(HttpResponse.ok(spill.whole()).contentType(MediaType.APPLICATION_JSON_TYPE));
                }
                spill.close();
            } catch (RuntimeException e) {
                // Once streaming, the pipe is left unclosed: its reader then fails ("write end dead")
                // and the connection is cut, rather than ending a chunked answer as if it were whole.
                if (!answer.completeExceptionally(e)) {
                    LOG.warn("A streamed listing ended early: {}", e.toString());
                }
            }
        }));
        try {
            return answer.get();
        } catch (ExecutionException e) {
            throw e.getCause() instanceof RuntimeException runtime ? runtime : new IllegalStateException(e.getCause());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** Keeps the JSON in memory up to the limit, then answers with a stream and writes through a pipe. */
    private static final class Spill extends OutputStream {

        private final CompletableFuture<HttpResponse<?>> answer;
        private byte[] buffer = new byte[8 * 1024];
        private int size;
        private PipedOutputStream pipe;

        Spill(CompletableFuture<HttpResponse<?>> answer) {
            this.answer = answer;
        }

        boolean streaming() {
            return pipe != null;
        }

        byte[] whole() {
            return Arrays.copyOf(buffer, size);
        }

        @Override
        public void write(int b) {
            write(new byte[] {(byte) b}, 0, 1);
        }

        @Override
        public void write(byte[] bytes, int offset, int length) {
            try {
                if (pipe != null) {
                    pipe.write(bytes, offset, length);
                    return;
                }
                if (size + length <= WHOLE_LIMIT) {
                    if (size + length > buffer.length) {
                        buffer = Arrays.copyOf(buffer, Math.min(WHOLE_LIMIT, Math.max(buffer.length * 2, size + length)));
                    }
                    System.arraycopy(bytes, offset, buffer, size, length);
                    size += length;
                    return;
                }
                PipedInputStream body = new PipedInputStream(PIPE_SIZE);
                pipe = new PipedOutputStream(body);
                answer.complete(HttpResponse.ok(new StreamedFile(body, MediaType.APPLICATION_JSON_TYPE)));
                pipe.write(buffer, 0, size);
                buffer = null;
                pipe.write(bytes, offset, length);
            } catch (IOException e) {
                throw new UncheckedIOException("The client stopped reading the listing", e);
            }
        }

        @Override
        public void close() {
            if (pipe != null) {
                try {
                    pipe.close();
                } catch (IOException e) {
                    LOG.debug("Closing a streamed listing", e);
                }
            }
        }
    }
}
