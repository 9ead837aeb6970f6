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
     * The index lives in a fresh folder under {@code linkwork.search.index-dir} (the system's
     * temporary folder unless set), memory-mapped, and is deleted when the application stops.
     *
     * <p>Why on disk rather than in a {@code ByteBuffersDirectory}: at England's scale (100,000
     * services) the index with its stored fields is a few hundred megabytes; memory-mapped it sits
     * in the operating system's page cache, outside the Java heap, so the garbage collector never
     * scans it and the heap can stay small. It is never reused: every start rebuilds it from the
     * database, so a crash cannot leave a stale index behind, and two nodes (or two test contexts)
     * on one machine never share one. The small segments written between merges stay in memory
     * ({@link NRTCachingDirectory}), so a save made visible at once does not wait on the disk.
     */
    @Bean(destroyMethod = "close")
    ServiceIndex serviceIndex(Places places, ObjectProvider<Clock> clock,
            @Value("${linkwork.search.index-dir:}") String indexDir) throws IOException {
        Path parent = indexDir.isBlank() ? Path.of(System.getProperty("java.io.tmpdir")) : Path.of(indexDir);
        Files.createDirectories(parent);
        Path folder = Files.createTempDirectory(parent, "linkwork-search-");
        NRTCachingDirectory directory = new NRTCachingDirectory(new MMapDirectory(folder), 8, 64);
        return new ServiceIndex(new DeletedOnClose(directory, folder), EnglishText.withShippedSynonyms(),
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
