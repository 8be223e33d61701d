package dev.krait.launcher;

import java.io.BufferedOutputStream;
import java.io.File;
import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;

import org.graalvm.polyglot.Context;
import org.graalvm.polyglot.PolyglotException;
import org.graalvm.polyglot.Source;

/**
 * The {@code krait} command. Runs a file, {@code -c} code, a {@code -m} module, a program read from a pipe, or the
 * interactive prompt, in one polyglot context.
 *
 * <p>For non-interactive runs the launcher sets {@code krait.ExitOnUncaught=true}: the language then prints an
 * uncaught exception itself, as CPython does, and exits the context with status 1 ({@code sys.exit(n)} exits it
 * with {@code n}). The launcher turns an exited context into the process exit status.
 */
public final class KraitMain {

    static final String LANGUAGE = "krait";
    /** The Python version Krait implements (the language's {@code KraitLanguage.PYTHON_VERSION}), for -V. */
    static final String PYTHON_VERSION = "3.12.1";
    /** Krait's own version (the language's {@code KraitLanguage.VERSION}). */
    static final String KRAIT_VERSION = "0.1.0";
    /** The interactive prompt's banner. */
    static final String VERSION = "Krait " + KRAIT_VERSION + " (Python 3.12)";

    private KraitMain() {
    }

    public static void main(String[] args) {
        int status = run(args);
        System.out.flush();
        System.err.flush();
        System.exit(status);
    }

    static int run(String[] args) {
        CommandLine line;
        try {
            line = CommandLine.parse(args);
        } catch (CommandLine.UsageException e) {
            System.err.println(e.getMessage());
            // as CPython, the usage line names the program as it was started
            String executable = System.getProperty("krait.executable");
            System.err.println("usage: " + (executable == null || executable.isEmpty() ? "krait" : executable)
                    + " [option] ... [-c cmd | -m mod | file | -] [arg] ...");
            System.err.println("Try `krait -h' for more information.");
            return 2;
        }
        String refused = line.mode == CommandLine.Mode.HELP || line.mode == CommandLine.Mode.VERSION ? null
                : StartupChecks.check(line, System.getenv());
        if (refused != null) {
            System.err.println(refused);
            return 1;
        }
        switch (line.mode) {
            case HELP -> {
                Usage.print(System.out);
                return 0;
            }
            case VERSION -> {
                System.out.println(versionText(line.versionCount));
                return 0;
            }
            case REPL -> {
                if (!stdinIsTerminal()) {
                    line.mode = CommandLine.Mode.STDIN;
                }
            }
            default -> {
            }
        }
        Source source;
        try {
            source = programSource(line);
        } catch (IOException e) {
            String path = new File(line.target).getAbsolutePath();
            System.err.println("krait: can't open file '" + path + "': [Errno 2] No such file or directory");
            return 2;
        }
        boolean interactive = line.mode == CommandLine.Mode.REPL || line.inspect;
        OutputStream stdout = standardOutput(line.unbuffered || interactive);
        Context context;
        try {
            Context.Builder builder = Context.newBuilder(LANGUAGE)
                    .out(stdout)
                    .allowAllAccess(true)
                    .allowExperimentalOptions(true)
                    .arguments(LANGUAGE, line.pythonArgv())
                    .options(line.polyglotOptions);
            if (!line.polyglotOptions.containsKey("log.file")) {
                // Engine logs (e.g. --engine.TraceCompilation) go plainly to stderr, as a language launcher's do.
                builder.logHandler(System.err);
            }
            if (!interactive) {
                builder.option("krait.ExitOnUncaught", "true");
                // Ctrl-C raises KeyboardInterrupt in the program (the prompt handles it itself)
                builder.option("krait.InstallSignalHandlers", "true");
            }
            // the standard streams are the process's own, so child processes can have them as they are
            builder.option("krait.InheritStandardStreams", "true");
            String executable = System.getProperty("krait.executable");
            if (executable != null && !executable.isEmpty()) {
                // the krait script's path, for sys.executable (subprocess.run([sys.executable, ...]))
                builder.option("krait.Executable", executable);
            }
            context = builder.build();
        } catch (IllegalArgumentException e) {
            // An unknown or malformed polyglot option.
            System.err.println("krait: " + e.getMessage());
            return 2;
        }
        int status;
        try {
            Integer exitStatus = source == null ? null : runProgram(context, source, interactive);
            if (exitStatus == null) {
                Repl repl = new Repl(context, line.quiet || line.mode != CommandLine.Mode.REPL);
                exitStatus = stdinIsTerminal() ? repl.run() : repl.runPiped();
            }
            status = exitStatus;
        } finally {
            closeQuietly(context);
            flushQuietly(stdout);
        }
        return status;
    }

