package com.example.itemtracker.adapter.jdbc;

import com.example.itemtracker.core.domain.InvalidInputException;
import com.example.itemtracker.core.domain.ItemFilter;
import com.example.itemtracker.core.domain.NewWorkItem;
import com.example.itemtracker.core.domain.WorkItem;
import com.example.itemtracker.core.port.TableName;
import com.example.itemtracker.core.usecase.WorkItemService;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** A program that embeds core and this adapter as plain libraries: no framework, no injection. */
class PlainLibraryUseTest {

    @TempDir
    Path dataDir;

    @Test
    void aProgramWiresTheUseCaseByHandAndItsDataOutlivesTheStore() {
        JdbcDataSource dataSource = new JdbcDataSource();
        dataSource.setURL("jdbc:h2:file:" + dataDir.resolve("items"));
        JdbcWorkItemStore store = new JdbcWorkItemStore(dataSource, new TableName("my_items"));
        store.createTableIfMissing();
        WorkItemService items = new WorkItemService(store);

        WorkItem added = items.add(new NewWorkItem("Embed the library", "java", "", "Me"));
        items.archive(added.id());
        assertThatThrownBy(() -> items.add(new NewWorkItem("", "java", "", "Me")))
                .isInstanceOf(InvalidInputException.class);

        WorkItemService reopened = new WorkItemService(new JdbcWorkItemStore(dataSource, new TableName("my_items")));
        assertThat(reopened.list(ItemFilter.ARCHIVED)).containsExactly(added.asArchived());
        assertThat(reopened.list(ItemFilter.ACTIVE)).isEmpty();
    }
}
