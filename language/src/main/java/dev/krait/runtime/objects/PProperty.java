package dev.krait.runtime.objects;

import com.oracle.truffle.api.object.Shape;

/** {@code property(fget, fset, fdel, doc)}: a data descriptor calling Python functions. */
public final class PProperty extends PythonObject {
    private Object getter;
    private Object setter;
    private Object deleter;
    private Object doc;
    /** Whether the docstring is the getter's (a copy with a new getter then takes the new getter's). */
    private boolean docFromGetter;

    public PProperty(PythonClass cls, Shape shape, Object getter, Object setter, Object deleter, Object doc) {
        super(cls, shape);
        this.getter = PNone.NONE;
        this.setter = PNone.NONE;
        this.deleter = PNone.NONE;
        this.doc = PNone.NONE;
        initialize(getter, setter, deleter, doc);
    }

    /** {@code property.__init__}: (re)sets the accessor functions and the docstring. */
    public void initialize(Object newGetter, Object newSetter, Object newDeleter, Object newDoc) {
        Object[] old = {getter, setter, deleter, doc};
        this.getter = newGetter;
        this.setter = newSetter;
        this.deleter = newDeleter;
        this.doc = newDoc;
        for (Object value : new Object[]{newGetter, newSetter, newDeleter, newDoc}) {
            dev.krait.runtime.memory.RefCounts.storeInto(this, value);
        }
        for (Object value : old) {
            dev.krait.runtime.memory.RefCounts.decRef(value);
        }
    }

    public boolean isDocFromGetter() {
        return docFromGetter;
    }

    public void setDocFromGetter(boolean docFromGetter) {
        this.docFromGetter = docFromGetter;
    }

    public void setDoc(Object newDoc) {
        Object old = doc;
        this.doc = newDoc;
        dev.krait.runtime.memory.RefCounts.storeInto(this, newDoc);
        dev.krait.runtime.memory.RefCounts.decRef(old);
    }

    @Override
    public void traverseReferences(dev.krait.runtime.memory.ReferenceVisitor visitor) {
        super.traverseReferences(visitor);
        visitor.visit(getter);
        visitor.visit(setter);
        visitor.visit(deleter);
        visitor.visit(doc);
        if (name != null) {
            visitor.visit(name);
        }
    }

    public Object getter() {
        return getter;
    }

    public Object setter() {
        return setter;
    }

    public Object deleter() {
        return deleter;
    }

    public Object doc() {
        return doc;
    }

    /**
     * The AttributeError for a missing getter, setter or deleter, worded as CPython 3.12's: "property 'name' of
     * 'Owner' object has no setter", with the name {@code __set_name__} gave (left out without one) and the
     * qualified name of the instance's class.
     */
    public RuntimeException noAccessor(Object instance, String accessor) {
        String owner = "of '" + dev.krait.runtime.protocol.PyObjectType.classOf(instance).getQualname() + "' object has no " + accessor;
        return dev.krait.runtime.exceptions.Errors.attributeError(
                        name != null ? "property " + dev.krait.runtime.protocol.PyObjectRepr.repr(name) + " " + owner : "property " + owner);
    }

    /** The name {@code __set_name__} gave (the attribute it was assigned to), or null: error messages show it. */
    private Object name;

    public Object name() {
        return name;
    }

    public void setName(Object newName) {
        Object old = name;
        this.name = newName;
        dev.krait.runtime.memory.RefCounts.storeInto(this, newName);
        if (old != null) {
            dev.krait.runtime.memory.RefCounts.decRef(old);
        }
    }
}
