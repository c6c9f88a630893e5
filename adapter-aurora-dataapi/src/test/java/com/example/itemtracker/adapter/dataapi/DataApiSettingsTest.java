package com.example.itemtracker.adapter.dataapi;

import com.example.itemtracker.core.port.TableName;
import org.junit.jupiter.api.Test;

import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class DataApiSettingsTest {

    private static final String CLUSTER = "arn:aws:rds:eu-west-1:123456789012:cluster:items";
    private static final String SECRET = "arn:aws:secretsmanager:eu-west-1:123456789012:secret:items-AbCdEf";

    private static DataApiSettings settings(String cluster, String secret, String database, Duration budget, int pageSize) {
        return new DataApiSettings(cluster, secret, database, TableName.defaultName(), DataApiSettings.Engine.POSTGRESQL, budget, pageSize);
    }

    @Test
    void aBlankOrMissingArnOrDatabaseIsNamedBeforeAnyCall() {
        assertThatThrownBy(() -> settings(" ", SECRET, "items", Duration.ZERO, 100))
                .isInstanceOf(IllegalArgumentException.class).hasMessage("The clusterArn is required, but it is blank.");
        assertThatThrownBy(() -> settings(CLUSTER, null, "items", Duration.ZERO, 100))
                .isInstanceOf(IllegalArgumentException.class).hasMessage("The secretArn is required, but it is missing.");
        assertThatThrownBy(() -> settings(CLUSTER, SECRET, "", Duration.ZERO, 100))
                .isInstanceOf(IllegalArgumentException.class).hasMessage("The database is required, but it is blank.");
    }

    @Test
    void theResumeBudgetAndPageSizeMustMakeSense() {
        assertThatThrownBy(() -> settings(CLUSTER, SECRET, "items", Duration.ofSeconds(-1), 100))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("resume budget").hasMessageContaining("PT-1S");
        assertThatThrownBy(() -> settings(CLUSTER, SECRET, "items", null, 100))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("resume budget");
        assertThatThrownBy(() -> settings(CLUSTER, SECRET, "items", Duration.ZERO, 0))
                .isInstanceOf(IllegalArgumentException.class).hasMessage("The page size must be at least 1, but it is 0.");
        assertThat(settings(CLUSTER, SECRET, "items", Duration.ofSeconds(45), 500).pageSize()).isEqualTo(500);
    }
}
