package dev.krait.runtime.protocol;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;

import dev.krait.runtime.KraitContext;
import dev.krait.runtime.ObjectAttributes;
import dev.krait.runtime.exceptions.ErrorType;
import dev.krait.runtime.exceptions.Errors;
import dev.krait.runtime.exceptions.PException;
import dev.krait.runtime.interop.ForeignObjects;
import dev.krait.runtime.interop.InteropValues;
import dev.krait.runtime.objects.PBuiltinFunction;
import dev.krait.runtime.objects.PFunction;
import dev.krait.runtime.objects.PGetSetDescriptor;
import dev.krait.runtime.objects.PMethodWrapper;
import dev.krait.runtime.objects.PBoxedValue;
import dev.krait.runtime.objects.PModule;
import dev.krait.runtime.objects.PNone;
import dev.krait.runtime.objects.PProperty;
import dev.krait.runtime.objects.PythonClass;
import dev.krait.runtime.objects.PythonObject;

/** {@code PyObject_GetAttr}: attribute look-up with descriptors, instance attributes and {@code __getattr__}. */
public final class PyObjectGetAttr {
    private PyObjectGetAttr() {
    }

    /** The attribute, or raises AttributeError. */
    @TruffleBoundary
    /**
     * The name argument of {@code getattr}/{@code setattr}/{@code delattr}/{@code hasattr} and the attribute slots:
     * a str (a str subclass instance names its text), else CPython's TypeError.
     */
    public static String attributeName(Object name) {
        if (name instanceof String s) {
            return s;
        }
        if (dev.krait.runtime.objects.PBoxedValue.unwrap(name) instanceof String s) {
            return s;
        }
        throw Errors.typeError("attribute name must be string, not '" + PyObjectType.typeName(name) + "'");
    }

    public static Object get(Object object, String name) {
        Object value;
        try {
            value = lookup(object, name, true);
        } catch (PException e) {
            throw withAttributeErrorContext(e, object, name);
        }
        if (value == null) {
            throw attributeError(object, name);
        }
        return value;
    }

    /** The attribute, or null when there is none (AttributeError raised by Python code is caught too). */
    @TruffleBoundary
    public static Object getOrNull(Object object, String name) {
        return lookup(object, name, false);
    }

    /** With {@code propagate}, an AttributeError raised by {@code __getattr__} itself reaches the caller unchanged. */
    private static Object lookup(Object object, String name, boolean propagate) {
        if (InteropValues.isForeign(object)) {
            Object member = ForeignObjects.readMember(object, name);
            if (member != null) {
                return member;
            }
        }
        KraitContext context = KraitContext.get(null);
        if (object instanceof dev.krait.runtime.objects.PSuper sup) {
            Object value = sup.lookup(name);
            return value != null ? value : genericGetAttr(context.classes().superClass, object, name);
        }
        PythonClass type = PyObjectType.classOf(context, object);
        Object getattribute = type.lookup("__getattribute__");
        if (isOverriddenGetAttribute(getattribute)) {
            // __getattr__ is looked up before __getattribute__ runs (CPython's slot_tp_getattr_hook)
            Object getattr = type.lookup("__getattr__");
            try {
                return PyObjectCall.callDescriptor(getattribute, object, new Object[]{name}, new String[0],
                                new Object[0]);
            } catch (PException e) {
                if (!isAttributeError(context, e)) {
                    throw e;
                }
                return callGetattrHook(getattr, object, name, e, propagate);
            }
        }
        Object value;
        try {
            value = object instanceof PythonClass cls ? typeGetAttr(context, cls, name) : genericGetAttr(type, object, name);
        } catch (PException e) {
            if (object instanceof dev.krait.runtime.objects.PBoundMethod method && isAttributeError(context, e)) {
                // a method's own descriptors (its __dict__, say) give way to its function's attributes; the
                // function's AttributeError is the one raised (CPython's method_getattro)
                Object forwarded = lookup(method.getFunction(), name, propagate);
                if (forwarded != null) {
                    return forwarded;
                }
            }
            // An AttributeError from a descriptor (a property's getter, say) falls back to __getattr__ too.
            if (!isAttributeError(context, e) || type.lookup("__getattr__") == null) {
                throw e;
            }
            return callGetattrHook(type, object, name, e, propagate);
        }
        if (value == null && object instanceof dev.krait.runtime.objects.PBoundMethod method) {
            // a method shows its function's attributes, and the function's AttributeError (CPython's method_getattro)
            Object forwarded = lookup(method.getFunction(), name, propagate);
            if (forwarded == null && propagate) {
                throw attributeError(method.getFunction(), name);
            }
            return forwarded;
        }
        if (value == null && object instanceof PModule module) {
            value = callModuleGetattr(context, module, name, propagate);
            if (value != null) {
                return value;
            }
            // then the __getattr__ of a module subclass (types.ModuleType subclassed)
        }
        if (value == null) {
            return callGetattrHook(type, object, name, null, propagate);
        }
        return value;
    }

