package dev.krait.tests.embedding;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.graalvm.polyglot.Context;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Files a program leaves open reach the disk when the context closes (CPython flushes them at shutdown), with or
 * without reference counting; a file dropped while the program runs is closed at once.
 */
class FilesTest {
    @TempDir
    Path directory;

    private static String program(Path file) {
        String path = file.toString().replace("\\", "\\\\");
        return "keep = open('" + path + "', 'w')\nkeep.write('still open at exit\\n')\n";
    }

    @Test
    void openFilesAreFlushedWhenTheContextCloses() throws IOException {
        for (String counting : new String[]{"true", "false"}) {
            Path file = directory.resolve("open-" + counting + ".txt");
            try (Context context = Context.newBuilder("krait").allowIO(org.graalvm.polyglot.io.IOAccess.ALL)
                            .allowExperimentalOptions(true).option("krait.ReferenceCounting", counting).build()) {
                context.eval("krait", program(file));
            }
            assertEquals("still open at exit\n", Files.readString(file), "reference counting " + counting);
        }
    }

    @Test
    void aDroppedFileIsClosedAtOnce() throws IOException {
        Path file = directory.resolve("dropped.txt");
        String path = file.toString().replace("\\", "\\\\");
        try (Context context = Context.newBuilder("krait").allowIO(org.graalvm.polyglot.io.IOAccess.ALL).build()) {
            context.eval("krait", "open('" + path + "', 'w').write('written')\nwith open('" + path + "') as f:\n    seen = f.read()\n");
            assertEquals("written", context.getBindings("krait").getMember("seen").asString());
        }
    }
}
