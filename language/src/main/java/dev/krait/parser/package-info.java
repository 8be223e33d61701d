/**
 * The tokenizer and recursive-descent parser for Python 3.12. Entry point:
 * {@link dev.krait.parser.Parser#parse(String, String, dev.krait.parser.ParseMode)}; errors are
 * {@link dev.krait.parser.PythonSyntaxError}s carrying CPython's type, message and position, and whether the input is
 * merely incomplete (for a REPL).
 */
package dev.krait.parser;
