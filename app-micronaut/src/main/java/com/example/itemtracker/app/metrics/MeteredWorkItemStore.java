package com.example.itemtracker.app.metrics;

import com.example.itemtracker.core.domain.InvalidInputException;
import com.example.itemtracker.core.domain.ItemFilter;
import com.example.itemtracker.core.domain.NewWorkItem;
import com.example.itemtracker.core.domain.StoreUnavailableException;
import com.example.itemtracker.core.domain.WorkItem;
import com.example.itemtracker.core.port.WorkItemStore;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;

import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;

/**
 * The selected store, with every operation timed as {@value #NAME}, tagged by operation, store
 * kind and outcome ({@code ok}, {@code unavailable}, {@code rejected} or {@code failed}).
 */
public final class MeteredWorkItemStore implements WorkItemStore {

    static final String NAME = "itemtracker.store.operations";

    private final WorkItemStore store;
    private final MeterRegistry registry;
    private final String kind;

    public MeteredWorkItemStore(WorkItemStore store, MeterRegistry registry, String kind) {
        this.store = store;
        this.registry = registry;
        this.kind = kind;
    }

    @Override
    public List<WorkItem> list(ItemFilter filter) {
        return timed("list", () -> store.list(filter));
    }

    @Override
    public Optional<WorkItem> find(long id) {
        return timed("find", () -> store.find(id));
    }

    @Override
    public WorkItem add(NewWorkItem item) {
        return timed("add", () -> store.add(item));
    }

    @Override
    public Optional<WorkItem> archive(long id) {
        return timed("archive", () -> store.archive(id));
    }

    private <T> T timed(String operation, Supplier<T> call) {
        long start = System.nanoTime();
        String outcome = "failed";
        try {
            T result = call.get();
            outcome = "ok";
            return result;
        } catch (StoreUnavailableException e) {
            outcome = "unavailable";
            throw e;
        } catch (InvalidInputException e) {
            outcome = "rejected";
            throw e;
        } finally {
            Timer.builder(NAME).description("Work item store operations")
                    .tag("operation", operation).tag("store", kind).tag("outcome", outcome)
                    .register(registry).record(System.nanoTime() - start, TimeUnit.NANOSECONDS);
        }
    }
}
