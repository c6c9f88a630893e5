package com.example.itemtracker.core.port;

import com.example.itemtracker.core.domain.ItemFilter;
import com.example.itemtracker.core.domain.NewWorkItem;
import com.example.itemtracker.core.domain.WorkItem;

import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;

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

    /**
     * The items {@link #list} returns, handed to {@code sink} one by one in the same order while the
     * store reads them, so a listing of any length need not be held whole: stores read with a cursor
     * or page by page where their database allows. The sink runs while the store holds a connection,
     * so it should write to memory, not wait on a network. What it throws is thrown from here.
     */
    default void forEach(ItemFilter filter, Consumer<? super WorkItem> sink) {
        list(filter).forEach(sink);
    }

    Optional<WorkItem> find(long id);

    /** Stores a new, active item and returns it as stored, with its new id. */
    WorkItem add(NewWorkItem item);

    /**
     * Marks the item archived and returns it as stored. Archiving an archived item changes nothing
     * and returns it again; an unknown id returns empty.
     */
    Optional<WorkItem> archive(long id);
}
