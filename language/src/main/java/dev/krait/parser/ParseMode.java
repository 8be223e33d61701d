package dev.krait.parser;

/** What {@code compile()} is asked to parse: a module, one expression, or one interactive statement. */
public enum ParseMode {
    EXEC,
    EVAL,
    SINGLE
}
