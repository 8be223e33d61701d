package dev.krait.launcher;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicBoolean;

import org.graalvm.polyglot.Context;
import org.graalvm.polyglot.PolyglotException;
import org.graalvm.polyglot.Source;
import org.jline.reader.EndOfFileException;
import org.jline.reader.LineReader;
import org.jline.reader.LineReaderBuilder;
import org.jline.reader.UserInterruptException;
import org.jline.terminal.Terminal;
import org.jline.terminal.TerminalBuilder;

/**
 * The interactive prompt. Each complete input is evaluated as an interactive source named {@code <stdin>}; the
 * language echoes expression results and prints tracebacks itself. An input the parser reports as incomplete
 * keeps reading continuation lines; an input that opens a block (its first line ends with a colon, or is a
 * decorator) keeps reading until a blank line, as CPython's prompt does.
 */
final class Repl {

    private static final String PROMPT = ">>> ";
    private static final String CONTINUATION_PROMPT = "... ";

    private final Context context;
    private final boolean quiet;
    private final AtomicBoolean evaluating = new AtomicBoolean();

    Repl(Context context, boolean quiet) {
        this.context = context;
        this.quiet = quiet;
    }

    /** Runs until end of input or {@code exit()}; returns the exit status. */
    int run() {
        try (Terminal terminal = TerminalBuilder.builder().system(true).build()) {
            terminal.handle(Terminal.Signal.INT, signal -> interruptEvaluation());
            LineReader reader = LineReaderBuilder.builder()
                    .terminal(terminal)
                    .appName("krait")
                    .variable(LineReader.HISTORY_FILE, Path.of(System.getProperty("user.home"), ".krait_history"))
                    .variable(LineReader.SECONDARY_PROMPT_PATTERN, CONTINUATION_PROMPT)
                    .option(LineReader.Option.DISABLE_EVENT_EXPANSION, true)
                    .option(LineReader.Option.INSERT_TAB, true)
                    .build();
            if (!quiet) {
                System.err.println(KraitMain.VERSION + " on Java " + Runtime.version());
                System.err.println("Type \"exit()\" or Ctrl-D to leave.");
            }
            return loop(reader);
        } catch (IOException e) {
            System.err.println("krait: cannot open the terminal: " + e.getMessage());
            return 1;
        }
    }

    /** Where input lines come from: the terminal (JLine) or a pipe. */
    private interface LineSource {
        /** The next line, prompted by sys.ps1 or (continuing) sys.ps2; EndOfFileException at the end. */
        String readLine(boolean continuation);
    }

    /**
     * The prompt when stdin is not a terminal ({@code krait -i -c CODE < input}), as CPython runs it: each line is
     * read after writing str(sys.ps1) or str(sys.ps2) to stderr (sys.ps1 and sys.ps2 are set when missing); at
     * the end of input a newline ends the last prompt and the status is 0.
     */
    int runPiped() {
        evaluateQuietly("__import__('sys').__dict__.setdefault('ps1', '>>> ')");
        evaluateQuietly("__import__('sys').__dict__.setdefault('ps2', '... ')");
        java.io.BufferedReader in = new java.io.BufferedReader(new java.io.InputStreamReader(System.in, java.nio.charset.StandardCharsets.UTF_8));
        int status = loop(continuation -> {
            System.err.print(currentPrompt(continuation ? "ps2" : "ps1"));
            System.err.flush();
            String line;
            try {
                line = in.readLine();
            } catch (IOException e) {
                line = null;
            }
            if (line == null) {
                throw new EndOfFileException();
            }
            return line;
        });
        System.err.println();
        return status;
    }

    private void evaluateQuietly(String code) {
        try {
            context.eval(Source.create(KraitMain.LANGUAGE, code));
        } catch (PolyglotException e) {
            if (!e.isExit()) {
                KraitMain.reportInternalError(e);
            }
        }
    }

