package dev.krait.parser;

import java.util.function.IntFunction;

import dev.krait.ast.Expr;

/**
 * What an annotation becomes under {@code from __future__ import annotations} (PEP 563), for both engines: its
 * source text (one line: the annotation's own span; over several lines: the first line, stripped).
 */
public final class AnnotationText {
    private AnnotationText() {
    }

    /** {@code line} gives the source line with the given 1-based number. */
    public static String of(Expr annotation, IntFunction<CharSequence> line) {
        if (annotation.lineno() != annotation.endLineno()) {
            return line.apply(annotation.lineno()).toString().strip();
        }
        String text = line.apply(annotation.lineno()).toString();
        int from = text.offsetByCodePoints(0, annotation.colOffset());
        int to = text.offsetByCodePoints(0, annotation.endColOffset());
        return text.substring(from, to);
    }
}
