package com.example.itemtracker.app.harness;

import com.example.itemtracker.app.store.StoreProbe;
import com.example.itemtracker.core.domain.ItemFilter;
import com.example.itemtracker.core.domain.NewWorkItem;
import com.example.itemtracker.core.domain.StoreFailureException;
import com.example.itemtracker.core.domain.StoreUnavailableException;
import com.example.itemtracker.core.domain.WorkItem;
import com.example.itemtracker.core.domain.WorkItemException;
import com.example.itemtracker.core.port.InMemoryWorkItemStore;
import com.example.itemtracker.core.port.WorkItemStore;
import io.micronaut.context.annotation.Factory;
import io.micronaut.context.annotation.Property;
import io.micronaut.context.annotation.Replaces;
import io.micronaut.context.annotation.Requires;
import jakarta.inject.Singleton;

import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;

/**
 * Test-only: with {@code test.store-fault} set, the store (and its probe) fail the way a real one
 * can: {@code unavailable} (Aurora resuming, database down) or {@code failure} (e.g. access denied,
 * with a message naming infrastructure that must not reach the client). With {@code none} it works
 * in memory and records the threads it was called on; with {@code slow} it works, each call taking
 * {@link #SLOW_CALL}.
 */
@Factory
@Requires(property = "test.store-fault")
public class FaultyStoreFactory {

    public static final List<Thread> CALLING_THREADS = new CopyOnWriteArrayList<>();
    public static final int MANY = 60_000;
    public static final Duration SLOW_CALL = Duration.ofMillis(1_500);
    public static final String SECRET_DETAIL = "password=hunter2 at jdbc:postgresql://db.internal:5432/prod";

    @Singleton
    @Replaces(WorkItemStore.class)
    WorkItemStore store(@Property(name = "test.store-fault") String fault) {
        InMemoryWorkItemStore memory = new InMemoryWorkItemStore();
        return new WorkItemStore() {
            @Override
            public List<WorkItem> list(ItemFilter filter) {
                failIfAsked(fault);
                return memory.list(filter);
            }

            /** {@code many}: {@link #MANY} items; {@code fails-midway}: the store fails three quarters of the way through them. */
            @Override
            public void forEach(ItemFilter filter, Consumer<? super WorkItem> sink) {
                if (!fault.equals("many") && !fault.equals("fails-midway")) {
                    failIfAsked(fault);
                    memory.forEach(filter, sink);
                    return;
                }
                for (long id = 1; id <= MANY; id++) {
                    if (fault.equals("fails-midway") && id == MANY * 3 / 4) {
                        throw new StoreUnavailableException("connection lost: " + SECRET_DETAIL, Duration.ofSeconds(30), null);
                    }
                    sink.accept(new WorkItem(id, "Show how to add item " + id, "java", "", "Me", false));
                }
            }

            @Override
            public Optional<WorkItem> find(long id) {
                failIfAsked(fault);
                return memory.find(id);
            }

            @Override
            public WorkItem add(NewWorkItem item) {
                failIfAsked(fault);
                return memory.add(item);
            }

            @Override
            public Optional<WorkItem> archive(long id) {
                failIfAsked(fault);
                return memory.archive(id);
            }
        };
    }

    @Singleton
    @Replaces(StoreProbe.class)
    StoreProbe probe(@Property(name = "test.store-fault") String fault) {
        return new StoreProbe("test", () -> failIfAsked(fault));
    }

    private static void failIfAsked(String fault) {
        CALLING_THREADS.add(Thread.currentThread());
        if (fault.equals("slow")) {
            try {
                Thread.sleep(SLOW_CALL);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
        WorkItemException failure = switch (fault) {
            case "unavailable" -> new StoreUnavailableException("cluster resuming: " + SECRET_DETAIL, Duration.ofSeconds(30), null);
            case "failure" -> new StoreFailureException("access denied: " + SECRET_DETAIL, new IllegalStateException(SECRET_DETAIL));
            default -> null;
        };
        if (failure != null) {
            throw failure;
        }
    }
}
