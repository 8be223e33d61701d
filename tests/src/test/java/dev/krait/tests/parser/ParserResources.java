package dev.krait.tests.parser;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/** Reads the parser test data under src/test/resources/parser (generated from CPython by regenerate.sh). */
final class ParserResources {
    private ParserResources() {
    }

    static Path dir(String name) {
        URL url = ParserResources.class.getResource("/parser/" + name);
        if (url == null) {
            throw new IllegalStateException("missing test resource directory parser/" + name);
        }
        try {
            return Path.of(url.toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The files of a resource directory with the given extension, sorted by name. */
    static List<Path> files(String dirName, String extension) {
        try (Stream<Path> s = Files.list(dir(dirName))) {
            return s.filter(p -> p.getFileName().toString().endsWith(extension)).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static String read(Path p) {
        try {
            return Files.readString(p, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The golden file next to a source file: {@code x.py} gives {@code x<extension>}. */
    static Path golden(Path source, String extension) {
        String name = source.getFileName().toString();
        return source.resolveSibling(name.substring(0, name.length() - 3) + extension);
    }
}
