package dev.krait.tests.embedding;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.graalvm.polyglot.Context;
import org.graalvm.polyglot.PolyglotException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code krait -m unittest NAME} and {@code krait -m unittest discover} (runpy running a bundled module as
 * __main__) find and run the tests.
 */
class RunModuleTest {
    @TempDir
    Path directory;

    @Test
    void unittestAsMainRunsTheNamedModule() throws IOException {
        Files.writeString(directory.resolve("test_sample.py"), """
                        import unittest
                        class T(unittest.TestCase):
                            def test_passes(self):
                                self.assertEqual(1, 1)
                            def test_fails(self):
                                self.assertEqual(1, 2)
                        """);
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        Context context = Context.newBuilder("krait").allowIO(org.graalvm.polyglot.io.IOAccess.ALL)
                        .currentWorkingDirectory(directory.toAbsolutePath()).err(err)
                        .arguments("krait", new String[]{"unittest", "test_sample"}).build();
        PolyglotException exit = assertThrows(PolyglotException.class, () -> context.eval("krait",
                        "import sys\nsys.path.insert(0, '')\nimport runpy\nrunpy._run_module_as_main('unittest')\n"));
        assertTrue(exit.isExit(), exit.getMessage());
        assertEquals(1, exit.getExitStatus());
        try {
            context.close();
        } catch (PolyglotException closing) {
            // a context the program exited reports the exit again when closed
            assertTrue(closing.isExit(), closing.getMessage());
        }
        String report = err.toString(StandardCharsets.UTF_8);
        assertTrue(report.contains("Ran 2 tests in "), report);
        assertTrue(report.contains("FAILED (failures=1)"), report);
        assertTrue(report.contains("AssertionError: 1 != 2"), report);
    }

    @Test
    void unittestDiscoversTestModules() throws IOException {
        Files.createDirectories(directory.resolve("tests/sub"));
        Files.writeString(directory.resolve("tests/__init__.py"), "");
        Files.writeString(directory.resolve("tests/sub/__init__.py"), "");
        Files.writeString(directory.resolve("tests/test_a.py"), "import unittest\nclass A(unittest.TestCase):\n    def test_one(self):\n        pass\n");
        Files.writeString(directory.resolve("tests/sub/test_b.py"), "import unittest\nclass B(unittest.TestCase):\n    def test_two(self):\n        pass\n");
        Files.writeString(directory.resolve("tests/helper.py"), "raise RuntimeError('not a test module')\n");
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        Context context = Context.newBuilder("krait").allowIO(org.graalvm.polyglot.io.IOAccess.ALL)
                        .currentWorkingDirectory(directory.toAbsolutePath()).err(err)
                        .arguments("krait", new String[]{"unittest", "discover", "-v"}).build();
        PolyglotException exit = assertThrows(PolyglotException.class, () -> context.eval("krait",
                        "import runpy\nrunpy._run_module_as_main('unittest')\n"));
        assertTrue(exit.isExit(), exit.getMessage());
        assertEquals(0, exit.getExitStatus());
        try {
            context.close();
        } catch (PolyglotException closing) {
            assertTrue(closing.isExit(), closing.getMessage());
        }
        String report = err.toString(StandardCharsets.UTF_8);
        assertTrue(report.contains("test_two (tests.sub.test_b.B.test_two) ... ok"), report);
        assertTrue(report.contains("test_one (tests.test_a.A.test_one) ... ok"), report);
        assertTrue(report.contains("Ran 2 tests in "), report);
    }
}
