package com.example.itemtracker.core.port;

import com.example.itemtracker.core.domain.ItemFilter;
import com.example.itemtracker.core.domain.NewWorkItem;
import com.example.itemtracker.core.domain.WorkItem;

import java.util.List;
import java.util.Optional;

/**
 * Where work items live. Implementations are thread-safe and report failures only as
 * {@link com.example.itemtracker.core.domain.StoreUnavailableException} (retry later),
 * {@link com.example.itemtracker.core.domain.StoreFailureException}, or, when the database
 * refuses a value the domain accepts, {@link com.example.itemtracker.core.domain.InvalidInputException}. Every store passes the
 * contract suite {@code WorkItemStoreContract} in this module's test-jar.
 */
public interface WorkItemStore {

    /** The items the filter covers, ordered by id, oldest first; the whole list, however long. */
    List<WorkItem> list(ItemFilter filter);

    Optional<WorkItem> find(long id);

    /** Stores a new, active item and returns it as stored, with its new id. */
    WorkItem add(NewWorkItem item);

    /**
     * Marks the item archived and returns it as stored. Archiving an archived item changes nothing
     * and returns it again; an unknown id returns empty.
     */
    Optional<WorkItem> archive(long id);
}
