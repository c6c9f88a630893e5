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

/**
 * The answer to a listing of any length. Up to {@link #WHOLE_LIMIT} bytes of JSON (some 35,000
 * items) it is one body with a Content-Length, written on the request's own thread once the listing
 * is complete, so that a store failure is still a problem response. A listing that outgrows the
 * limit is stopped and read again, streaming (chunked) while the store reads: the service then holds
 * a bounded buffer, not the listing; a failure after that point can only cut the response short,
 * which the client sees as a broken answer, never as a shorter list. Streaming holds a database
 * connection while the client reads and costs about twice the CPU per item (bench/cost-growth.sh),
 * hence the generous limit: it is for the listings that would not fit.
 */
final class ListingResponse {

    private static final Logger LOG = LoggerFactory.getLogger(ListingResponse.class);
    static final int WHOLE_LIMIT = 4 * 1024 * 1024;
    private static final int PIPE_SIZE = 64 * 1024;

    private ListingResponse() {
    }

    static HttpResponse<?> of(WorkItemService items, ItemFilter filter) {
        Whole whole = new Whole();
        try {
            write(items, filter, whole);
        } catch (Whole.TooLarge e) {
            return streamed(items, filter);
        }
        return HttpResponse.ok(whole.bytes()).contentType(MediaType.APPLICATION_JSON_TYPE);
    }

    private static void write(WorkItemService items, ItemFilter filter, OutputStream out) {
        ItemJsonWriter.Array array = ItemJsonWriter.array(out);
        items.forEach(filter, array::add);
        array.finish();
    }

    /** The listing read again by a virtual thread of its own (with the request's context) into a pipe the response reads. */
    private static HttpResponse<?> streamed(WorkItemService items, ItemFilter filter) {
        PipedInputStream body = new PipedInputStream(PIPE_SIZE);
        PipedOutputStream pipe;
        try {
            pipe = new PipedOutputStream(body);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Thread.ofVirtual().name("listing").start(PropagatedContext.getOrEmpty().wrap(() -> {
            try {
                write(items, filter, pipe);
                pipe.close();
            } catch (RuntimeException | IOException e) {
                // The pipe is left unclosed: its reader then fails ("write end dead") and the connection
                // is cut, rather than a chunked answer ended as if it were whole.
                LOG.warn("A streamed listing ended early: {}", e.toString());
            }
        }));
        return HttpResponse.ok(new StreamedFile(body, MediaType.APPLICATION_JSON_TYPE));
    }

    /** The JSON in memory, up to the limit. */
    private static final class Whole extends OutputStream {

        /** Stops a listing that outgrows the limit; it is then streamed instead. */
        static final class TooLarge extends RuntimeException {
            TooLarge() {
                super(null, null, false, false);
            }
        }

        private byte[] buffer = new byte[8 * 1024];
        private int size;

        byte[] bytes() {
            return size == buffer.length ? buffer : Arrays.copyOf(buffer, size);
        }

        @Override
        public void write(int b) {
            write(new byte[] {(byte) b}, 0, 1);
        }

        @Override
        public void write(byte[] bytes, int offset, int length) {
            if (size + length > WHOLE_LIMIT) {
                throw new TooLarge();
            }
            if (size + length > buffer.length) {
                buffer = Arrays.copyOf(buffer, Math.min(WHOLE_LIMIT, Math.max(buffer.length * 2, size + length)));
            }
            System.arraycopy(bytes, offset, buffer, size, length);
            size += length;
        }
    }
}