    /** A module's own {@code __getattr__(name)} function (PEP 562), called for a name the module lacks. */
    private static Object callModuleGetattr(KraitContext context, PModule module, String name, boolean propagate) {
        Object getattr = ObjectAttributes.get(module, "__getattr__");
        if (getattr == null) {
            return null;
        }
        try {
            return PyObjectCall.call(getattr, name);
        } catch (PException e) {
            if (!propagate && isAttributeError(context, e)) {
                return null;
            }
            throw e;
        }
    }

    private static Object callGetattrHook(PythonClass type, Object object, String name, PException original, boolean propagate) {
        return callGetattrHook(type.lookup("__getattr__"), object, name, original, propagate);
    }

    private static Object callGetattrHook(Object getattr, Object object, String name, PException original, boolean propagate) {
        if (getattr == null) {
            if (original != null && propagate) {
                throw original;
            }
            return null;
        }
        try {
            return PyObjectCall.callDescriptor(getattr, object, new Object[]{name}, new String[0], new Object[0]);
        } catch (PException e) {
            if (!propagate && isAttributeError(KraitContext.get(null), e)) {
                return null;
            }
            throw e;
        }
    }

    /**
     * Whether a class's {@code __getattribute__} is the program's (a function, or any other callable or descriptor
     * assigned in a class body) rather than a builtin type's.
     */
    public static boolean isOverriddenGetAttribute(Object getattribute) {
        return getattribute != null && !(getattribute instanceof PBuiltinFunction);
    }

    /** {@code object.__getattribute__}: null when not found (no {@code __getattr__} call). */
    @TruffleBoundary
    public static Object genericGetAttr(PythonClass type, Object object, String name) {
        Object descriptor = type.lookup(name);
        if (descriptor != null && isDataDescriptor(descriptor) && hasGet(descriptor)) {
            return descriptorGet(descriptor, object, type);
        }
        if (object instanceof PythonObject pythonObject && !(object instanceof PythonClass)) {
            Object own = ObjectAttributes.get(pythonObject, name);
            if (own != null) {
                return own;
            }
        }
        if (descriptor != null) {
            return descriptorGet(descriptor, object, type);
        }
        return null;
    }

    /** {@code type.__getattribute__}: the metatype's data descriptors, then the class's MRO, then the metatype. */
    @TruffleBoundary
    public static Object typeGetAttr(KraitContext context, PythonClass cls, String name) {
        PythonClass metatype = cls.getPythonClass();
        Object metaDescriptor = metatype.lookup(name);
        if (metaDescriptor != null && isDataDescriptor(metaDescriptor)) {
            return descriptorGet(metaDescriptor, cls, metatype);
        }
        Object attribute = cls.lookup(name);
        if (attribute != null) {
            return descriptorGet(attribute, null, cls);
        }
        if (metaDescriptor != null) {
            return descriptorGet(metaDescriptor, cls, metatype);
        }
        return null;
    }

    /** Whether {@code descriptor} defines {@code __set__} or {@code __delete__} (it then wins over instance attributes). */
    @TruffleBoundary
    /** Whether {@code descriptor} is a {@code __slots__} entry's (a member descriptor). */
    public static boolean isSlotDescriptor(Object descriptor) {
        return descriptor instanceof PGetSetDescriptor getset &&
                        getset.getPythonClass() == KraitContext.get(null).classes().memberDescriptorClass;
    }

    /**
     * Whether {@code descriptor}, found as {@code cls.name}, is the slot {@code name} of {@code cls}'s own layout, so
     * the value is the instance's own attribute {@code name} (a slot's descriptor stored under another name, or in a
     * class of another layout, must be called instead).
     */
    public static boolean isOwnSlotDescriptor(Object descriptor, PythonClass cls, String name) {
        return isSlotDescriptor(descriptor) && ((PGetSetDescriptor) descriptor).name().equals(name) && cls.isSubclassOf(((PGetSetDescriptor) descriptor).owner());
    }

    /**
     * Whether a data descriptor has a {@code __get__}: one with only {@code __set__}/{@code __delete__} does not hide
     * the instance's own attribute when reading (CPython's generic getattr checks tp_descr_get first).
     */
    private static boolean hasGet(Object descriptor) {
        return !(descriptor instanceof PythonObject) || descriptor instanceof PProperty || descriptor instanceof PGetSetDescriptor ||
                        PyObjectType.classOf(descriptor).lookup("__get__") != null;
    }

    public static boolean isDataDescriptor(Object descriptor) {
        if (descriptor instanceof PProperty || descriptor instanceof PGetSetDescriptor) {
            return true;
        }
        if (descriptor instanceof PFunction || descriptor instanceof PBuiltinFunction || !(descriptor instanceof PythonObject)) {
            return false;
        }
        PythonClass type = PyObjectType.classOf(descriptor);
        return !type.isBuiltin() && (type.lookup("__set__") != null || type.lookup("__delete__") != null);
    }

    /**
     * {@code classmethod.__get__}: binds the callable to the class; a callable that is itself a descriptor (a
     * property, a user descriptor) is asked for its binding instead, as CPython 3.12 still does.
     */
    public static Object classMethodGet(KraitContext context, Object callable, PythonClass owner) {
        if (callable instanceof PProperty || callable instanceof PMethodWrapper || callable instanceof PythonObject && !(callable instanceof PythonClass) &&
                        !PyObjectType.classOf(context, callable).isBuiltin() && PyObjectType.classOf(context, callable).lookup("__get__") != null) {
            return descriptorGet(callable, owner, owner); // CPython passes the class as both instance and owner
        }
        return context.newBoundMethod(owner, callable);
    }

