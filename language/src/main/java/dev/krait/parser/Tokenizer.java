package dev.krait.parser;

import java.text.Normalizer;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;

/**
 * Turns source into tokens on demand, so that a syntax error early in a file is reported before a tokenizer error
 * later in it. Handles indentation (INDENT/DEDENT, tab consistency), implicit line joining inside brackets, backslash
 * continuation, all literal forms, and f-strings as PEP 701 tokens (FSTRING_START, FSTRING_MIDDLE with the decoded
 * literal text, the replacement fields' own tokens, FSTRING_END).
 */
final class Tokenizer {
    private static final String[] OPERATORS = {"**=", "//=", ">>=", "<<=", "...", "->", ":=", "**", "//", "<<", ">>",
                    "<=", ">=", "==", "!=", "+=", "-=", "*=", "/=", "%=", "&=", "|=", "^=", "@=", "+", "-", "*", "/", "%",
                    "@", "&", "|", "^", "~", "<", ">", "(", ")", "[", "]", "{", "}", ",", ":", ";", ".", "=", "!"};

    /** CPython's limit on open brackets. */
    private static final int MAX_NESTING = 200;

    private enum ModeKind {
        LITERAL,
        EXPR,
        SPEC
    }

    /** One open f-string. */
    private record FString(int quote, boolean triple, boolean raw, int start) {
    }

    /** Where the tokenizer is inside an f-string: its literal part, a replacement field, or a format spec. */
    private record Mode(ModeKind kind, FString fs, int parenDepth, int brace) {
    }

    private final SourceText src;
    private final int[] c;
    private int pos;
    private boolean atLineStart = true;
    private final ArrayDeque<Token> pending = new ArrayDeque<>();
    private final List<int[]> indents = new ArrayList<>();
    private final List<int[]> parens = new ArrayList<>();
    private final List<Mode> modes = new ArrayList<>();
    private Token last;
    private boolean failedInFString;
    /** Where a comment began on the current line: CPython starts the line's NEWLINE token there. */
    private int commentStart = -1;

    Tokenizer(SourceText src) {
        this.src = src;
        this.c = src.cps;
        indents.add(new int[]{0, 0});
    }

    Token next() {
        try {
            Token t = pending.isEmpty() ? scan() : pending.poll();
            last = t;
            return t;
        } catch (PythonSyntaxError e) {
            failedInFString = !modes.isEmpty();
            throw e;
        }
    }

    /** Whether the tokenizer's error arose inside an f-string (CPython then keeps the parser's error). */
    boolean failedInFString() {
        return failedInFString;
    }

    private int at(int p) {
        return p < c.length ? c[p] : -1;
    }

    private Token tok(TokenKind kind, int start, int end) {
        return new Token(kind, src.text(start, end), null, start, end);
    }

    private PythonSyntaxError error(String msg, int start, int end) {
        return src.error(msg, start, end);
    }

    private Token scan() {
        if (!modes.isEmpty() && modes.getLast().kind != ModeKind.EXPR) {
            return fstringLiteral(modes.getLast());
        }
        if (atLineStart && parens.isEmpty() && modes.isEmpty()) {
            Token t = indentation();
            if (t != null) {
                return t;
            }
        }
        while (true) {
            int ch = at(pos);
            if (ch == ' ' || ch == '\t' || ch == '\f') {
                pos++;
            } else if (ch == '#') {
                commentStart = pos;
                while (pos < c.length && c[pos] != '\n') {
                    pos++;
                }
            } else if (ch == '\\') {
                if (at(pos + 1) == '\n') {
                    pos += 2;
                    if (pos >= c.length) {
                        if (!parens.isEmpty()) {
                            throw neverClosed();
                        }
                        throw src.error("SyntaxError", "unexpected EOF while parsing", pos - 1, pos - 1, true);
                    }
                } else if (pos + 1 >= c.length) {
                    if (!parens.isEmpty()) {
                        throw neverClosed();
                    }
                    throw src.error("SyntaxError", "unexpected EOF while parsing", pos + 1, pos + 1, true);
                } else {
                    throw error("unexpected character after line continuation character", pos + 1, pos + 1);
                }
            } else {
                break;
            }
        }
        int start = pos;
        int ch = at(pos);
        if (ch == -1) {
            return endOfFile();
        }
        if (ch == '\n') {
            pos++;
            if (!parens.isEmpty() || !modes.isEmpty()) {
                commentStart = -1;
                return scan();
            }
            atLineStart = true;
            int newlineStart = commentStart >= 0 ? commentStart : start;
            commentStart = -1;
            return new Token(TokenKind.NEWLINE, "\n", null, newlineStart, start + 1);
        }
        if (isIdentifierStart(ch)) {
            while (pos < c.length && isIdentifierPart(c[pos])) {
                pos++;
            }
            int q = at(pos);
            if (q == '\'' || q == '"') {
                String prefix = src.text(start, pos).toLowerCase();
                if (isStringPrefix(prefix)) {
                    return string(start, prefix);
                }
            }
            String name = src.text(start, pos);
            if (!isAscii(name)) {
                name = Normalizer.normalize(name, Normalizer.Form.NFKC);
            }
            return new Token(TokenKind.NAME, name, null, start, pos);
        }
        if (ch >= '0' && ch <= '9' || ch == '.' && isDigit(at(pos + 1))) {
            return number(start);
        }
        if (ch == '\'' || ch == '"') {
            return string(start, "");
        }
        return operator(start);
    }

