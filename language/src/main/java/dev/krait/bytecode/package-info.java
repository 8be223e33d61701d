/**
 * The bytecode compiler: CPython 3.12's instruction set, compiled from the syntax tree the parser makes
 * ({@link dev.krait.bytecode.CodeGenerator}), optimized as CPython's flow-graph passes do
 * ({@link dev.krait.bytecode.FlowGraph}) and laid out as {@code co_code}, {@code co_linetable} and
 * {@code co_exceptiontable} ({@link dev.krait.bytecode.Assembler}). Code objects show the result; no eval loop
 * runs it yet.
 */
package dev.krait.bytecode;
