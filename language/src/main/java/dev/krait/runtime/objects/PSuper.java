package dev.krait.runtime.objects;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.object.Shape;

import dev.krait.runtime.KraitContext;
import dev.krait.runtime.exceptions.Errors;
import dev.krait.runtime.protocol.PyObjectGetAttr;
import dev.krait.runtime.protocol.PyObjectType;

/** {@code super(type, obj)}: attribute look-up along obj's MRO, starting after {@code type}. */
public final class PSuper extends PythonObject {
    private final PythonClass type;
    private final Object object;
    /** The class whose MRO is searched: obj's type, or obj itself when it is a class (in a classmethod). */
    private final PythonClass startClass;

    private PSuper(PythonClass cls, Shape shape, PythonClass type, Object object, PythonClass startClass) {
        super(cls, shape);
        this.type = type;
        this.object = object;
        this.startClass = startClass;
        if (object != null) {
            dev.krait.runtime.memory.RefCounts.storeInto(this, object);
        }
    }

    /** {@code super(type)}: an unbound super object, bound later through its {@code __get__}. */
    public static PSuper unbound(KraitContext context, PythonClass type) {
        return new PSuper(context.classes().superClass, context.getShape(), type, null, null);
    }

    @Override
    public void traverseReferences(dev.krait.runtime.memory.ReferenceVisitor visitor) {
        super.traverseReferences(visitor);
        if (object != null) {
            visitor.visit(object);
        }
    }

    @TruffleBoundary
    public static PSuper create(KraitContext context, PythonClass type, Object object) {
        PythonClass start;
        if (object instanceof PythonClass cls && cls.isSubclassOf(type)) {
            start = cls;
        } else {
            start = PyObjectType.classOf(context, object);
            if (!start.isSubclassOf(type)) {
                throw Errors.typeError("super(type, obj): obj must be an instance or subtype of type");
            }
        }
        return new PSuper(context.classes().superClass, context.getShape(), type, object, start);
    }

    /** The attribute, bound to the object, or null. */
    @TruffleBoundary
    public Object lookup(String name) {
        if (startClass == null) {
            return null; // an unbound super object has only its own attributes
        }
        PythonClass[] mro = startClass.getMro();
        int i = 0;
        while (i < mro.length && mro[i] != type) {
            i++;
        }
        for (i++; i < mro.length; i++) {
            Object value = mro[i].getOwn(name);
            if (value != null) {
                Object instance = object == startClass ? null : object;
                return PyObjectGetAttr.descriptorGet(value, instance, startClass);
            }
        }
        return null;
    }

    public PythonClass type() {
        return type;
    }

    /** The object, or null for an unbound super object. */
    public Object object() {
        return object;
    }

    /** The class whose MRO is searched, or null for an unbound super object. */
    public PythonClass startClass() {
        return startClass;
    }
}
