package com.example.itemtracker.core.port;

import com.example.itemtracker.core.domain.ItemFilter;
import com.example.itemtracker.core.domain.NewWorkItem;
import com.example.itemtracker.core.domain.WorkItem;

import java.util.List;
import java.util.Optional;
import java.util.concurrent.ConcurrentSkipListMap;
import java.util.concurrent.atomic.AtomicLong;

/**
 * A test double for use-case tests in any module (it ships in core's test-jar). It passes the
 * contract suite, which is also how the suite itself is checked.
 */
public final class InMemoryWorkItemStore implements WorkItemStore {

    private final ConcurrentSkipListMap<Long, WorkItem> items = new ConcurrentSkipListMap<>();
    private final AtomicLong lastId = new AtomicLong();

    @Override
    public List<WorkItem> list(ItemFilter filter) {
        return items.values().stream().filter(item -> filter.matches(item.archived())).toList();
    }

    @Override
    public Optional<WorkItem> find(long id) {
        return Optional.ofNullable(items.get(id));
    }

    @Override
    public WorkItem add(NewWorkItem item) {
        long id = lastId.incrementAndGet();
        WorkItem stored = new WorkItem(id, item.description(), item.guide(), item.status(), item.username(), false);
        items.put(id, stored);
        return stored;
    }

    @Override
    public Optional<WorkItem> archive(long id) {
        return Optional.ofNullable(items.computeIfPresent(id, (key, item) -> item.asArchived()));
    }
}
