/**
 * The bytecode engine ({@code --engine=bytecode}): runs the code units {@link dev.krait.bytecode.CodeGenerator}
 * makes with a plain {@code switch} over CPython 3.12's opcodes ({@link BytecodeInterpreter}), on a value stack and
 * the fast locals of a frame ({@link BytecodeFrame}). The loop is behind a boundary on purpose: Graal compiles the
 * loop, never the Python program, so the contrast with the AST engine stays honest. Every operation calls the same
 * runtime layer the AST engine uses ({@code dev.krait.runtime.protocol}).
 */
package dev.krait.bytecode.interpreter;
