package com.example.itemtracker.testsupport;

import java.util.ArrayDeque;
import java.util.Deque;

/** Faults a fake service answers with, in order, one per call, before it answers normally again. */
public final class FaultQueue<F> {

    private final Deque<F> faults = new ArrayDeque<>();

    public synchronized void add(F fault) {
        faults.add(fault);
    }

    public synchronized void add(int calls, F fault) {
        for (int i = 0; i < calls; i++) {
            faults.add(fault);
        }
    }

    /** The fault for this call, or null to answer normally. */
    public synchronized F next() {
        return faults.poll();
    }

    public synchronized void clear() {
        faults.clear();
    }
}
