package dev.krait.parser;

/**
 * One token. {@code start}/{@code end} are code-point indexes into the source; {@code text} is the exact source text
 * (for OP and NAME the operator or identifier, NFKC-normalized for names). {@code value} is the decoded value of an
 * FSTRING_MIDDLE.
 */
record Token(TokenKind kind, String text, Object value, int start, int end) {
    boolean isOp(String op) {
        return kind == TokenKind.OP && text.equals(op);
    }

    boolean isName(String name) {
        return kind == TokenKind.NAME && text.equals(name);
    }
}