    private Token indentation() {
        while (true) {
            int col = 0;
            int alt = 0;
            int p = pos;
            while (true) {
                int ch = at(p);
                if (ch == ' ') {
                    col++;
                    alt++;
                } else if (ch == '\t') {
                    col = (col / 8 + 1) * 8;
                    alt++;
                } else if (ch == '\f') {
                    col = 0;
                    alt = 0;
                } else {
                    break;
                }
                p++;
            }
            int ch = at(p);
            if (ch == '#' || ch == '\n') {
                // blank line: no indentation, no NEWLINE
                while (p < c.length && c[p] != '\n') {
                    p++;
                }
                pos = Math.min(p + 1, c.length);
                if (p >= c.length) {
                    pos = c.length;
                    atLineStart = false;
                    return null;
                }
                continue;
            }
            pos = p;
            atLineStart = false;
            if (ch == -1) {
                return null;
            }
            int[] top = indents.getLast();
            if (col == top[0]) {
                if (alt != top[1]) {
                    throw tabError(p);
                }
                return null;
            }
            if (col > top[0]) {
                if (alt <= top[1]) {
                    throw tabError(p);
                }
                indents.add(new int[]{col, alt});
                return tok(TokenKind.INDENT, src.lineStart(src.line(p)), p);
            }
            Token dedent = null;
            while (indents.size() > 1 && col < indents.getLast()[0]) {
                indents.removeLast();
                Token t = tok(TokenKind.DEDENT, p, p);
                if (dedent == null) {
                    dedent = t;
                } else {
                    pending.add(t);
                }
            }
            if (col != indents.getLast()[0]) {
                int eol = p;
                while (eol < c.length && c[eol] != '\n') {
                    eol++;
                }
                throw src.error("IndentationError", "unindent does not match any outer indentation level", eol, eol,
                                false);
            }
            if (alt != indents.getLast()[1]) {
                throw tabError(p);
            }
            return dedent;
        }
    }

    private PythonSyntaxError tabError(int p) {
        int lineStart = src.lineStart(src.line(p));
        return src.error("TabError", "inconsistent use of tabs and spaces in indentation", lineStart, lineStart, false);
    }

    private PythonSyntaxError neverClosed() {
        int[] open = parens.getLast();
        return src.error("SyntaxError", "'" + (char) open[0] + "' was never closed", open[1], open[1] + 1, true);
    }

    private Token endOfFile() {
        if (!parens.isEmpty()) {
            throw neverClosed();
        }
        if (!modes.isEmpty()) {
            // a comment in a replacement field ate the rest of the f-string
            int brace = modes.getLast().brace;
            throw src.error("SyntaxError", "'{' was never closed", brace, brace + 1, true);
        }
        if (last != null && last.kind() != TokenKind.NEWLINE && last.kind() != TokenKind.DEDENT &&
                        last.kind() != TokenKind.INDENT) {
            return tok(TokenKind.NEWLINE, pos, pos);
        }
        if (indents.size() > 1) {
            indents.removeLast();
            return tok(TokenKind.DEDENT, pos, pos);
        }
        return tok(TokenKind.ENDMARKER, pos, pos);
    }

