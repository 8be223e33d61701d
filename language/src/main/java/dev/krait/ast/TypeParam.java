package dev.krait.ast;

/** A PEP 695 type parameter: {@code T}, {@code T: bound}, {@code **P}, {@code *Ts}. */
public sealed interface TypeParam extends Node permits TypeParam.TypeVar, TypeParam.ParamSpec, TypeParam.TypeVarTuple {
    String name();

    record TypeVar(String name, Expr bound, int lineno, int colOffset, int endLineno, int endColOffset)
                    implements TypeParam {
    }

    record ParamSpec(String name, int lineno, int colOffset, int endLineno, int endColOffset) implements TypeParam {
    }

    record TypeVarTuple(String name, int lineno, int colOffset, int endLineno, int endColOffset) implements TypeParam {
    }
}
