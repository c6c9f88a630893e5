package com.example.itemtracker.adapter.dataapi;

/** Aurora MySQL flavour, run on MariaDB. */
class MySqlDataApiContractTest extends DataApiContract {

    @Override
    FakeDataApi.Flavour flavour() {
        return FakeDataApi.Flavour.MYSQL;
    }
}
