package org.linkwork.directory.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Comparator;
import java.util.stream.Stream;
import org.apache.lucene.store.FilterDirectory;
import org.apache.lucene.store.MMapDirectory;
import org.apache.lucene.store.NRTCachingDirectory;
import org.linkwork.place.Places;
import org.linkwork.place.Ward;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class SearchConfiguration {

    /**
     * The index is memory-mapped on disk. Why not a {@code ByteBuffersDirectory}: at England's
     * scale (100,000 services) the index with its stored fields is a few hundred megabytes;
     * memory-mapped it sits in the operating system's page cache, outside the Java heap, so the
     * garbage collector never scans it and the heap can stay small. The small segments written
     * between merges stay in memory ({@link NRTCachingDirectory}), so a save made visible at once
     * does not wait on the disk.
     *
     * <p>With {@code linkwork.search.index-dir} set, the index is kept there between starts and
     * catches up from the change log at start, so a restart need not rebuild it (see
     * {@link IndexFollower}); each node needs a folder of its own. Unset, every start builds a
     * fresh index in a temporary folder that is deleted at stop (tests, and nodes without a disk).
     */
    @Bean(destroyMethod = "close")
    ServiceIndex serviceIndex(Places places, ObjectProvider<Clock> clock,
            @Value("${linkwork.search.index-dir:}") String indexDir) throws IOException {
        org.apache.lucene.store.Directory directory;
        if (indexDir.isBlank()) {
            Path folder = Files.createTempDirectory("linkwork-search-");
            directory = new DeletedOnClose(new NRTCachingDirectory(new MMapDirectory(folder), 8, 64), folder);
        } else {
            Path folder = Files.createDirectories(Path.of(indexDir));
            directory = new NRTCachingDirectory(new MMapDirectory(folder), 8, 64);
        }
        return new ServiceIndex(directory, EnglishText.withShippedSynonyms(),
                clock.getIfUnique(Clock::systemUTC), code -> places.ward(code).map(Ward::name));
    }

    /** A directory whose folder goes when it is closed. */
    private static final class DeletedOnClose extends FilterDirectory {
        private final Path folder;

        DeletedOnClose(org.apache.lucene.store.Directory in, Path folder) {
            super(in);
            this.folder = folder;
        }

        @Override
        public void close() throws IOException {
            super.close();
            try (Stream<Path> files = Files.walk(folder)) {
                files.sorted(Comparator.reverseOrder()).forEach(path -> {
                    try {
                        Files.deleteIfExists(path);
                    } catch (IOException e) {
                        throw new UncheckedIOException(e);
                    }
                });
            }
        }
    }
}