    /** str(sys.ps1) or str(sys.ps2); an error there shows as a traceback and the prompt is empty. */
    private String currentPrompt(String name) {
        try {
            return context.eval(Source.create(KraitMain.LANGUAGE, "str(__import__('sys')." + name + ")")).asString();
        } catch (PolyglotException e) {
            if (e.isGuestException() && !e.isInternalError()) {
                Tracebacks.print(e, System.err);
                return "";
            }
            throw e;
        }
    }

    private int loop(LineReader reader) {
        return loop(continuation -> reader.readLine(continuation ? CONTINUATION_PROMPT : PROMPT));
    }

    private int loop(LineSource reader) {
        while (true) {
            String first;
            try {
                first = reader.readLine(false);
            } catch (UserInterruptException e) {
                System.err.println("KeyboardInterrupt");
                continue;
            } catch (EndOfFileException e) {
                return 0;
            }
            if (first.isBlank()) {
                continue;
            }
            Integer status = readAndEvaluate(reader, first);
            if (status != null) {
                return status;
            }
        }
    }

    /** Evaluates one input that starts with {@code first}; returns an exit status when the session ends. */
    private Integer readAndEvaluate(LineSource reader, String first) {
        StringBuilder input = new StringBuilder(first).append('\n');
        boolean opensBlock = opensBlock(first);
        boolean endOfInput = false;
        Outcome outcome = opensBlock ? Outcome.INCOMPLETE : evaluate(input, false);
        while (outcome == Outcome.INCOMPLETE && !endOfInput) {
            String line;
            try {
                line = reader.readLine(true);
            } catch (UserInterruptException e) {
                System.err.println("KeyboardInterrupt");
                return null;
            } catch (EndOfFileException e) {
                line = "";
                endOfInput = true;
            }
            input.append(line).append('\n');
            if (!opensBlock || line.isBlank()) {
                outcome = evaluate(input, endOfInput);
            }
        }
        if (outcome instanceof Outcome.Exit exit) {
            return exit.status();
        }
        return endOfInput ? 0 : null;
    }

    /** A block stays open until a blank line, even where the parser would already accept it. */
    private static boolean opensBlock(String line) {
        String code = line.strip();
        int comment = code.indexOf('#');
        if (comment >= 0 && code.indexOf('\'') < 0 && code.indexOf('"') < 0) {
            code = code.substring(0, comment).strip();
        }
        return code.endsWith(":") || code.startsWith("@");
    }

    private sealed interface Outcome {
        Outcome DONE = new Done();
        Outcome INCOMPLETE = new Incomplete();

        record Done() implements Outcome {
        }

        record Incomplete() implements Outcome {
        }

        record Exit(int status) implements Outcome {
        }
    }

    /** Evaluates an input; at the end of all input, an unfinished statement is reported as the error it is. */
    private Outcome evaluate(CharSequence input, boolean endOfInput) {
        Source source = Source.newBuilder(KraitMain.LANGUAGE, input, "<stdin>").interactive(true).buildLiteral();
        evaluating.set(true);
        try {
            context.eval(source);
            return Outcome.DONE;
        } catch (PolyglotException e) {
            if (e.isIncompleteSource() && !endOfInput) {
                return Outcome.INCOMPLETE;
            }
            if (e.isExit()) {
                return new Outcome.Exit(e.getExitStatus());
            }
            if (e.isInterrupted() || e.isCancelled()) {
                System.err.println("KeyboardInterrupt");
            } else if (e.isGuestException() && !e.isInternalError()) {
                Tracebacks.print(e, System.err);
            } else {
                KraitMain.reportInternalError(e);
            }
            return Outcome.DONE;
        } finally {
            evaluating.set(false);
        }
    }

    /** Ctrl-C while a program runs: stop it and come back to the prompt. */
    private void interruptEvaluation() {
        if (!evaluating.get()) {
            return;
        }
        Thread interrupter = new Thread(() -> {
            try {
                context.interrupt(Duration.ofSeconds(5));
            } catch (Exception e) {
                // The evaluation ended on its own meanwhile, or did not stop in time; the prompt carries on.
            }
        }, "krait-interrupt");
        interrupter.setDaemon(true);
        interrupter.start();
    }
}
