package dev.krait.tests;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Locale;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.logging.Handler;
import java.util.logging.LogRecord;
import java.util.logging.SimpleFormatter;
import java.util.regex.Pattern;

import org.graalvm.polyglot.Context;
import org.graalvm.polyglot.Source;
import org.junit.jupiter.api.Test;

/**
 * The test JVM runs with the Graal JIT exactly as the krait command does (see the Surefire argLine), so this pins
 * down that Krait functions really are compiled: with every call target compiled on its first call and in the
 * foreground, the engine's compilation trace must report the Python function as compiled.
 */
class JitCompilationTest {

    private static final String FILE_NAME = "jit_hot_sum.py";

    /** {@code hot_sum} starts on line 4 (its body on line 5), so its compilation is told from the module's. */
    private static final String PROGRAM = """
            start = 0
            limit = 100

            def hot_sum(n):
                total = start
                i = 0
                while i < n:
                    total = total + i
                    i = i + 1
                return total

            hot_sum(limit)
            """;

    /**
     * A trace line for a finished compilation of {@code hot_sum}: the trace names a call target by its root node's
     * {@code toString()} and gives the root's source position as {@code Src file:line}.
     */
    private static final Pattern HOT_SUM_COMPILED =
            Pattern.compile("opt done\\s.*(\\bhot_sum\\b|\\|Src " + Pattern.quote(FILE_NAME) + ":[45]\\s)");

    @Test
    void hotFunctionIsCompiledByGraal() {
        List<String> log = new CopyOnWriteArrayList<>();
        SimpleFormatter formatter = new SimpleFormatter();
        Handler collector = new Handler() {
            @Override
            public void publish(LogRecord record) {
                log.add(formatter.formatMessage(record));
            }

            @Override
            public void flush() {
            }

            @Override
            public void close() {
            }
        };
        try (Context context = Context.newBuilder("krait")
                .allowExperimentalOptions(true)
                .option("engine.CompileImmediately", "true")
                .option("engine.BackgroundCompilation", "false")
                .option("engine.TraceCompilation", "true")
                .logHandler(collector)
                .build()) {
            String runtime = context.getEngine().getImplementationName();
            assertFalse(runtime.toLowerCase(Locale.ROOT).contains("interpreted"),
                    "Truffle fell back to its interpreter-only runtime: " + runtime);
            context.eval(Source.newBuilder("krait", PROGRAM, FILE_NAME).buildLiteral());
        }
        assertTrue(log.stream().anyMatch(line -> HOT_SUM_COMPILED.matcher(line).find()),
                "no successful compilation of hot_sum in the trace:\n" + String.join("\n", log));
    }
}
