package dev.krait.runtime.objects;

import com.oracle.truffle.api.object.Shape;

import dev.krait.runtime.memory.RefCounts;
import dev.krait.runtime.memory.ReferenceVisitor;

/**
 * {@code mappingproxy}: a read-only view of a mapping. {@code cls.__dict__} is one over the class's own namespace
 * (the proxy then holds the class and reads its namespace live); {@code types.MappingProxyType(m)} one over any
 * mapping {@code m}.
 */
public final class PMappingProxy extends PythonObject {
    /** The mapping read through, or the class whose namespace is. */
    private final Object mapping;
    /** Whether {@link #mapping} is a class shown through its namespace (its {@code __dict__}). */
    private final boolean ofNamespace;

    public PMappingProxy(PythonClass cls, Shape shape, Object mapping, boolean ofNamespace) {
        super(cls, shape);
        this.mapping = mapping;
        this.ofNamespace = ofNamespace;
        RefCounts.storeInto(this, mapping);
    }

    /** The mapping given to {@code MappingProxyType}, or the class whose {@code __dict__} this is. */
    public Object mapping() {
        return mapping;
    }

    /** The class whose namespace this proxy shows, or null for a proxy of another mapping. */
    public PythonClass namespaceOwner() {
        return ofNamespace ? (PythonClass) mapping : null;
    }

    @Override
    public void traverseReferences(ReferenceVisitor visitor) {
        super.traverseReferences(visitor);
        visitor.visit(mapping);
    }
}
