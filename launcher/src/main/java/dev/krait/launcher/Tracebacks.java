package dev.krait.launcher;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.List;

import org.graalvm.polyglot.PolyglotException;
import org.graalvm.polyglot.SourceSection;

/**
 * Prints a guest exception that reached the launcher in CPython's traceback layout. The language prints its own
 * tracebacks for uncaught exceptions and at the interactive prompt; this covers what still escapes, such as a
 * syntax error reported while parsing the input.
 */
final class Tracebacks {

    private Tracebacks() {
    }

    static void print(PolyglotException exception, PrintStream err) {
        if (exception.isSyntaxError()) {
            printSyntaxError(exception, err);
            return;
        }
        List<PolyglotException.StackFrame> frames = new ArrayList<>();
        for (PolyglotException.StackFrame frame : exception.getPolyglotStackTrace()) {
            if (frame.isGuestFrame() && frame.getSourceLocation() != null) {
                frames.add(frame);
            }
        }
        if (!frames.isEmpty()) {
            err.println("Traceback (most recent call last):");
            for (int i = frames.size() - 1; i >= 0; i--) {
                PolyglotException.StackFrame frame = frames.get(i);
                SourceSection location = frame.getSourceLocation();
                String function = frame.getRootName() == null ? "<module>" : frame.getRootName();
                err.println("  File \"" + location.getSource().getName() + "\", line " + location.getStartLine()
                        + ", in " + function);
                String text = lineText(location);
                if (!text.isEmpty()) {
                    err.println("    " + text);
                }
            }
        }
        err.println(exception.getMessage());
        err.flush();
    }

    private static void printSyntaxError(PolyglotException exception, PrintStream err) {
        SourceSection location = exception.getSourceLocation();
        if (location != null) {
            err.println("  File \"" + location.getSource().getName() + "\", line " + location.getStartLine());
            String text = lineText(location);
            if (!text.isEmpty()) {
                String line = location.getSource().getCharacters(location.getStartLine()).toString();
                int indent = line.length() - line.stripLeading().length();
                int caret = Math.max(0, location.getStartColumn() - 1 - indent);
                err.println("    " + text);
                err.println("    " + " ".repeat(caret) + "^");
            }
        }
        String message = exception.getMessage();
        err.println(message != null && message.matches("(?s)[A-Za-z]*Error: .*") ? message : "SyntaxError: " + message);
        err.flush();
    }

    private static String lineText(SourceSection location) {
        if (!location.getSource().hasCharacters() || location.getStartLine() > location.getSource().getLineCount()) {
            return "";
        }
        return location.getSource().getCharacters(location.getStartLine()).toString().strip();
    }
}
