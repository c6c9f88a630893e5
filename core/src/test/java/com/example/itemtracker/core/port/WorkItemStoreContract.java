package com.example.itemtracker.core.port;

import com.example.itemtracker.core.domain.ItemFilter;
import com.example.itemtracker.core.domain.NewWorkItem;
import com.example.itemtracker.core.domain.WorkItem;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The behaviour every {@link WorkItemStore} promises. A store adapter's test extends this class and
 * returns, from {@link #emptyStore()}, a store over an empty table; the suite is shipped in core's
 * test-jar so all adapters run the same tests.
 */
public abstract class WorkItemStoreContract {

    protected WorkItemStore store;

    /** A store whose table exists and holds no rows. Called before every test. */
    protected abstract WorkItemStore emptyStore() throws Exception;

    @BeforeEach
    void setUpStore() throws Exception {
        store = emptyStore();
    }

    protected static NewWorkItem item(String username, String description) {
        return new NewWorkItem(description, "java", "In progress", username);
    }

    @Test
    void anEmptyStoreListsNothing() {
        for (ItemFilter filter : ItemFilter.values()) {
            assertThat(store.list(filter)).as(filter.name()).isEmpty();
        }
    }

    @Test
    void addReturnsTheStoredItemWithANewIdAndActive() {
        WorkItem added = store.add(new NewWorkItem("Show how to add an item", "python", "In progress", "Me"));

        assertThat(added.id()).isPositive();
        assertThat(added).isEqualTo(new WorkItem(added.id(), "Show how to add an item", "python", "In progress", "Me", false));
    }

    @Test
    void findReturnsWhatAddStored() {
        WorkItem added = store.add(item("Me", "Find me"));

        assertThat(store.find(added.id())).contains(added);
    }

    @Test
    void findOfAnUnknownIdIsEmpty() {
        WorkItem added = store.add(item("Me", "Only one"));

        assertThat(store.find(added.id() + 1000)).isEmpty();
        assertThat(store.find(Long.MAX_VALUE)).isEmpty();
    }

    @Test
    void emptyStatusAndGuideRoundTripAsEmptyStrings() {
        WorkItem added = store.add(new NewWorkItem("No status yet", "", "", "Me"));

        assertThat(added.status()).isEmpty();
        assertThat(added.guide()).isEmpty();
        assertThat(store.find(added.id())).contains(added);
    }

    @Test
    void listIsOrderedByIdAndFiltersByArchived() {
        WorkItem first = store.add(item("A", "first"));
        WorkItem second = store.add(item("B", "second"));
        WorkItem third = store.add(item("C", "third"));
        WorkItem archivedSecond = store.archive(second.id()).orElseThrow();

        assertThat(store.list(ItemFilter.ALL)).containsExactly(first, archivedSecond, third);
        assertThat(store.list(ItemFilter.ACTIVE)).containsExactly(first, third);
        assertThat(store.list(ItemFilter.ARCHIVED)).containsExactly(archivedSecond);
    }

    @Test
    void forEachHandsOverWhatListReturnsInOrderBeyondAFetchOrPage() {
        List<WorkItem> added = new ArrayList<>();
        for (int i = 0; i < 1_100; i++) {
            added.add(store.add(item("Me", "item " + i)));
        }
        added.set(7, store.archive(added.get(7).id()).orElseThrow());

        for (ItemFilter filter : ItemFilter.values()) {
            List<WorkItem> streamed = new ArrayList<>();
            store.forEach(filter, streamed::add);
            assertThat(streamed).as("%s", filter).containsExactlyElementsOf(store.list(filter));
        }
        List<WorkItem> all = new ArrayList<>();
        store.forEach(ItemFilter.ALL, all::add);
        assertThat(all).containsExactlyElementsOf(added);
    }

    @Test
    void aSinkThatFailsEndsTheListingAndTheStoreStaysUsable() {
        for (int i = 0; i < 5; i++) {
            store.add(item("Me", "item " + i));
        }
        IllegalStateException stop = new IllegalStateException("the client went away");
        // More times than a pool has connections: each failed listing must give its connection back.
        for (int attempt = 0; attempt < 12; attempt++) {
            List<WorkItem> seen = new ArrayList<>();
            assertThatThrownBy(() -> store.forEach(ItemFilter.ALL, item -> {
                seen.add(item);
                if (seen.size() == 3) {
                    throw stop;
                }
            })).isSameAs(stop);
            assertThat(seen).hasSize(3);
        }
        assertThat(store.add(item("Me", "after"))).isNotNull();
        assertThat(store.list(ItemFilter.ALL)).hasSize(6);
    }

    @Test
    void idsIncreaseWithEachAdd() {
        long previous = 0;
        for (int i = 0; i < 5; i++) {
            long id = store.add(item("Me", "item " + i)).id();
            assertThat(id).isGreaterThan(previous);
            previous = id;
        }
    }

    @Test
    void archiveReturnsTheArchivedItemAndPersistsIt() {
        WorkItem added = store.add(item("Me", "Archive me"));

        WorkItem archived = store.archive(added.id()).orElseThrow();

        assertThat(archived).isEqualTo(new WorkItem(added.id(), "Archive me", "java", "In progress", "Me", true));
        assertThat(store.find(added.id())).contains(archived);
    }

    @Test
    void archiveIsIdempotent() {
        WorkItem added = store.add(item("Me", "Archive me twice"));

        WorkItem once = store.archive(added.id()).orElseThrow();
        WorkItem twice = store.archive(added.id()).orElseThrow();

        assertThat(twice).isEqualTo(once);
        assertThat(store.list(ItemFilter.ARCHIVED)).containsExactly(once);
    }

    @Test
    void archiveOfAnUnknownIdIsEmptyAndChangesNothing() {
        WorkItem added = store.add(item("Me", "Stay active"));

        assertThat(store.archive(added.id() + 1000)).isEmpty();
        assertThat(store.list(ItemFilter.ACTIVE)).containsExactly(added);
        assertThat(store.list(ItemFilter.ARCHIVED)).isEmpty();
    }

    @Test
    void unicodeRoundTripsExactly() {
        String fortyFiveEmoji = "😀".repeat(NewWorkItem.MAX_USERNAME);
        NewWorkItem unicode = new NewWorkItem(
                "Ünïcödé — 日本語のテキスト, עברית, emoji 🎉👩‍💻, combining e\u0301, tab\tand\nnewline",
                "日本語ガイド",
                "状態: 進行中 ✅",
                fortyFiveEmoji);

        WorkItem added = store.add(unicode);

        WorkItem expected = new WorkItem(added.id(), unicode.description(), unicode.guide(), unicode.status(),
                unicode.username(), false);
        assertThat(added).isEqualTo(expected);
        assertThat(store.find(added.id())).contains(expected);
        assertThat(store.list(ItemFilter.ALL)).containsExactly(expected);
    }

    @Test
    void textAtTheLengthLimitsRoundTrips() {
        NewWorkItem longest = new NewWorkItem(
                "d".repeat(NewWorkItem.MAX_DESCRIPTION),
                "g".repeat(NewWorkItem.MAX_GUIDE),
                "s".repeat(NewWorkItem.MAX_STATUS),
                "u".repeat(NewWorkItem.MAX_USERNAME));

        WorkItem added = store.add(longest);

        assertThat(store.find(added.id())).contains(added);
        assertThat(added.description()).hasSize(NewWorkItem.MAX_DESCRIPTION);
    }

    @Test
    void sqlMetacharactersAreStoredAsText() {
        NewWorkItem tricky = new NewWorkItem("'); DROP TABLE work_items; --", "\"java\"", "50% done \\ _", "O'Brien");

        WorkItem added = store.add(tricky);

        assertThat(store.find(added.id())).contains(added);
        assertThat(added.username()).isEqualTo("O'Brien");
        assertThat(store.list(ItemFilter.ALL)).hasSize(1);
    }

    @Test
    void concurrentAddsGetDistinctIds() throws Exception {
        int threads = 8;
        int perThread = 20;
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            List<Callable<List<Long>>> tasks = new ArrayList<>();
            for (int t = 0; t < threads; t++) {
                int thread = t;
                tasks.add(() -> {
                    List<Long> ids = new ArrayList<>();
                    for (int i = 0; i < perThread; i++) {
                        ids.add(store.add(item("thread-" + thread, "item " + i)).id());
                    }
                    return ids;
                });
            }
            Set<Long> ids = new HashSet<>();
            for (Future<List<Long>> result : pool.invokeAll(tasks)) {
                ids.addAll(result.get());
            }
            assertThat(ids).hasSize(threads * perThread);
            assertThat(store.list(ItemFilter.ALL)).hasSize(threads * perThread)
                    .extracting(WorkItem::id).containsExactlyInAnyOrderElementsOf(ids).isSorted();
        } finally {
            pool.shutdownNow();
        }
    }
}
