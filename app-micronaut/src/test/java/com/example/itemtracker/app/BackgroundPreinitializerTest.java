package com.example.itemtracker.app;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

/**
 * The pre-initialiser skips a class that is not there, so a library update that renames one would
 * silently undo the start-up gain: every class it names must be on the service's class path.
 */
class BackgroundPreinitializerTest {

    @Test
    void everyClassItInitialisesIsOnTheClassPath() {
        assertThat(BackgroundPreinitializer.SLOW_CLASSES).isNotEmpty();
        ClassLoader loader = BackgroundPreinitializer.class.getClassLoader();
        for (String name : BackgroundPreinitializer.SLOW_CLASSES) {
            assertThatCode(() -> Class.forName(name, false, loader)).as(name).doesNotThrowAnyException();
        }
    }
}
