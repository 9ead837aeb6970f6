package org.linkwork.browser;

import com.microsoft.playwright.Page;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;

/**
 * Full-page PNGs under {@code target/screenshots/<TestClass>/}, kept as test artefacts so a person
 * can look at what the browser saw.
 */
record Screenshots(Path directory) {

    static Screenshots forTestClass(Class<?> testClass) {
        return new Screenshots(Path.of("target", "screenshots", testClass.getSimpleName()));
    }

    /** Removes the last run's screenshots, so a failure picture never outlives the failure. */
    void clear() {
        if (!Files.isDirectory(directory)) {
            return;
        }
        try (Stream<Path> files = Files.walk(directory)) {
            for (Path file : files.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(file);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    Path save(Page page, String name) {
        Path file = directory.resolve(name + ".png");
        page.screenshot(new Page.ScreenshotOptions().setPath(file).setFullPage(true));
        return file;
    }
}
