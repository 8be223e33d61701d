package dev.krait.bytecode;

import dev.krait.ast.Node;

/** A source span of an instruction; -1 parts are unknown (CPython's NO_LOCATION is all -1). */
public record Location(int line, int endLine, int col, int endCol) {
    public static final Location NONE = new Location(-1, -1, -1, -1);

    public static Location of(Node node) {
        return new Location(node.lineno(), node.endLineno(), node.colOffset(), node.endColOffset());
    }

    public boolean isNone() {
        return line < 0;
    }
}
