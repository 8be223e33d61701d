package dev.krait.parser;

enum TokenKind {
    NAME,
    NUMBER,
    STRING,
    OP,
    NEWLINE,
    INDENT,
    DEDENT,
    FSTRING_START,
    FSTRING_MIDDLE,
    FSTRING_END,
    ENDMARKER
}
