package dev.krait.parser;

/**
 * A SyntaxWarning the front end or the compiler found (an invalid escape sequence, a keyword glued to a number,
 * {@code x is 1}…), to be issued through the {@code warnings} module when the code is compiled; where it is, as
 * a SyntaxError would say it if the filters turn the warning into an error ({@code offset} 1-based, {@code text}
 * the source line or null).
 */
public record SyntaxWarningNote(String message, int lineno, int offset, int endLineno, int endOffset, String text) {
}