    private Token operator(int start) {
        int ch = at(start);
        if (!modes.isEmpty() && parens.size() == modes.getLast().parenDepth) {
            Mode m = modes.getLast();
            if (ch == '}') {
                modes.removeLast();
                pos++;
                return tok(TokenKind.OP, start, pos);
            }
            if (ch == ':') {
                modes.removeLast();
                modes.add(new Mode(ModeKind.SPEC, m.fs, 0, m.brace));
                pos++;
                return tok(TokenKind.OP, start, pos);
            }
            if (ch == '!' && at(start + 1) != '=') {
                pos++;
                return tok(TokenKind.OP, start, pos);
            }
            if (ch == ')' || ch == ']') {
                throw error("f-string: unmatched '" + (char) ch + "'", start, start + 1);
            }
        }
        for (String op : OPERATORS) {
            if (matches(start, op)) {
                pos = start + op.length();
                if (ch == '(' || ch == '[' || ch == '{') {
                    if (parens.size() >= MAX_NESTING) {
                        throw error("too many nested parentheses", start, start + 1);
                    }
                    parens.add(new int[]{ch, start});
                } else if (ch == ')' || ch == ']' || ch == '}') {
                    closeParen(ch, start);
                }
                return tok(TokenKind.OP, start, pos);
            }
        }
        if (ch < 128 && ch > ' ' && ch != 127) {
            pos = start + 1;
            return tok(TokenKind.OP, start, pos); // '$', '?', '`': the parser reports invalid syntax
        }
        if (Character.isISOControl(ch) || !isPrintable(ch)) {
            throw error(String.format("invalid non-printable character U+%04X", ch), start, start + 1);
        }
        throw error(String.format("invalid character '%s' (U+%04X)", Character.toString(ch), ch), start, start + 1);
    }

    private static boolean isPrintable(int cp) {
        return switch (Character.getType(cp)) {
            case Character.CONTROL, Character.FORMAT, Character.SURROGATE, Character.PRIVATE_USE, Character.UNASSIGNED,
                            Character.LINE_SEPARATOR, Character.PARAGRAPH_SEPARATOR, Character.SPACE_SEPARATOR -> false;
            default -> true;
        };
    }

    private void closeParen(int ch, int start) {
        if (parens.isEmpty()) {
            throw error("unmatched '" + (char) ch + "'", start, start + 1);
        }
        int[] open = parens.getLast();
        int expected = open[0] == '(' ? ')' : open[0] == '[' ? ']' : '}';
        if (ch != expected) {
            int openLine = src.line(open[1]);
            String msg = "closing parenthesis '" + (char) ch + "' does not match opening parenthesis '" +
                            (char) open[0] + "'";
            if (openLine != src.line(start)) {
                msg += " on line " + openLine;
            }
            throw error(msg, start, start + 1);
        }
        parens.removeLast();
    }

    private boolean matches(int p, String s) {
        for (int i = 0; i < s.length(); i++) {
            if (at(p + i) != s.charAt(i)) {
                return false;
            }
        }
        return true;
    }

    // ---- numbers ----

    private static boolean isDigit(int ch) {
        return ch >= '0' && ch <= '9';
    }

    private static boolean isHex(int ch) {
        return isDigit(ch) || ch >= 'a' && ch <= 'f' || ch >= 'A' && ch <= 'F';
    }

    private Token number(int start) {
        int ch = at(pos);
        if (ch == '0' && (at(pos + 1) | 0x20) == 'x') {
            pos += 2;
            radixDigits(16, "hexadecimal");
            return numberEnd(start, "hexadecimal");
        }
        if (ch == '0' && (at(pos + 1) | 0x20) == 'o') {
            pos += 2;
            radixDigits(8, "octal");
            return numberEnd(start, "octal");
        }
        if (ch == '0' && (at(pos + 1) | 0x20) == 'b') {
            pos += 2;
            radixDigits(2, "binary");
            return numberEnd(start, "binary");
        }
        boolean isFloat = false;
        boolean leadingZero = false;
        if (ch != '.') {
            leadingZero = ch == '0';
            decimalDigits();
        }
        if (at(pos) == '.') {
            pos++;
            isFloat = true;
            if (isDigit(at(pos))) {
                decimalDigits();
            }
        }
        if ((at(pos) | 0x20) == 'e' && (isDigit(at(pos + 1)) ||
                        (at(pos + 1) == '+' || at(pos + 1) == '-') && isDigit(at(pos + 2)))) {
            isFloat = true;
            pos += isDigit(at(pos + 1)) ? 1 : 2;
            decimalDigits();
        } else if ((at(pos) | 0x20) == 'e' && !keywordFollows(pos)) {
            int at = at(pos + 1) == '+' || at(pos + 1) == '-' ? pos + 1 : pos;
            throw error("invalid decimal literal", at, at + 1);
        }
        if ((at(pos) | 0x20) == 'j') {
            pos++;
            isFloat = true;
        }
        if (leadingZero && !isFloat) {
            String digits = src.text(start, pos).replace("_", "");
            if (!digits.chars().allMatch(d -> d == '0')) {
                throw error("leading zeros in decimal integer literals are not permitted; use an 0o prefix for " +
                                "octal integers", start, pos);
            }
        }
        return numberEnd(start, "decimal");
    }

