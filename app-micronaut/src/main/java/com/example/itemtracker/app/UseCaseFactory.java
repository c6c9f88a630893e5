package com.example.itemtracker.app;

import com.example.itemtracker.core.port.WorkItemStore;
import com.example.itemtracker.core.usecase.WorkItemService;
import io.micronaut.context.annotation.Factory;
import jakarta.inject.Singleton;

/** The core use cases, over whichever store adapter the configuration selected. */
@Factory
final class UseCaseFactory {

    @Singleton
    WorkItemService workItemService(WorkItemStore store) {
        return new WorkItemService(store);
    }
}
