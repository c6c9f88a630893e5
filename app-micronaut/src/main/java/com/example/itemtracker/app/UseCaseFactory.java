package com.example.itemtracker.app;

import com.example.itemtracker.app.config.StoreConfiguration;
import com.example.itemtracker.app.metrics.MeteredWorkItemStore;
import com.example.itemtracker.core.port.WorkItemStore;
import com.example.itemtracker.core.usecase.WorkItemService;
import io.micrometer.core.instrument.MeterRegistry;
import io.micronaut.context.annotation.Bean;
import io.micronaut.context.annotation.Factory;
import jakarta.inject.Singleton;

/** The core use cases, over whichever store adapter the configuration selected, timed. */
@Factory
final class UseCaseFactory {

    /** Typed as itself only, so that injecting a {@link WorkItemStore} still means the adapter. */
    @Singleton
    @Bean(typed = MeteredWorkItemStore.class)
    MeteredWorkItemStore meteredStore(WorkItemStore store, MeterRegistry registry, StoreConfiguration settings) {
        return new MeteredWorkItemStore(store, registry, settings.store().configName());
    }

    @Singleton
    WorkItemService workItemService(MeteredWorkItemStore store) {
        return new WorkItemService(store);
    }
}
