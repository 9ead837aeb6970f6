package org.linkwork.directory.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.Optional;
import org.apache.lucene.store.MMapDirectory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SavedIndexTests {

    @TempDir
    Path folder;

    @Test
    void keepsItsDocumentsAndHowFarItFollowedTheChangeLogBetweenStarts() throws Exception {
        Instant at = Instant.parse("2026-11-01T10:15:30.123456Z");
        try (ServiceIndex index = open()) {
            assertThat(index.saved()).isEmpty();
            index.useVocabulary(Listings.VOCABULARY);
            index.put(Listings.service("Allotment group").detail(), point -> Optional.empty());
            index.save(new ServiceIndex.Saved(42, at));
        }

        try (ServiceIndex index = open()) {
            index.refresh();
            assertThat(index.saved()).contains(new ServiceIndex.Saved(42, at));
            assertThat(index.size()).isEqualTo(1);
        }
    }

    private ServiceIndex open() throws Exception {
        return new ServiceIndex(new MMapDirectory(folder), EnglishText.withShippedSynonyms(), Clock.systemUTC(),
                code -> Optional.empty());
    }
}
