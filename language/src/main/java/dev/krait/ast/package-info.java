/**
 * The abstract syntax tree, one Java record per constructor of CPython 3.12's {@code Python.asdl}, with the asdl
 * field names in camelCase. Sum types are sealed interfaces ({@link dev.krait.ast.Stmt}, {@link dev.krait.ast.Expr},
 * {@link dev.krait.ast.Pattern}, {@link dev.krait.ast.TypeParam}, {@link dev.krait.ast.Mod}) holding their
 * constructors as nested records. Nodes with a source range implement {@link dev.krait.ast.Node}; the four position
 * ints are their last record components (lines 1-based, columns 0-based in code points). Optional fields are null
 * when absent, sequences are never null. Records compare by value, which is deep: key maps by identity.
 * {@link dev.krait.ast.AstDump} prints a tree as CPython's {@code ast.dump} does.
 */
package dev.krait.ast;
