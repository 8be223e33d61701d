package dev.krait.translator;

import com.oracle.truffle.api.source.Source;

import dev.krait.ast.Expr;

/**
 * Where CPython 3.12 puts the {@code ^} part inside the {@code ~} marks of a traceback: the operator of a binary
 * operation, the brackets of a subscript. Offsets are relative to the expression's start; null when the expression
 * spans lines.
 */
public final class PositionAnchors {
    private PositionAnchors() {
    }

    public static int[] binOp(Source source, Expr.BinOp binOp) {
        if (binOp.lineno() != binOp.endLineno() || binOp.left().endLineno() != binOp.lineno() ||
                        binOp.right().lineno() != binOp.lineno()) {
            return null;
        }
        String line = source.getCharacters(binOp.lineno()).toString();
        int start = binOp.colOffset();
        String segment = codePointSubstring(line, start, binOp.endColOffset());
        int operatorStart = binOp.left().endColOffset() - start;
        int operatorEnd = binOp.right().colOffset() - start;
        if (operatorStart < 0 || operatorEnd > segment.length() || operatorStart > operatorEnd) {
            return null;
        }
        String operator = segment.substring(operatorStart, operatorEnd);
        int operatorOffset = operator.length() - operator.stripLeading().length();
        int left = operatorStart + operatorOffset;
        int right = left + 1;
        if (operatorOffset + 1 < operator.length() && !Character.isWhitespace(operator.charAt(operatorOffset + 1))) {
            right++;
        }
        while (left < segment.length() && (Character.isWhitespace(segment.charAt(left)) || segment.charAt(left) == ')' ||
                        segment.charAt(left) == '#')) {
            left++;
            right++;
        }
        return new int[]{left, right};
    }

    public static int[] subscript(Source source, Expr.Subscript subscript) {
        if (subscript.lineno() != subscript.endLineno()) {
            return null;
        }
        String line = source.getCharacters(subscript.lineno()).toString();
        int start = subscript.colOffset();
        String segment = codePointSubstring(line, start, subscript.endColOffset());
        int left = subscript.value().endColOffset() - start;
        int right = subscript.slice().endColOffset() + 1 - start;
        if (subscript.value().endLineno() != subscript.lineno() || subscript.slice().endLineno() != subscript.lineno() || left < 0) {
            return null;
        }
        while (left < segment.length() && segment.charAt(left) != '[') {
            left++;
        }
        while (right < segment.length() && segment.charAt(right) != ']') {
            right++;
        }
        if (right < segment.length()) {
            right++;
        }
        return new int[]{left, right};
    }

    private static String codePointSubstring(String line, int start, int end) {
        int from = line.offsetByCodePoints(0, Math.min(start, line.codePointCount(0, line.length())));
        int to = line.offsetByCodePoints(0, Math.min(end, line.codePointCount(0, line.length())));
        return line.substring(from, to);
    }
}
