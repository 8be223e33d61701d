package dev.krait.tests.golden;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.File;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.graalvm.polyglot.Context;
import org.graalvm.polyglot.Engine;
import org.graalvm.polyglot.PolyglotException;
import org.graalvm.polyglot.Source;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.DynamicContainer;
import org.junit.jupiter.api.DynamicNode;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Runs each golden program (src/test/resources/golden/AREA/NAME.py) the way the {@code krait} command does and
 * compares stdout, stderr and the exit status with CPython 3.12's (NAME.out, NAME.err, NAME.code, written by
 * regenerate.sh; a missing .err means empty, a missing .code means 0). Files whose names start with "_" are helper
 * modules the programs import, not programs.
 *
 * <p>
 * Each program gets a fresh context whose working directory is the program's own directory and whose stdin is
 * empty, as CPython was run by regenerate.sh.
 * The script is given by its absolute path, because CPython 3.12 makes the main script's path absolute too: both
 * tracebacks name the file absolutely, and both sides drop the directory prefix (regenerate.sh for CPython, this
 * runner for Krait), leaving {@code File "NAME.py"}.
 *
 * <p>
 * Known, deliberate gap: CPython 3.12 prints caret lines ({@code ^^^^}, {@code ~~~^~~~}) under some traceback
 * source lines. Krait did not at first, so stderr is compared after dropping lines made only of whitespace, '^'
 * and '~' on both sides. Everything else must match exactly. (Krait prints them now, and every passing program's
 * stderr also matches with them kept; dropping {@link #withoutCaretLines} would make the comparison exact.)
 *
 * <p>
 * Programs listed in known-failures.txt must still fail: when one starts passing, its test fails with a request to
 * remove the entry, so a fix is noticed. An entry {@code AREA/NAME} applies to every engine; {@code ENGINE:AREA/NAME}
 * to one engine only. When the language offers the {@code krait.Engine} option, every program runs on each engine.
 *
 * <p>
 * The bytecode engine does not run every program yet: bytecode-not-yet.txt lists those (AREA/NAME, a reason after
 * {@code #}). They must still fail on that engine, so the list shrinks as the engine grows; every other program must
 * match CPython on both engines.
 *
 * <p>
 * {@code -Dgolden.engines=bytecode} runs the programs on the named engines only (comma-separated; default all).
 * {@code -Dgolden.only=basics/,tutorial/fizzbuzz} runs only the programs whose AREA/NAME contains one of the
 * comma-separated strings.
 */
class GoldenTest {
    private static final String ENGINE_OPTION = "krait.Engine";
    private static final List<String> ENGINES = List.of("ast", "bytecode");
    private static final long TIMEOUT_SECONDS = 120;
    private static final String BYTECODE_NOT_YET = "bytecode-not-yet.txt";
    private static final Pattern CARET_LINE = Pattern.compile("[ \\t]*[\\^~][\\^~ \\t]*");

    private static final ScheduledExecutorService WATCHDOG = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread t = new Thread(r, "golden-watchdog");
        t.setDaemon(true);
        return t;
    });

    @AfterAll
    static void stopWatchdog() {
        WATCHDOG.shutdownNow();
    }

    @TestFactory
    Stream<DynamicNode> programsMatchCPython() {
        Path root = goldenRoot();
        List<Path> programs = selected(root, programs(root));
        assertFalse(programs.isEmpty(), "no golden programs under " + root);
        List<String> known = new ArrayList<>(knownFailures(root, "known-failures.txt"));
        List<String> bytecodeNotYet = knownFailures(root, BYTECODE_NOT_YET);
        bytecodeNotYet.forEach(name -> known.add("bytecode:" + name));
        List<String> engines = engineOptionExists() ? selectedEngines() : List.of();
        List<DynamicNode> nodes = new ArrayList<>();
        nodes.add(DynamicTest.dynamicTest("known-failures.txt names existing programs", () -> {
            for (String entry : known) {
                String name = entry.substring(entry.indexOf(':') + 1);
                assertTrue(Files.isRegularFile(root.resolve(name + ".py")), "known-failures.txt: no program " + name);
            }
        }));
        nodes.add(DynamicTest.dynamicTest(BYTECODE_NOT_YET + " names existing programs once", () -> {
            for (String name : bytecodeNotYet) {
                assertTrue(Files.isRegularFile(root.resolve(name + ".py")), BYTECODE_NOT_YET + ": no program " + name);
                assertEquals(1, bytecodeNotYet.stream().filter(name::equals).count(), BYTECODE_NOT_YET + ": " + name + " twice");
            }
        }));
        if (engines.isEmpty()) {
            programs.forEach(p -> nodes.add(programTest(root, p, null, known)));
        } else {
            for (String engine : engines) {
                nodes.add(DynamicContainer.dynamicContainer(engine,
                                programs.stream().map(p -> programTest(root, p, engine, known))));
            }
        }
        return nodes.stream();
    }

    private static DynamicTest programTest(Path root, Path program, String engine, List<String> known) {
        String name = programName(root, program);
        boolean knownFailing = known.contains(name) || (engine != null && known.contains(engine + ":" + name));
        return DynamicTest.dynamicTest(name, program.toUri(), () -> {
            Expected expected = Expected.load(program);
            Outcome actual = run(program, engine);
            List<String> differences = differences(expected, actual);
            if (knownFailing) {
                boolean notYetOnBytecode = "bytecode".equals(engine) && !known.contains(name);
                assertFalse(differences.isEmpty(), name + " now matches CPython" + (notYetOnBytecode
                                ? " on the bytecode engine: remove it from " + BYTECODE_NOT_YET
                                : ": remove it from known-failures.txt (and its entry in KNOWN_FAILURES.md)"));
                return;
            }
            if (!differences.isEmpty()) {
                // assertEquals on the whole texts gives IDEs a side-by-side diff.
                assertEquals(expected.render(), actual.render(), name + " differs from CPython in " + differences);
                fail(name + " differs from CPython in " + differences);
            }
        });
    }

    /** Which of stdout, stderr and the exit status differ; empty when the program matches CPython. */
    private static List<String> differences(Expected expected, Outcome actual) {
        List<String> diffs = new ArrayList<>();
        if (!withoutAddresses(expected.stdout).equals(withoutAddresses(actual.stdout))) {
            diffs.add("stdout");
        }
        if (!withoutAddresses(withoutCaretLines(expected.stderr)).equals(withoutAddresses(withoutCaretLines(actual.stderr)))) {
            diffs.add("stderr");
        }
        if (expected.exitCode != actual.exitCode) {
            diffs.add("exit status");
        }
        return diffs;
    }

    /** Runs one program in a fresh context, as the krait command would run {@code krait NAME.py} from its folder. */
    private static Outcome run(Path program, String engine) throws IOException {
        Path dir = program.getParent();
        File file = program.toFile();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        Context.Builder builder = Context.newBuilder("krait").allowAllAccess(true)
                        .option("krait.ExitOnUncaught", "true")
                        .option("krait.Executable", KraitCommand.path())
                        .arguments("krait", new String[]{file.getPath()})
                        .currentWorkingDirectory(dir)
                        // str hashes unrandomized (set orders the same on every run; the programs' children too)
                        .environment("PYTHONHASHSEED", "0")
                        .in(new ByteArrayInputStream(new byte[0])).out(out).err(err);
        if (engine != null) {
            builder.option(ENGINE_OPTION, engine);
        }
        int exitCode = 0;
        String internalError = "";
        try (Context context = builder.build()) {
            ScheduledFuture<?> timeout = WATCHDOG.schedule(() -> context.close(true), TIMEOUT_SECONDS, TimeUnit.SECONDS);
            try {
                context.eval(Source.newBuilder("krait", file).build());
            } catch (PolyglotException e) {
                if (e.isExit()) {
                    exitCode = e.getExitStatus();
                } else {
                    exitCode = -1;
                    internalError = (e.isCancelled() ? "[timed out after " + TIMEOUT_SECONDS + "s]\n" : "") +
                                    "[escaped PolyglotException]\n" + stackTrace(e);
                }
            } finally {
                timeout.cancel(false);
            }
        } catch (PolyglotException e) {
            // Closing a context whose program called sys.exit or was cancelled reports it again.
            if (!e.isExit() && !e.isCancelled()) {
                exitCode = -1;
                internalError += "[PolyglotException on close]\n" + stackTrace(e);
            }
        }
        String prefix = dir.toAbsolutePath() + File.separator;
        String stderr = err.toString(StandardCharsets.UTF_8).replace(prefix, "") + internalError;
        return new Outcome(out.toString(StandardCharsets.UTF_8), stderr, exitCode);
    }

    /** Object addresses ({@code <function f at 0x7f…>}) differ from run to run, in CPython as in Krait. */
    static String withoutAddresses(String text) {
        return ADDRESS.matcher(text).replaceAll(" at 0x…");
    }

    private static final java.util.regex.Pattern ADDRESS = java.util.regex.Pattern.compile(" at 0x[0-9a-f]+");

    static String withoutCaretLines(String text) {
        StringBuilder sb = new StringBuilder();
        for (String line : text.split("\n", -1)) {
            if (!CARET_LINE.matcher(line).matches()) {
                sb.append(line).append('\n');
            }
        }
        return sb.toString();
    }

    private static boolean engineOptionExists() {
        try (Engine engine = Engine.newBuilder("krait").option("engine.WarnInterpreterOnly", "false").build()) {
            return engine.getLanguages().get("krait").getOptions().get(ENGINE_OPTION) != null;
        }
    }

    private static String stackTrace(Throwable t) {
        StringWriter sw = new StringWriter();
        t.printStackTrace(new PrintWriter(sw));
        return sw.toString();
    }

    private record Outcome(String stdout, String stderr, int exitCode) {
        String render() {
            return "--- stdout\n" + stdout + "--- stderr (caret lines dropped)\n" + withoutCaretLines(stderr) +
                            "--- exit status " + exitCode + "\n";
        }
    }

    private record Expected(String stdout, String stderr, int exitCode) {
        static Expected load(Path program) {
            Path out = sibling(program, ".out");
            if (!Files.isRegularFile(out)) {
                fail("missing " + out.getFileName() + ": run regenerate.sh");
            }
            Path err = sibling(program, ".err");
            Path code = sibling(program, ".code");
            return new Expected(read(out), Files.isRegularFile(err) ? read(err) : "",
                            Files.isRegularFile(code) ? Integer.parseInt(read(code).strip()) : 0);
        }

        String render() {
            return new Outcome(stdout, stderr, exitCode).render();
        }
    }

    private static Path goldenRoot() {
        URL url = GoldenTest.class.getResource("/golden");
        if (url == null) {
            throw new IllegalStateException("missing test resource directory golden");
        }
        try {
            return Path.of(url.toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Every AREA/NAME.py that is not a helper module, sorted. */
    private static List<Path> programs(Path root) {
        try (Stream<Path> files = Files.walk(root, 2)) {
            return files.filter(p -> p.getNameCount() - root.getNameCount() == 2)
                            .filter(p -> p.getFileName().toString().endsWith(".py"))
                            .filter(p -> !p.getFileName().toString().startsWith("_"))
                            .sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The programs picked by the {@code golden.only} system property (all when it is not set). */
    private static List<Path> selected(Path root, List<Path> programs) {
        String only = System.getProperty("golden.only", "").strip();
        if (only.isEmpty()) {
            return programs;
        }
        List<String> parts = Stream.of(only.split(",")).map(String::strip).filter(x -> !x.isEmpty()).toList();
        return programs.stream().filter(p -> parts.stream().anyMatch(programName(root, p)::contains)).toList();
    }

    /** {@code AREA/NAME}: how programs are named in test reports and in known-failures.txt. */
    private static String programName(Path root, Path program) {
        String rel = root.relativize(program).toString().replace(File.separatorChar, '/');
        return rel.substring(0, rel.length() - ".py".length());
    }

    /** The engines {@code golden.engines} names (all by default). */
    private static List<String> selectedEngines() {
        String only = System.getProperty("golden.engines", "").strip();
        if (only.isEmpty()) {
            return ENGINES;
        }
        return Stream.of(only.split(",")).map(String::strip).filter(ENGINES::contains).toList();
    }

    private static List<String> knownFailures(Path root, String file) {
        Path list = root.resolve(file);
        if (!Files.isRegularFile(list)) {
            return List.of();
        }
        return read(list).lines().map(l -> l.replaceFirst("#.*", "").strip()).filter(l -> !l.isEmpty()).toList();
    }

    private static Path sibling(Path program, String extension) {
        String name = program.getFileName().toString();
        return program.resolveSibling(name.substring(0, name.length() - ".py".length()) + extension);
    }

    private static String read(Path p) {
        try {
            return Files.readString(p, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
