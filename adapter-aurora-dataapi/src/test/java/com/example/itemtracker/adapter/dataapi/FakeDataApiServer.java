package com.example.itemtracker.adapter.dataapi;

import com.example.itemtracker.core.port.TableName;

import java.io.IOException;

/**
 * The fake Data API on local PostgreSQL as a process of its own, for benchmarks of the service with
 * {@code STORE=data-api} (bench/data-api-cpu.sh): makes a table of the seed's shape with 100 active
 * and 50 archived items, prints {@code endpoint=... table=...}, and serves until its input closes.
 */
public final class FakeDataApiServer {

    private FakeDataApiServer() {
    }

    public static void main(String[] args) throws Exception {
        try (DataApiFixture fixture = new DataApiFixture(FakeDataApi.Flavour.POSTGRESQL)) {
            TableName table = fixture.createSeedTable();
            try {
                fixture.sql("INSERT INTO " + table + " (description, guide, status, username, archived)"
                        + " SELECT 'Show how to add item ' || n, 'java', CASE WHEN n % 3 = 0 THEN 'In progress' ELSE '' END,"
                        + " 'Me', n > 100 FROM generate_series(1, 150) AS n");
                System.out.println("endpoint=" + fixture.fake().endpoint() + " table=" + table);
                System.out.flush();
                waitForEndOfInput();
            } finally {
                fixture.drop(table);
            }
        }
    }

    private static void waitForEndOfInput() throws IOException {
        while (System.in.read() >= 0) {
            // Reading blocks; the loop only ends with the input.
        }
    }
}
