package com.example.itemtracker.app.web;

import com.example.itemtracker.core.domain.ItemFilter;
import com.example.itemtracker.core.domain.NewWorkItem;
import com.example.itemtracker.core.domain.WorkItem;
import com.example.itemtracker.core.port.WorkItemStore;
import com.example.itemtracker.core.usecase.WorkItemService;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.server.types.files.StreamedFile;
import org.junit.jupiter.api.Test;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Consumer;
import java.util.stream.LongStream;

import static org.assertj.core.api.Assertions.assertThat;

/** A listing over the whole-body limit, read the way the server reads it: a piece at a time, each on any thread. */
class ListingResponseTest {

    private static final int ITEMS = 40_000;

    @Test
    void aStreamedListingIsCompleteWhenEachPieceIsReadByAThreadThatThenEnds() throws Exception {
        HttpResponse<?> response = ListingResponse.of(new WorkItemService(new ManyItems()), ItemFilter.ALL);
        assertThat(response.body()).isInstanceOf(StreamedFile.class);
        InputStream body = ((StreamedFile) response.body()).getInputStream();
        String json;

        try (ExecutorService threadPerRead = Executors.newVirtualThreadPerTaskExecutor()) {
            byte[] first = threadPerRead.submit(() -> body.readNBytes(1024)).get();
            // The writer fills the pipe while the thread that last read is gone (JDK pipes refuse that:
            // "Read end dead", and the answer was cut short).
            Thread.sleep(1_500);
            byte[] rest = threadPerRead.submit(body::readAllBytes).get();
            json = new String(first, StandardCharsets.UTF_8) + new String(rest, StandardCharsets.UTF_8);
        }
        assertThat(json).startsWith("[{\"id\":\"1\"").endsWith("}]");
        assertThat(json.split("\"id\":", -1)).hasSize(ITEMS + 1);
    }

    /** Enough items for some 6 MB of JSON, over the 4 MiB answered whole. */
    private static final class ManyItems implements WorkItemStore {

        @Override
        public List<WorkItem> list(ItemFilter filter) {
            return LongStream.rangeClosed(1, ITEMS).mapToObj(ManyItems::item).toList();
        }

        @Override
        public void forEach(ItemFilter filter, Consumer<? super WorkItem> sink) {
            LongStream.rangeClosed(1, ITEMS).mapToObj(ManyItems::item).forEach(sink);
        }

        private static WorkItem item(long id) {
            return new WorkItem(id, "Item " + id + " of a listing too long to answer whole, streamed instead", "java", "", "Me", false);
        }

        @Override
        public Optional<WorkItem> find(long id) {
            return Optional.empty();
        }

        @Override
        public WorkItem add(NewWorkItem item) {
            throw new UnsupportedOperationException("read only");
        }

        @Override
        public Optional<WorkItem> archive(long id) {
            return Optional.empty();
        }
    }
}