    /**
     * {@code descriptor.__get__(instance, owner)}; {@code instance} is null for a look-up on the class itself.
     */
    @TruffleBoundary
    public static Object descriptorGet(Object descriptor, Object instance, PythonClass owner) {
        KraitContext context = KraitContext.get(null);
        if (descriptor instanceof PFunction) {
            return instance == null ? descriptor : context.newBoundMethod(instance, descriptor);
        } else if (descriptor instanceof PBuiltinFunction builtin) {
            if (instance == null || builtin.getOwner() == null) {
                return descriptor;
            }
            if (!PyObjectType.classOf(context, instance).isSubclassOf(builtin.getOwner()) && !builtin.getName().equals("__new__")) {
                // a method descriptor of another type stored in this class (CPython's descr_check)
                throw Errors.typeError("descriptor '" + builtin.getName() + "' for '" + builtin.getOwner().getName() +
                                "' objects doesn't apply to a '" + PyObjectType.typeName(instance) + "' object");
            }
            return context.newBoundMethod(instance, descriptor);
        } else if (descriptor instanceof PMethodWrapper wrapper && wrapper.getPythonClass().isBuiltin()) {
            if (wrapper.isClassMethod()) {
                return classMethodGet(context, wrapper.callable(), owner);
            }
            return wrapper.callable();
        } else if (descriptor instanceof PProperty property && property.getPythonClass().isBuiltin()) {
            if (instance == null) {
                return property;
            }
            if (property.getter() == PNone.NONE) {
                throw property.noAccessor(instance, "getter");
            }
            return PyObjectCall.call(property.getter(), instance);
        } else if (descriptor instanceof PGetSetDescriptor getset) {
            if (instance == null) {
                return getset;
            }
            Object value = getset.getter().apply(instance);
            if (value == null) {
                throw attributeError(instance, getset.name());
            }
            return value;
        } else if (descriptor instanceof dev.krait.runtime.objects.PSuper sup && sup.object() == null && PyObjectType.classOf(context, sup).isBuiltin()) {
            // an unbound super object in a class binds to the instance it is read through
            return instance == null ? sup : dev.krait.runtime.objects.PSuper.create(context, sup.type(), instance);
        } else if (descriptor instanceof PythonObject && !(descriptor instanceof PythonClass) && !(descriptor instanceof PModule)) {
            PythonClass type = PyObjectType.classOf(context, descriptor);
            if (!type.isBuiltin()) {
                Object get = type.lookup("__get__");
                if (get != null) {
                    // CPython's slot_tp_descr_get calls the class's __get__ as found, with the descriptor first: a
                    // callable object there is called, not bound through its own __get__
                    return PyObjectCall.call(get, descriptor, instance == null ? PNone.NONE : instance, owner);
                }
            }
        }
        return descriptor;
    }

    @TruffleBoundary
    public static PException attributeError(Object object, String name) {
        if (object instanceof PythonClass cls) {
            return Errors.attributeError("type object '" + cls.getName() + "' has no attribute '" + name + "'", name, object);
        }
        if (object instanceof PModule module) {
            // named by its __name__ as it is now (deleted or not a str: no name)
            Object moduleName = module.getGlobal("__name__");
            if (PBoxedValue.unwrap(moduleName) instanceof String s) {
                return Errors.attributeError("module '" + s + "' has no attribute '" + name + "'", name, object);
            }
            return Errors.attributeError("module has no attribute '" + name + "'", name, object);
        }
        return Errors.attributeError("'" + PyObjectType.typeName(object) + "' object has no attribute '" + name + "'", name, object);
    }

    /**
     * An AttributeError leaving an attribute read gets the name and object read, unless it names some already
     * (CPython's set_attribute_error_context): a {@code __getattr__} or property raising a bare one, say.
     */
    @TruffleBoundary
    private static PException withAttributeErrorContext(PException e, Object object, String name) {
        if (e.lazyAttributes() != null && e.getPythonExceptionOrNull() == null) {
            return e; // made by the runtime with its name and object
        }
        KraitContext context = KraitContext.get(null);
        if (!isAttributeError(context, e)) {
            return e;
        }
        dev.krait.runtime.objects.PBaseException exception = ExceptionMatching.materialize(context, e);
        Object oldName = ObjectAttributes.get(exception, "name");
        Object oldObject = ObjectAttributes.get(exception, "obj");
        if ((oldName == null || oldName == PNone.NONE) && (oldObject == null || oldObject == PNone.NONE)) {
            PyObjectSetAttr.set(exception, "name", name);
            PyObjectSetAttr.set(exception, "obj", object);
        }
        return e;
    }

    public static boolean isAttributeError(KraitContext context, PException e) {
        return ExceptionMatching.matches(context, e, context.classes().errorClass(ErrorType.AttributeError));
    }
}
