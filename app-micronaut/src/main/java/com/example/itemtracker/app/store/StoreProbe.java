package com.example.itemtracker.app.store;

/**
 * How the health endpoint asks the configured store whether it can serve. Each store's factory
 * provides one.
 *
 * @param store the store's configuration name, as in {@code STORE}
 * @param check throws what a real call would (a {@code WorkItemException}) when the store cannot serve
 */
public record StoreProbe(String store, Runnable check) {
}
