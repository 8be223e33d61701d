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

    private int loop(LineReader reader) {
        while (true) {
            String first;
            try {
                first = reader.readLine(PROMPT);
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
    private Integer readAndEvaluate(LineReader reader, String first) {
        StringBuilder input = new StringBuilder(first).append('\n');
        boolean opensBlock = opensBlock(first);
        boolean endOfInput = false;
        Outcome outcome = opensBlock ? Outcome.INCOMPLETE : evaluate(input, false);
        while (outcome == Outcome.INCOMPLETE && !endOfInput) {
            String line;
            try {
                line = reader.readLine(CONTINUATION_PROMPT);
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
