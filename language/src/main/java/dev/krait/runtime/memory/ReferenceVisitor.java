package dev.krait.runtime.memory;

/** Receives each reference an object holds: CPython's {@code visitproc}. Values that are not objects are skipped. */
@FunctionalInterface
public interface ReferenceVisitor {
    void visit(Object referent);
}
