package dev.krait.parser;

/**
 * A syntax error found by the tokenizer, parser or symbol table, with CPython's fields: the error type
 * ("SyntaxError", "IndentationError" or "TabError"), message, 1-based line and column (offset, in characters), the
 * end of the offending range and the text of the offending line. {@link #incompleteInput()} tells a REPL that the
 * source is a valid prefix needing more lines. Exceptionally the type is "RecursionError" (see
 * {@link #recursionError}).
 */
public final class PythonSyntaxError extends RuntimeException {
    private static final long serialVersionUID = 1L;

    private final String errorType;
    private final String msg;
    private final String filename;
    private final int lineno;
    private final int offset;
    private final int endLineno;
    private final int endOffset;
    private final String text;
    private final boolean incompleteInput;

    public PythonSyntaxError(String errorType, String msg, String filename, int lineno, int offset, int endLineno,
                    int endOffset, String text, boolean incompleteInput) {
        super(msg + " (" + filename + ", line " + lineno + ")", null, false, false);
        this.errorType = errorType;
        this.msg = msg;
        this.filename = filename;
        this.lineno = lineno;
        this.offset = offset;
        this.endLineno = endLineno;
        this.endOffset = endOffset;
        this.text = text;
        this.incompleteInput = incompleteInput;
    }

    /**
     * Nesting too deep for the parser's stack ({@code -(-(-(...)))}); CPython raises RecursionError then, and so
     * this error's {@link #errorType()} is "RecursionError".
     */
    public static PythonSyntaxError recursionError(String filename) {
        return new PythonSyntaxError("RecursionError", "maximum recursion depth exceeded during compilation", filename,
                        0, 0, 0, 0, null, false);
    }

    public String errorType() {
        return errorType;
    }

    public String msg() {
        return msg;
    }

    public String filename() {
        return filename;
    }

    public int lineno() {
        return lineno;
    }

    public int offset() {
        return offset;
    }

    public int endLineno() {
        return endLineno;
    }

    public int endOffset() {
        return endOffset;
    }

    public String text() {
        return text;
    }

    public boolean incompleteInput() {
        return incompleteInput;
    }
}
