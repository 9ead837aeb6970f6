package org.linkwork.directory.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import org.junit.jupiter.api.Test;
import org.springframework.boot.health.contributor.Status;

class SearchIndexHealthTests {

    private final IndexFollower follower = mock(IndexFollower.class);
    private final SearchIndexHealth health = new SearchIndexHealth(follower);

    @Test
    void isOutOfServiceUntilTheIndexIsReady() {
        when(follower.isReady()).thenReturn(false);
        assertThat(health.health().getStatus()).isEqualTo(Status.OUT_OF_SERVICE);

        when(follower.isReady()).thenReturn(true);
        assertThat(health.health().getStatus()).isEqualTo(Status.UP);
    }
}
