/**
 * Scopes and name resolution shared by both engines: {@link dev.krait.symtable.SymbolTable#build} walks a module
 * and resolves every name as CPython's symtable does (local, global, free, cell), and raises the SyntaxErrors
 * CPython's symtable and compiler raise after parsing.
 */
package dev.krait.symtable;
