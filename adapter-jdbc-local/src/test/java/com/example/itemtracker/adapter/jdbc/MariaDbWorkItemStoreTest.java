package com.example.itemtracker.adapter.jdbc;

import com.example.itemtracker.core.domain.InvalidInputException;
import com.example.itemtracker.core.domain.ItemFilter;
import com.example.itemtracker.core.domain.NewWorkItem;
import com.example.itemtracker.core.port.TableName;
import com.example.itemtracker.testsupport.TestDatabase;
import org.junit.jupiter.api.Test;
import org.mariadb.jdbc.MariaDbDataSource;

import java.sql.SQLException;
import javax.sql.DataSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

class MariaDbWorkItemStoreTest extends ServerDatabaseStoreContract {

    @Override
    TestDatabase database() {
        return TestDatabase.MARIADB;
    }

    @Override
    DataSource dataSource(TestDatabase.Coordinates db) throws SQLException {
        MariaDbDataSource source = new MariaDbDataSource(db.url());
        source.setUser(db.user());
        source.setPassword(db.password());
        return source;
    }

    @Test
    void emojiInALatin1TableIsRefusedAsInputNamingTheField() throws SQLException {
        TestDatabase.Coordinates db = coordinates();
        TableName latin1 = TestDatabase.uniqueTableName();
        db.execute(db.dialect().seedDdl(latin1) + " CHARACTER SET latin1");
        try {
            JdbcWorkItemStore store = new JdbcWorkItemStore(currentDataSource(), latin1);

            InvalidInputException e = catchThrowableOfType(InvalidInputException.class,
                    () -> store.add(new NewWorkItem("fine", "java", "", "Zoë 😀")));

            assertThat(e.errors()).singleElement().satisfies(error -> {
                assertThat(error.field()).isEqualTo("username");
                assertThat(error.message()).contains("utf8mb4");
            });
            assertThat(store.list(ItemFilter.ALL)).isEmpty();
        } finally {
            db.drop(latin1);
        }
    }
}