    /**
     * What -V prints: "Python 3.12.1", as CPython does; -VV adds what runs it, where CPython names its build
     * ("Python 3.12.1 (Krait 0.1.0) [OpenJDK 64-Bit Server VM 25.0.1]").
     */
    static String versionText(int count) {
        String text = "Python " + PYTHON_VERSION;
        if (count < 2) {
            return text;
        }
        return text + " (Krait " + KRAIT_VERSION + ") [" + System.getProperty("java.vm.name") + " " + System.getProperty("java.vm.version") + "]";
    }

    /**
     * Like CPython, standard output is block-buffered unless it is a terminal, the program is interactive or
     * {@code -u} is given; whatever is buffered is written when the launcher ends.
     */
    private static OutputStream standardOutput(boolean unbuffered) {
        boolean terminal = Boolean.parseBoolean(System.getProperty("krait.stdout.tty", "true"));
        if (unbuffered || terminal) {
            return System.out;
        }
        return new BufferedOutputStream(new FileOutputStream(FileDescriptor.out), 1 << 16);
    }

    private static void flushQuietly(OutputStream out) {
        try {
            out.flush();
        } catch (IOException e) {
            // Nothing left to report to: stdout is gone (e.g. a closed pipe).
        }
    }

    /** Runs the program; returns its exit status, or null when the interactive prompt should follow. */
    private static Integer runProgram(Context context, Source source, boolean thenInteractive) {
        try {
            context.eval(source);
            return thenInteractive ? null : 0;
        } catch (PolyglotException e) {
            if (e.isExit()) {
                return e.getExitStatus();
            }
            if (e.isGuestException() && !e.isInternalError()) {
                Tracebacks.print(e, System.err);
                return thenInteractive ? null : 1;
            }
            reportInternalError(e);
            return 1;
        }
    }

    static void reportInternalError(PolyglotException e) {
        System.err.println("krait: internal error: " + e.getMessage());
        e.printStackTrace(System.err);
    }

    private static Source programSource(CommandLine line) throws IOException {
        return switch (line.mode) {
            case FILE -> new File(line.target).isDirectory() ? mainModuleSource(line.target) : fileSource(line);
            case COMMAND -> Source.newBuilder(LANGUAGE, line.target, "<string>").build();
            case MODULE -> Source.newBuilder(LANGUAGE,
                    "import runpy\nrunpy._run_module_as_main(" + pythonStringLiteral(line.target) + ")\n",
                    "<run_module>").build();
            case STDIN -> Source.newBuilder(LANGUAGE,
                    new String(System.in.readAllBytes(), StandardCharsets.UTF_8), "<stdin>").build();
            default -> null;
        };
    }

    /**
     * {@code krait DIRECTORY}: as CPython, the directory is sys.path[0] and its {@code __main__} module runs as
     * {@code __main__} through runpy (sys.argv[0] stays as given).
     */
    private static Source mainModuleSource(String target) throws IOException {
        String path = target.startsWith(File.separator) ? target : System.getProperty("user.dir") + File.separator + target;
        return Source.newBuilder(LANGUAGE, "import sys, runpy\nsys.path[0] = " + pythonStringLiteral(path) +
                "\nrunpy._run_module_as_main('__main__', False)\n", "<run_module>").build();
    }

    /**
     * The script file; with -x its first line is blanked out (its line break stays, so line numbers are the
     * file's).
     */
    private static Source fileSource(CommandLine line) throws IOException {
        Source.Builder builder = Source.newBuilder(LANGUAGE, new File(line.target))
                .name(line.target)
                .encoding(StandardCharsets.UTF_8);
        if (line.skipFirstLine) {
            String text = java.nio.file.Files.readString(new File(line.target).toPath(), StandardCharsets.UTF_8);
            int end = text.indexOf('\n');
            builder.content(end < 0 ? "" : text.substring(end));
        }
        return builder.build();
    }

    private static String pythonStringLiteral(String text) {
        StringBuilder literal = new StringBuilder("'");
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\\' || c == '\'') {
                literal.append('\\');
            }
            literal.append(c);
        }
        return literal.append('\'').toString();
    }

    /**
     * Whether standard input is a terminal. The krait script knows it for sure ({@code [ -t 0 ]}) and passes it in
     * {@code -Dkrait.stdin.tty}; without it, the JDK's console check (which also looks at stdout) stands in.
     */
    private static boolean stdinIsTerminal() {
        String fromScript = System.getProperty("krait.stdin.tty");
        if (fromScript != null) {
            return Boolean.parseBoolean(fromScript);
        }
        return System.console() != null && System.console().isTerminal();
    }

    private static void closeQuietly(Context context) {
        try {
            context.close();
        } catch (PolyglotException e) {
            if (!e.isExit() && !e.isCancelled()) {
                reportInternalError(e);
            }
        } catch (IllegalStateException e) {
            // Already closed by an exit.
        }
    }
}
