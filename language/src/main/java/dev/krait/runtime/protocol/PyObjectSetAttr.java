package dev.krait.runtime.protocol;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;

import dev.krait.runtime.KraitContext;
import dev.krait.runtime.ObjectAttributes;
import dev.krait.runtime.exceptions.Errors;
import dev.krait.runtime.interop.ForeignObjects;
import dev.krait.runtime.interop.InteropValues;
import dev.krait.runtime.objects.PFunction;
import dev.krait.runtime.objects.PGetSetDescriptor;
import dev.krait.runtime.objects.PNone;
import dev.krait.runtime.objects.PProperty;
import dev.krait.runtime.objects.PythonClass;
import dev.krait.runtime.objects.PythonObject;

/** {@code PyObject_SetAttr} and {@code PyObject_DelAttr} ({@code value == null} deletes). */
public final class PyObjectSetAttr {
    private PyObjectSetAttr() {
    }

    @TruffleBoundary
    public static void set(Object object, String name, Object value) {
        if (InteropValues.isForeign(object)) {
            ForeignObjects.setMember(object, name, value);
            return;
        }
        KraitContext context = KraitContext.get(null);
        PythonClass type = PyObjectType.classOf(context, object);
        Object setattr = type.lookup(value == null ? "__delattr__" : "__setattr__");
        if (setattr instanceof PFunction) {
            Object[] args = value == null ? new Object[]{name} : new Object[]{name, value};
            PyObjectCall.callDescriptor(setattr, object, args, new String[0], new Object[0]);
            return;
        }
        genericSet(context, type, object, name, value);
    }

    /** {@code object.__setattr__} / {@code object.__delattr__}. */
    @TruffleBoundary
    public static void genericSet(KraitContext context, PythonClass type, Object object, String name, Object value) {
        if (object instanceof PythonClass cls) {
            setOnType(cls, name, value);
            return;
        }
        Object descriptor = type.lookup(name);
        if (descriptor != null && setViaDescriptor(descriptor, object, name, value)) {
            return;
        }
        if (object instanceof PythonObject && !type.acceptsAttributes() && !type.isBuiltin() && !type.hasSlot(name)) {
            throw Errors.attributeError("'" + type.getTypeName() + "' object has no attribute '" + name + "'");
        }
        if (!(object instanceof PythonObject pythonObject) || type.isBuiltin() && !(type.acceptsAttributes() && ObjectAttributes.isBuiltinWithInstanceDict(object))) {
            if (descriptor == null) {
                throw Errors.attributeError("'" + type.getTypeName() + "' object has no attribute '" + name + "'");
            }
            throw Errors.attributeError("'" + type.getTypeName() + "' object attribute '" + name + "' is read-only");
        }
        if (value == null) {
            if (!ObjectAttributes.remove(pythonObject, name)) {
                throw PyObjectGetAttr.attributeError(object, name);
            }
        } else {
            ObjectAttributes.put(pythonObject, name, value);
        }
    }

    public static boolean setViaDescriptor(Object descriptor, Object object, String name, Object value) {
        if (descriptor instanceof PProperty property && property.getPythonClass().isBuiltin()) {
            Object function = value == null ? property.deleter() : property.setter();
            if (function == PNone.NONE) {
                throw property.noAccessor(object, value == null ? "deleter" : "setter");
            }
            if (value == null) {
                PyObjectCall.call(function, object);
            } else {
                PyObjectCall.call(function, object, value);
            }
            return true;
        }
        if (descriptor instanceof PGetSetDescriptor getset) {
            if (getset.setter() == null) {
                throw Errors.attributeError("attribute '" + name + "' of '" + getset.owner().getTypeName() +
                                "' objects is not writable");
            }
            getset.setter().accept(object, value);
            return true;
        }
        if (PyObjectGetAttr.isDataDescriptor(descriptor)) {
            // a data descriptor with only one of __set__/__delete__ refuses the other (CPython's slot_tp_descr_set)
            Object result = value == null ? PyObjectCall.callSpecial(descriptor, "__delete__", object)
                            : PyObjectCall.callSpecial(descriptor, "__set__", object, value);
            if (result == null) {
                throw Errors.attributeError(value == null ? "__delete__" : "__set__");
            }
            return true;
        }
        return false;
    }

    @TruffleBoundary
    private static void setOnType(PythonClass cls, String name, Object value) {
        // CPython's type_setattro refuses any change to an immutable type before it looks for a descriptor
        if (cls.isBuiltin()) {
            throw Errors.typeError("cannot set '" + name + "' attribute of immutable type '" + cls.getName() + "'");
        }
        PythonClass metatype = cls.getPythonClass();
        Object metaDescriptor = metatype.lookup(name);
        if (metaDescriptor != null && setViaDescriptor(metaDescriptor, cls, name, value)) {
            return;
        }
        if (value == null) {
            if (cls.getOwn(name) == null) {
                throw Errors.attributeError("type object '" + cls.getName() + "' has no attribute '" + name + "'");
            }
            cls.removeOwn(name);
        } else {
            cls.setOwn(name, value);
        }
    }
}
