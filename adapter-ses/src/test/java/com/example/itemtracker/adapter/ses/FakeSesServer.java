package com.example.itemtracker.adapter.ses;

import java.io.IOException;

/**
 * The fake SES as a process of its own, for benchmarks of the service with {@code REPORT_SENDER=ses}
 * (bench/memory.sh): prints {@code endpoint=...} and serves until its input closes.
 */
public final class FakeSesServer {

    private FakeSesServer() {
    }

    public static void main(String[] args) throws IOException {
        try (FakeSes ses = new FakeSes()) {
            System.out.println("endpoint=" + ses.endpoint());
            System.out.flush();
            while (System.in.read() >= 0) {
                // Reading blocks; the loop only ends with the input.
            }
        }
    }
}
