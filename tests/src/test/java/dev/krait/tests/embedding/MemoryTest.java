package dev.krait.tests.embedding;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;

import org.graalvm.polyglot.Context;
import org.graalvm.polyglot.Value;
import org.junit.jupiter.api.Test;

/**
 * Reference counting seen from Java: an object Java holds stays alive, is released (running __del__) once Java lets
 * go of it, and whatever is left is finalized when the context closes; with counting off, nothing is finalized early.
 */
class MemoryTest {
    private static final String RESOURCE = """
                    class Resource:
                        def __init__(self, name):
                            self.name = name
                        def __del__(self):
                            print("released", self.name)
                    """;

    @Test
    void objectHeldByJavaStaysAliveAndIsReleasedWhenJavaLetsGo() throws InterruptedException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (Context context = Context.newBuilder("krait").out(out).build()) {
            context.eval("krait", RESOURCE);
            Value held = context.eval("krait", "r = Resource('held')\nr");
            context.eval("krait", "del r");
            assertEquals("", text(out), "Java still holds the object");
            assertEquals("held", held.getMember("name").asString());
            held = null;
            // the handle is released once the garbage collector notices, at the context's next safepoint
            for (int attempt = 0; attempt < 200 && !text(out).contains("released held"); attempt++) {
                System.gc();
                Thread.sleep(10);
                context.eval("krait", "pass");
            }
            assertEquals("released held\n", text(out));
        }
    }

    @Test
    void contextCloseFinalizesWhatIsLeft() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (Context context = Context.newBuilder("krait").out(out).build()) {
            context.eval("krait", RESOURCE + "kept = Resource('global')\nnodes = [Resource('in a list')]\n");
            assertEquals("", text(out));
        }
        assertEquals("released global\nreleased in a list\n", text(out));
    }

    @Test
    void deterministicReleaseInsideOneEval() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (Context context = Context.newBuilder("krait").out(out).build()) {
            context.eval("krait", RESOURCE + "r = Resource('a')\nr = None\nprint('after')\n");
            assertEquals("released a\nafter\n", text(out));
        }
    }

    @Test
    void countingOffLeavesFinalizationToTheCycleCollector() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (Context context = Context.newBuilder("krait").out(out).allowExperimentalOptions(true)
                        .option("krait.ReferenceCounting", "false").build()) {
            context.eval("krait", RESOURCE + "import sys\nr = Resource('a')\nr = None\nprint('after', sys.getrefcount([]))\n");
            assertTrue(text(out).startsWith("after "), text(out));
            assertTrue(!text(out).contains("released"), text(out));
        }
    }

    private static String text(ByteArrayOutputStream out) {
        return out.toString(StandardCharsets.UTF_8);
    }
}
