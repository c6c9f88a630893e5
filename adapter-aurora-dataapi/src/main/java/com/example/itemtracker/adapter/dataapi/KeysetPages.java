package com.example.itemtracker.adapter.dataapi;

import com.example.itemtracker.core.domain.StoreFailureException;
import com.example.itemtracker.core.domain.WorkItem;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/**
 * Reads a listing of any length in pages ordered by id ({@code WHERE iditem > :after LIMIT :limit}),
 * so no response nears the Data API's 1 MiB cap; a page that still hits it (very long
 * descriptions) is read again at half the size.
 */
final class KeysetPages {

    /** One page: the rows with an id above {@code after}, at most {@code limit} of them. */
    @FunctionalInterface
    interface Page {
        List<WorkItem> read(long after, int limit);
    }

    private KeysetPages() {
    }

    static List<WorkItem> readAll(int pageSize, Page page) {
        List<WorkItem> items = new ArrayList<>();
        forEach(pageSize, page, items::add);
        return items;
    }

    /** Hands each page's rows to the sink before the next page is read. */
    static void forEach(int pageSize, Page page, Consumer<? super WorkItem> sink) {
        int limit = pageSize;
        long after = 0;
        while (true) {
            List<WorkItem> rows;
            try {
                rows = page.read(after, limit);
            } catch (DataApiErrors.ResponseTooLarge e) {
                if (limit == 1) {
                    throw new StoreFailureException("A single work item is larger than the Data API's response limit", e.getCause());
                }
                limit = Math.max(1, limit / 2);
                continue;
            }
            rows.forEach(sink);
            if (rows.size() < limit) {
                return;
            }
            after = rows.getLast().id();
        }
    }
}
