package com.example.itemtracker.adapter.dataapi;

/** Aurora PostgreSQL flavour. The page size of 7 makes every longer listing span several pages. */
class PostgresDataApiContractTest extends DataApiContract {

    @Override
    FakeDataApi.Flavour flavour() {
        return FakeDataApi.Flavour.POSTGRESQL;
    }
}
