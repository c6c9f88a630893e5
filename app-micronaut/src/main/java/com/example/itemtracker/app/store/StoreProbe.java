package com.example.itemtracker.app.store;

/**
 * How the health endpoint asks the configured store whether it can serve. Each store's factory
 * provides one; a probe throws what a real call would (a {@code WorkItemException}).
 */
public interface StoreProbe {

    /** The store's configuration name, as in {@code STORE}. */
    String store();

    void check();
}
