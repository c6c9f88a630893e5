package com.example.itemtracker.core.port;

class InMemoryWorkItemStoreTest extends WorkItemStoreContract {

    @Override
    protected WorkItemStore emptyStore() {
        return new InMemoryWorkItemStore();
    }
}