    private void decimalDigits() {
        while (true) {
            while (isDigit(at(pos))) {
                pos++;
            }
            if (at(pos) != '_') {
                return;
            }
            if (!isDigit(at(pos + 1))) {
                throw error("invalid decimal literal", pos, pos + 1);
            }
            pos++;
        }
    }

    private void radixDigits(int radix, String name) {
        int count = 0;
        while (true) {
            int ch = at(pos);
            if (ch == '_') {
                pos++;
                ch = at(pos);
                if (Character.digit(ch, radix) < 0 || ch >= 128) {
                    if (radix < 10 && isDigit(ch)) {
                        throw error("invalid digit '" + (char) ch + "' in " + name + " literal", pos, pos + 1);
                    }
                    throw error("invalid " + name + " literal", pos - 1, pos);
                }
            }
            if (Character.digit(ch, radix) >= 0 && ch < 128) {
                pos++;
                count++;
            } else if (radix < 10 && isDigit(ch)) {
                throw error("invalid digit '" + (char) ch + "' in " + name + " literal", pos, pos + 1);
            } else {
                break;
            }
        }
        if (count == 0) {
            throw error("invalid " + name + " literal", pos - 1, pos);
        }
    }

    private Token numberEnd(int start, String kind) {
        int ch = at(pos);
        if ((at(pos - 1) | 0x20) == 'j') {
            kind = "imaginary";
        }
        if (ch >= 0 && (isIdentifierPart(ch))) {
            if (!keywordFollows(pos)) {
                throw error("invalid " + kind + " literal", pos - 1, pos);
            }
            src.warn("invalid " + kind + " literal", start, start, false);
        }
        return tok(TokenKind.NUMBER, start, pos);
    }

    /**
     * CPython still accepts a keyword glued to a number ({@code 1if x else y}) with a warning; like it, only the
     * start of the keyword is checked.
     */
    private boolean keywordFollows(int p) {
        for (String kw : new String[]{"and", "else", "for", "if", "in", "is", "not", "or"}) {
            if (matches(p, kw)) {
                return true;
            }
        }
        return false;
    }

    // ---- names ----

    static boolean isIdentifierStart(int ch) {
        return ch == '_' || ch >= 'a' && ch <= 'z' || ch >= 'A' && ch <= 'Z' ||
                        ch >= 128 && Character.isUnicodeIdentifierStart(ch);
    }

    static boolean isIdentifierPart(int ch) {
        return ch == '_' || ch >= 'a' && ch <= 'z' || ch >= 'A' && ch <= 'Z' || ch >= '0' && ch <= '9' ||
                        ch >= 128 && Character.isUnicodeIdentifierPart(ch) && !Character.isIdentifierIgnorable(ch);
    }

    private static boolean isAscii(String s) {
        return s.chars().allMatch(ch -> ch < 128);
    }

    private static boolean isStringPrefix(String p) {
        return switch (p) {
            case "r", "u", "b", "br", "rb", "f", "fr", "rf" -> true;
            default -> false;
        };
    }

    // ---- strings ----

    private Token string(int start, String prefix) {
        int quote = at(pos);
        boolean triple = at(pos + 1) == quote && at(pos + 2) == quote;
        pos += triple ? 3 : 1;
        if (prefix.indexOf('f') >= 0) {
            modes.add(new Mode(ModeKind.LITERAL, new FString(quote, triple, prefix.indexOf('r') >= 0, start), 0, start));
            return tok(TokenKind.FSTRING_START, start, pos);
        }
        while (true) {
            int ch = at(pos);
            if (ch == -1 && !triple && pos >= 2 && c[pos - 1] == '\n' && c[pos - 2] == '\\') {
                // the last line ended in a backslash inside the string: it may continue
                PythonSyntaxError e = unterminated(start, false, "string");
                throw src.error(e.errorType(), e.msg(), start, start, true);
            }
            if (ch == -1 || ch == '\n' && !triple) {
                if (!triple && !modes.isEmpty() && modes.getLast().fs.quote == quote) {
                    // the closing quote of the enclosing f-string, met inside a replacement field
                    throw error("f-string: expecting '}'", start, start + 1);
                }
                throw unterminated(start, triple, "string");
            }
            if (ch == '\\') {
                pos += 2;
                if (pos > c.length) {
                    throw unterminated(start, triple, "string");
                }
                continue;
            }
            if (ch == quote && (!triple || at(pos + 1) == quote && at(pos + 2) == quote)) {
                pos += triple ? 3 : 1;
                return tok(TokenKind.STRING, start, pos);
            }
            pos++;
        }
    }

