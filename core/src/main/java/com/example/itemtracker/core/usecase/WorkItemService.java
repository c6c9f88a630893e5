package com.example.itemtracker.core.usecase;

import com.example.itemtracker.core.domain.ItemFilter;
import com.example.itemtracker.core.domain.NewWorkItem;
import com.example.itemtracker.core.domain.WorkItem;
import com.example.itemtracker.core.domain.WorkItemNotFoundException;
import com.example.itemtracker.core.port.WorkItemStore;

import java.util.List;
import java.util.Objects;
import java.util.function.Consumer;

/** The work item use cases: what the web layer (or any embedding program) calls. */
public final class WorkItemService {

    private final WorkItemStore store;

    public WorkItemService(WorkItemStore store) {
        this.store = Objects.requireNonNull(store, "store");
    }

    public List<WorkItem> list(ItemFilter filter) {
        return store.list(Objects.requireNonNull(filter, "filter"));
    }

    /** The listing item by item, without holding it whole: see {@link WorkItemStore#forEach}. */
    public void forEach(ItemFilter filter, Consumer<? super WorkItem> sink) {
        store.forEach(Objects.requireNonNull(filter, "filter"), Objects.requireNonNull(sink, "sink"));
    }

    /** @throws WorkItemNotFoundException when no item has this id */
    public WorkItem get(long id) {
        return store.find(id).orElseThrow(() -> new WorkItemNotFoundException(id));
    }

    public WorkItem add(NewWorkItem item) {
        return store.add(Objects.requireNonNull(item, "item"));
    }

    /** Idempotent: archiving an archived item returns it unchanged. */
    public WorkItem archive(long id) {
        return store.archive(id).orElseThrow(() -> new WorkItemNotFoundException(id));
    }
}
