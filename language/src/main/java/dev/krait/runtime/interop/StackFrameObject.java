package dev.krait.runtime.interop;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.TruffleStackTraceElement;
import com.oracle.truffle.api.interop.InteropLibrary;
import com.oracle.truffle.api.interop.UnsupportedMessageException;
import com.oracle.truffle.api.library.ExportLibrary;
import com.oracle.truffle.api.library.ExportMessage;
import com.oracle.truffle.api.nodes.Node;
import com.oracle.truffle.api.nodes.RootNode;
import com.oracle.truffle.api.source.Source;
import com.oracle.truffle.api.source.SourceSection;

import dev.krait.nodes.StatementNode;

/**
 * One Python frame of a polyglot stack trace: the function's name and the line that frame was running. Statements
 * know only their line number, so the line is found from the statement enclosing the frame's call node (the node
 * Truffle recorded for it) and made a source section of the function's source.
 */
@ExportLibrary(InteropLibrary.class)
public final class StackFrameObject implements KraitInteropObject {
    private final String name;
    private final SourceSection location;

    private StackFrameObject(String name, SourceSection location) {
        this.name = name;
        this.location = location;
    }

    @TruffleBoundary
    public static StackFrameObject create(RootNode root, TruffleStackTraceElement element) {
        SourceSection rootSection = root.getSourceSection();
        SourceSection location = rootSection;
        Node node = element.getLocation();
        if (rootSection != null && node != null) {
            int line = enclosingLine(node);
            Source source = rootSection.getSource();
            if (line > 0 && source.hasCharacters() && line <= source.getLineCount()) {
                location = source.createSection(line);
            }
        }
        return new StackFrameObject(root.getName(), location);
    }

    /** The line of the innermost statement around {@code start} (-1 if none). */
    public static int enclosingLine(Node start) {
        for (Node node = start; node != null; node = node.getParent()) {
            // the innermost call, operator, subscript or attribute expression around the location says the line (a
            // statement over several lines runs on each), else the statement
            if (node instanceof dev.krait.nodes.expression.SourceRangeNode range && range.getLine() > 0) {
                return range.getLine();
            }
            if (node instanceof StatementNode statement && statement.getLineno() > 0) {
                return statement.getLineno();
            }
        }
        return -1;
    }

    @ExportMessage
    boolean hasExecutableName() {
        return name != null;
    }

    @ExportMessage
    Object getExecutableName() throws UnsupportedMessageException {
        if (name == null) {
            throw UnsupportedMessageException.create();
        }
        return name;
    }

    @ExportMessage
    boolean hasSourceLocation() {
        return location != null;
    }

    @ExportMessage
    SourceSection getSourceLocation() throws UnsupportedMessageException {
        if (location == null) {
            throw UnsupportedMessageException.create();
        }
        return location;
    }
}
