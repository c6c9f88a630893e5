package com.example.itemtracker.app.metrics;

import com.example.itemtracker.core.domain.InvalidInputException;
import com.example.itemtracker.core.domain.ItemFilter;
import com.example.itemtracker.core.domain.NewWorkItem;
import com.example.itemtracker.core.domain.StoreUnavailableException;
import com.example.itemtracker.core.domain.WorkItem;
import com.example.itemtracker.core.domain.WorkItemException;
import com.example.itemtracker.core.port.WorkItemStore;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import java.util.function.Supplier;

/**
 * The selected store, with every operation timed as {@value #NAME}, tagged by operation, store
 * kind and outcome: {@code ok}, {@code unavailable}, {@code rejected}, {@code failed}, or
 * {@code stopped} when the caller's sink ended a listing (stores fail only with the domain's
 * exceptions, so anything else came from the sink; a list call stops a listing that outgrows its
 * whole-body limit and streams it instead).
 */
public final class MeteredWorkItemStore implements WorkItemStore {

    static final String NAME = "itemtracker.store.operations";

    private enum Operation { LIST, FIND, ADD, ARCHIVE }

    private enum Outcome { OK, UNAVAILABLE, REJECTED, FAILED, STOPPED }

    private final WorkItemStore store;
    /** Registered once: a lookup by tags on every call would cost the list call measurably. */
    private final Timer[][] timers = new Timer[Operation.values().length][Outcome.values().length];

    public MeteredWorkItemStore(WorkItemStore store, MeterRegistry registry, String kind) {
        this.store = store;
        for (Operation operation : Operation.values()) {
            for (Outcome outcome : Outcome.values()) {
                timers[operation.ordinal()][outcome.ordinal()] = Timer.builder(NAME).description("Work item store operations")
                        .tag("operation", operation.name().toLowerCase(Locale.ROOT)).tag("store", kind)
                        .tag("outcome", outcome.name().toLowerCase(Locale.ROOT)).register(registry);
            }
        }
    }

    @Override
    public List<WorkItem> list(ItemFilter filter) {
        return timed(Operation.LIST, () -> store.list(filter));
    }

    /** Timed as a list: it is one. */
    @Override
    public void forEach(ItemFilter filter, Consumer<? super WorkItem> sink) {
        timed(Operation.LIST, () -> {
            store.forEach(filter, sink);
            return null;
        });
    }

    @Override
    public Optional<WorkItem> find(long id) {
        return timed(Operation.FIND, () -> store.find(id));
    }

    @Override
    public WorkItem add(NewWorkItem item) {
        return timed(Operation.ADD, () -> store.add(item));
    }

    @Override
    public Optional<WorkItem> archive(long id) {
        return timed(Operation.ARCHIVE, () -> store.archive(id));
    }

    private <T> T timed(Operation operation, Supplier<T> call) {
        long start = System.nanoTime();
        Outcome outcome = Outcome.FAILED;
        try {
            T result = call.get();
            outcome = Outcome.OK;
            return result;
        } catch (StoreUnavailableException e) {
            outcome = Outcome.UNAVAILABLE;
            throw e;
        } catch (InvalidInputException e) {
            outcome = Outcome.REJECTED;
            throw e;
        } catch (WorkItemException e) {
            throw e;
        } catch (RuntimeException e) {
            outcome = Outcome.STOPPED;
            throw e;
        } finally {
            timers[operation.ordinal()][outcome.ordinal()].record(System.nanoTime() - start, TimeUnit.NANOSECONDS);
        }
    }
}
