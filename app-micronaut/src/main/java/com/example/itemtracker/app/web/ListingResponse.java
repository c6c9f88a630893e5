package com.example.itemtracker.app.web;

import com.example.itemtracker.core.domain.ItemFilter;
import com.example.itemtracker.core.usecase.WorkItemService;
import io.micronaut.core.propagation.PropagatedContext;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.server.types.files.StreamedFile;
import io.netty.buffer.ByteBuf;
import io.netty.buffer.ByteBufAllocator;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.channels.Channel;
import java.nio.channels.Channels;
import java.nio.channels.Pipe;

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
    /** Writes into the pipe a piece of this size at a time, not an item at a time. */
    private static final int PIPE_BUFFER = 64 * 1024;

    private ListingResponse() {
    }

    static HttpResponse<?> of(WorkItemService items, ItemFilter filter) {
        ByteBuf body = ByteBufAllocator.DEFAULT.buffer(Whole.INITIAL_CAPACITY);
        try {
            write(items, filter, new Whole(body));
        } catch (Whole.TooLarge e) {
            body.release();
            return streamed(items, filter);
        } catch (RuntimeException | Error e) {
            body.release();
            throw e;
        }
        // Netty writes the pooled buffer as it is and releases it once sent.
        return HttpResponse.ok(body).contentType(MediaType.APPLICATION_JSON_TYPE);
    }

    private static void write(WorkItemService items, ItemFilter filter, OutputStream out) {
        ItemJsonWriter.Array array = ItemJsonWriter.array(out);
        items.forEach(filter, array::add);
        array.finish();
    }

    /**
     * The listing read again by a virtual thread of its own (with the request's context) into a pipe
     * the response reads. An OS pipe, not the JDK's PipedInputStream: the server reads the body a
     * piece at a time on whichever thread is free, and that class fails the writer ("Read end dead")
     * once the thread that last read has ended, which cut large listings short under load.
     */
    private static HttpResponse<?> streamed(WorkItemService items, ItemFilter filter) {
        Pipe pipe;
        try {
            pipe = Pipe.open();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Thread.ofVirtual().name("listing").start(PropagatedContext.getOrEmpty().wrap(() -> {
            OutputStream out = new BufferedOutputStream(Channels.newOutputStream(pipe.sink()), PIPE_BUFFER);
            try {
                write(items, filter, out);
                out.close();
            } catch (RuntimeException | IOException e) {
                // The reading end is closed first, so that the response's next read fails and the
                // connection is cut, rather than a chunked answer ended as if it were whole.
                closeQuietly(pipe.source());
                closeQuietly(pipe.sink());
                LOG.warn("A streamed listing ended early: {}", e.toString());
            }
        }));
        return HttpResponse.ok(new StreamedFile(Channels.newInputStream(pipe.source()), MediaType.APPLICATION_JSON_TYPE));
    }

    private static void closeQuietly(Channel channel) {
        try {
            channel.close();
        } catch (IOException e) {
            LOG.debug("Closing a listing's pipe: {}", e.toString());
        }
    }

    /**
     * The JSON in a pooled buffer of Netty's, up to the limit: it grows without copies into arrays
     * of our own, and the socket is written from it directly (a heap array cost the list call three
     * copies and most of its garbage: bench/list-vs-pgbench.sh).
     */
    private static final class Whole extends OutputStream {

        /** A listing of the client's kind (100 items) fits without growing. */
        static final int INITIAL_CAPACITY = 16 * 1024;

        /** Stops a listing that outgrows the limit; it is then streamed instead. */
        static final class TooLarge extends RuntimeException {
            TooLarge() {
                super(null, null, false, false);
            }
        }

        private final ByteBuf buffer;

        Whole(ByteBuf buffer) {
            this.buffer = buffer;
        }

        @Override
        public void write(int b) {
            write(new byte[] {(byte) b}, 0, 1);
        }

        @Override
        public void write(byte[] bytes, int offset, int length) {
            if (buffer.writerIndex() + length > WHOLE_LIMIT) {
                throw new TooLarge();
            }
            buffer.writeBytes(bytes, offset, length);
        }
    }
}
