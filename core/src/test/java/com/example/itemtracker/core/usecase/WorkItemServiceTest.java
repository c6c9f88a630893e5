package com.example.itemtracker.core.usecase;

import com.example.itemtracker.core.domain.ItemFilter;
import com.example.itemtracker.core.domain.NewWorkItem;
import com.example.itemtracker.core.domain.WorkItem;
import com.example.itemtracker.core.domain.WorkItemNotFoundException;
import com.example.itemtracker.core.port.InMemoryWorkItemStore;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class WorkItemServiceTest {

    private final WorkItemService service = new WorkItemService(new InMemoryWorkItemStore());

    @Test
    void addGetArchiveAndList() {
        WorkItem added = service.add(new NewWorkItem("Show how to add an item", "python", "", "Me"));

        assertThat(service.get(added.id())).isEqualTo(added);
        assertThat(service.list(ItemFilter.ACTIVE)).containsExactly(added);

        WorkItem archived = service.archive(added.id());

        assertThat(archived.archived()).isTrue();
        assertThat(service.archive(added.id())).isEqualTo(archived);
        assertThat(service.list(ItemFilter.ACTIVE)).isEmpty();
        assertThat(service.list(ItemFilter.ARCHIVED)).containsExactly(archived);
    }

    @Test
    void unknownIdsAreNotFound() {
        assertThatThrownBy(() -> service.get(7)).isInstanceOf(WorkItemNotFoundException.class)
                .hasMessage("There is no work item with id 7.");
        assertThatThrownBy(() -> service.archive(7)).isInstanceOf(WorkItemNotFoundException.class);
    }
}
