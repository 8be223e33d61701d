package dev.krait.bytecode;

import dev.krait.symtable.SymbolTable;

/**
 * What the bytecode compiler needs to compile one function, lambda or class body on request: the syntax tree node,
 * the module's symbol table and the settings its module was translated with. Kept by the running code's
 * {@code PCode}; compiling happens only when a bytecode attribute or {@code dis} asks.
 */
public record CodeSource(SymbolTable symbols, Object node, String filename, int optimize, boolean futureAnnotations, String qualname,
                CharSequence text) {

    public CodeUnit compile() {
        return CodeGenerator.compileScope(this);
    }
}