    private PythonSyntaxError unterminated(int start, boolean triple, String what) {
        int line = src.line(Math.min(pos, c.length));
        if (pos >= c.length && c.length > 0 && c[c.length - 1] == '\n') {
            line = src.line(c.length - 1);
        }
        if (triple) {
            return src.error("SyntaxError", "unterminated triple-quoted " + what + " literal (detected at line " +
                            line + ")", start, start, true);
        }
        return src.error("SyntaxError", "unterminated " + what + " literal (detected at line " + line + ")", start,
                        start, false);
    }

    private Token fstringLiteral(Mode m) {
        FString fs = m.fs;
        int start = pos;
        StringBuilder value = new StringBuilder();
        while (true) {
            int ch = at(pos);
            if (ch == -1 || ch == '\n' && !fs.triple) {
                if (m.kind == ModeKind.SPEC) {
                    throw error("f-string: expecting '}'", fs.start, fs.start + 1);
                }
                throw unterminated(fs.start, fs.triple, "f-string");
            }
            if (ch == fs.quote && (!fs.triple || at(pos + 1) == fs.quote && at(pos + 2) == fs.quote)) {
                if (m.kind == ModeKind.SPEC) {
                    throw error("f-string: expecting '}', or format specs", pos, pos + 1);
                }
                if (pos > start) {
                    pending.add(new Token(TokenKind.FSTRING_END, src.text(pos, pos + (fs.triple ? 3 : 1)), null, pos,
                                    pos + (fs.triple ? 3 : 1)));
                    Token middle = new Token(TokenKind.FSTRING_MIDDLE, src.text(start, pos), value.toString(), start,
                                    pos);
                    pos += fs.triple ? 3 : 1;
                    modes.removeLast();
                    return middle;
                }
                pos += fs.triple ? 3 : 1;
                modes.removeLast();
                return tok(TokenKind.FSTRING_END, start, pos);
            }
            if (ch == '{' || ch == '}') {
                if (m.kind == ModeKind.LITERAL && at(pos + 1) == ch) {
                    value.appendCodePoint(ch);
                    pos += 2;
                    continue;
                }
                if (ch == '}' && m.kind == ModeKind.LITERAL) {
                    throw error("f-string: single '}' is not allowed", pos, pos + 1);
                }
                if (pos > start) {
                    return new Token(TokenKind.FSTRING_MIDDLE, src.text(start, pos), value.toString(), start, pos);
                }
                pos++;
                if (ch == '{') {
                    modes.add(new Mode(ModeKind.EXPR, fs, parens.size(), pos - 1));
                } else {
                    modes.removeLast();
                }
                return tok(TokenKind.OP, start, pos);
            }
            if (ch == '\\' && !fs.raw) {
                int next = at(pos + 1);
                if (next == '{' || next == '}') {
                    value.append('\\');
                    pos++;
                    continue;
                }
                int literalEnd = pos + 1;
                while (literalEnd < c.length && c[literalEnd] != '\n' && c[literalEnd] != fs.quote) {
                    literalEnd++;
                }
                try {
                    int escapeStart = pos;
                    src.firstInvalidEscape = null;
                    pos = StringDecoder.escape(src, pos, value, false, pos, literalEnd);
                    if (src.firstInvalidEscape != null) {
                        src.warn(src.firstInvalidEscape, escapeStart, pos);
                    }
                } catch (StringDecoder.EscapeError e) {
                    // CPython reports a bad escape in an f-string at the end of its literal text
                    throw error(e.getMessage(), literalEnd, literalEnd);
                }
                continue;
            }
            if (ch == '\\' && (at(pos + 1) == fs.quote || at(pos + 1) == '\\')) {
                value.append('\\').appendCodePoint(at(pos + 1));
                pos += 2;
                continue;
            }
            value.appendCodePoint(ch);
            pos++;
        }
    }
}
