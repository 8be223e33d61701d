package dev.krait.builtins;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.dsl.GenerateNodeFactory;
import com.oracle.truffle.api.dsl.Specialization;

import dev.krait.runtime.KraitContext;
import dev.krait.runtime.ObjectAttributes;
import dev.krait.runtime.exceptions.Errors;
import dev.krait.runtime.objects.PBuiltinFunction;
import dev.krait.runtime.objects.PNone;
import dev.krait.runtime.objects.PTuple;
import dev.krait.runtime.objects.PythonClass;
import dev.krait.runtime.protocol.PyObjectCall;
import dev.krait.runtime.protocol.PyObjectGetAttr;
import dev.krait.runtime.protocol.PyObjectRepr;
import dev.krait.runtime.protocol.PyObjectSetAttr;
import dev.krait.runtime.protocol.PyObjectType;
import dev.krait.runtime.protocol.Singletons;
import dev.krait.runtime.storage.Hashing;

/** {@code object}: the root of every class. */
final class ObjectBuiltins {
    private ObjectBuiltins() {
    }

    private static boolean hasArguments(Object args, Object kwargs) {
        return ((PTuple) args).length() > 0 || ((dev.krait.runtime.objects.PDict) kwargs).size() > 0;
    }

    /** Whether {@code type}'s {@code name} is its own rather than {@code object}'s (CPython's excess-argument rules). */
    private static boolean overridesObjectMethod(KraitContext context, PythonClass type, String name) {
        return !(type.lookup(name) instanceof PBuiltinFunction b && b.getOwner() == context.classes().objectClass);
    }

    /** The {@code __dict__} attribute of {@code owner}'s instances (CPython's {@code subtype_dict} getset). */
    static dev.krait.runtime.objects.PGetSetDescriptor instanceDictDescriptor(KraitContext context, PythonClass owner) {
        return new dev.krait.runtime.objects.PGetSetDescriptor(context.classes().byName("getset_descriptor"), context.getShape(), "__dict__", owner,
                        self -> dev.krait.runtime.ObjectAttributes.instanceDict(context, self), (self, value) -> setInstanceDict(context, self, value))
                        .withDoc("dictionary for instance variables");
    }

    /** The {@code __weakref__} attribute of {@code owner}'s instances: the first weak reference to the object, or None. */
    static dev.krait.runtime.objects.PGetSetDescriptor weakrefDescriptor(KraitContext context, PythonClass owner) {
        return new dev.krait.runtime.objects.PGetSetDescriptor(context.classes().byName("getset_descriptor"), context.getShape(), "__weakref__", owner,
                        self -> context.weakReferences().firstReference(self), null).withDoc("list of weak references to the object");
    }

    private static void setInstanceDict(KraitContext context, Object self, Object value) {
        if (self instanceof dev.krait.runtime.objects.PModule) {
            throw Errors.attributeError("readonly attribute");
        }
        if (value == null && (self instanceof dev.krait.runtime.objects.PFunction || self instanceof dev.krait.runtime.objects.PBaseException)) {
            throw Errors.typeError("cannot delete __dict__");
        }
        if (value == null && dev.krait.runtime.ObjectAttributes.instanceDict(context, self) != null) {
            // del obj.__dict__: the object starts over with an empty one
            ((dev.krait.runtime.objects.PythonObject) self).setInstanceDict(context.newDict());
            return;
        }
        if (!(value instanceof dev.krait.runtime.objects.PDict dict)) {
            throw Errors.typeError("__dict__ must be set to a dictionary, not a '" + PyObjectType.typeName(value) + "'");
        }
        if (dev.krait.runtime.ObjectAttributes.instanceDict(context, self) == null) {
            throw Errors.attributeError("'" + PyObjectType.typeName(self) + "' object has no attribute '__dict__'");
        }
        ((dev.krait.runtime.objects.PythonObject) self).setInstanceDict(dict);
    }

    static void installAttributes(KraitContext context) {
        PythonClass object = context.classes().objectClass;
        // object itself has no __dict__: the builtin types with instance dicts and each class that adds one have theirs
        for (PythonClass withDict : new PythonClass[]{context.classes().functionClass, context.classes().moduleClass, context.classes().baseException}) {
            withDict.defineOwn("__dict__", instanceDictDescriptor(context, withDict));
        }
        BuiltinTypeInstaller.getset(context, object, "__class__", PyObjectType::classOf, (self, value) -> {
            if (value == null) {
                throw Errors.typeError("can't delete __class__ attribute");
            }
            if (!(value instanceof PythonClass cls)) {
                throw Errors.typeError("__class__ must be set to a class, not '" + PyObjectType.typeName(value) + "' object");
            }
            PythonClass moduleClass = context.classes().moduleClass;
            boolean modules = self instanceof dev.krait.runtime.objects.PModule && cls.isSubclassOf(moduleClass);
            if (!(self instanceof dev.krait.runtime.objects.PythonObject obj) || !modules && (PyObjectType.classOf(self).isBuiltin() || cls.isBuiltin())) {
                throw Errors.typeError("__class__ assignment only supported for mutable types or ModuleType subclasses");
            }
            PythonClass old = obj.getPythonClass();
            if (!ClassBuilder.sameLayout(old, cls)) {
                throw Errors.typeError("__class__ assignment: '" + cls.getName() + "' object layout differs from '" + old.getName() + "'");
            }
            obj.setPythonClass(cls);
        });
    }

    @Builtin(name = "__new__", params = {"cls", "*args", "**kwargs"})
    @GenerateNodeFactory
    abstract static class NewNode extends BuiltinNode.Builtin3 {
        @Specialization
        @TruffleBoundary
        static Object newObject(Object cls, Object args, Object kwargs) {
            if (!(cls instanceof PythonClass type)) {
                throw Errors.typeError("object.__new__(X): X is not a type object (" + PyObjectType.typeName(cls) + ")");
            }
            KraitContext context = KraitContext.get(null);
            if (hasArguments(args, kwargs) && (overridesObjectMethod(context, type, "__new__") ||
                            !overridesObjectMethod(context, type, "__init__"))) {
                throw Errors.typeError(type.getName() + "() takes no arguments");
            }
            if (type.isBuiltin() && type != context.classes().objectClass) {
                throw Errors.typeError("object.__new__(" + type.getName() + ") is not safe, use " + type.getName() + ".__new__()");
            }
            if (type.isAbstract()) {
                throw abstractInstantiation(type);
            }
            return ClassBuilder.allocate(context, type);
        }
    }

    /** CPython's object_new error for a class whose {@code __abstractmethods__} is not empty. */
    private static dev.krait.runtime.exceptions.PException abstractInstantiation(PythonClass type) {
        Object methods = type.getOwn("__abstractmethods__");
        Object[] names = methods == null ? new Object[0] : dev.krait.runtime.protocol.PyIter.toArray(methods);
        dev.krait.runtime.storage.ListSort.sort(names, 0, names.length, (a, b) -> dev.krait.runtime.protocol.PyObjectRichCompare.compareBool(dev.krait.runtime.protocol.CompareOperator.LT, a, b));
        StringBuilder joined = new StringBuilder();
        for (Object name : names) {
            joined.append(joined.isEmpty() ? "" : "', '").append(dev.krait.runtime.protocol.PyObjectRepr.str(name));
        }
        return Errors.typeError("Can't instantiate abstract class " + type.getName() + " without an implementation for abstract method" +
                        (names.length > 1 ? "s" : "") + " '" + joined + "'");
    }

    @Builtin(name = "__init__", params = {"self", "*args", "**kwargs"})
    @GenerateNodeFactory
    abstract static class InitNode extends BuiltinNode.Builtin3 {
        @Specialization
        @TruffleBoundary
        static Object init(Object self, Object args, Object kwargs) {
            if (hasArguments(args, kwargs)) {
                PythonClass type = PyObjectType.classOf(self);
                KraitContext context = KraitContext.get(null);
                if (overridesObjectMethod(context, type, "__init__")) {
                    throw Errors.typeError("object.__init__() takes exactly one argument (the instance to initialize)");
                }
                if (!overridesObjectMethod(context, type, "__new__")) {
                    throw Errors.typeError(type.getName() + "() takes no arguments");
                }
            }
            return PNone.NONE;
        }
    }

    @Builtin(name = "__repr__", params = {"self", "/"})
    @GenerateNodeFactory
    abstract static class ReprNode extends BuiltinNode.Builtin1 {
        @Specialization
        static String repr(Object self) {
            KraitContext context = KraitContext.get(null);
            return PyObjectRepr.builtinRepr(context, PyObjectType.classOf(context, self), self);
        }
    }

    @Builtin(name = "__str__", params = {"self", "/"})
    @GenerateNodeFactory
    abstract static class StrNode extends BuiltinNode.Builtin1 {
        @Specialization
        static String str(Object self) {
            return PyObjectRepr.repr(self);
        }
    }

    @Builtin(name = "__eq__", params = {"self", "other", "/"})
    @GenerateNodeFactory
    abstract static class EqNode extends BuiltinNode.Builtin2 {
        @Specialization
        static Object eq(Object self, Object other) {
            return self == other ? (Object) true : Singletons.NOT_IMPLEMENTED;
        }
    }

    @Builtin(name = "__ne__", params = {"self", "other", "/"})
    @GenerateNodeFactory
    abstract static class NeNode extends BuiltinNode.Builtin2 {
        /** CPython's {@code object.__ne__}: the inverse of the type's own {@code __eq__}, without reflection. */
        @Specialization
        @TruffleBoundary
        static Object ne(Object self, Object other) {
            Object eqMethod = PyObjectType.classOf(KraitContext.get(null), self).lookup("__eq__");
            Object eq = eqMethod == null ? Singletons.NOT_IMPLEMENTED
                            : dev.krait.runtime.protocol.PyObjectCall.callDescriptor(eqMethod, self, new Object[]{other}, new String[0], new Object[0]);
            if (eq == Singletons.NOT_IMPLEMENTED) {
                return eq;
            }
            return !dev.krait.runtime.protocol.PyObjectIsTrue.isTrue(eq);
        }
    }

    @Builtin(name = "__lt__", params = {"self", "other", "/"})
    @GenerateNodeFactory
    abstract static class LtNode extends BuiltinNode.Builtin2 {
        @Specialization
        static Object lt(Object self, Object other) {
            return Singletons.NOT_IMPLEMENTED;
        }
    }

    @Builtin(name = "__le__", params = {"self", "other", "/"})
    @GenerateNodeFactory
    abstract static class LeNode extends BuiltinNode.Builtin2 {
        @Specialization
        static Object le(Object self, Object other) {
            return Singletons.NOT_IMPLEMENTED;
        }
    }

    @Builtin(name = "__gt__", params = {"self", "other", "/"})
    @GenerateNodeFactory
    abstract static class GtNode extends BuiltinNode.Builtin2 {
        @Specialization
        static Object gt(Object self, Object other) {
            return Singletons.NOT_IMPLEMENTED;
        }
    }

    @Builtin(name = "__ge__", params = {"self", "other", "/"})
    @GenerateNodeFactory
    abstract static class GeNode extends BuiltinNode.Builtin2 {
        @Specialization
        static Object ge(Object self, Object other) {
            return Singletons.NOT_IMPLEMENTED;
        }
    }

    @Builtin(name = "__hash__", params = {"self", "/"})
    @GenerateNodeFactory
    abstract static class HashNode extends BuiltinNode.Builtin1 {
        @Specialization
        static long hash(Object self) {
            return Hashing.identityHash(self);
        }
    }

    @Builtin(name = "__format__", params = {"self", "format_spec", "/"})
    @GenerateNodeFactory
    abstract static class FormatNode extends BuiltinNode.Builtin2 {
        @Specialization
        static Object format(Object self, Object spec) {
            if (!(spec instanceof String s)) {
                throw Errors.typeError("__format__() argument must be str, not " + PyObjectType.typeName(spec));
            }
            if (!s.isEmpty()) {
                throw Errors.typeError("unsupported format string passed to " + PyObjectType.typeName(self) + ".__format__");
            }
            return dev.krait.runtime.protocol.PyObjectRepr.strObject(self);
        }
    }

    @Builtin(name = "__getattribute__", params = {"self", "name", "/"})
    @GenerateNodeFactory
    abstract static class GetAttributeNode extends BuiltinNode.Builtin2 {
        @Specialization
        @TruffleBoundary
        static Object getattribute(Object self, Object name) {
            String attribute = PyObjectGetAttr.attributeName(name);
            Object value = self instanceof PythonClass cls ? PyObjectGetAttr.typeGetAttr(KraitContext.get(null), cls, attribute)
                            : PyObjectGetAttr.genericGetAttr(PyObjectType.classOf(self), self, attribute);
            if (value == null) {
                throw PyObjectGetAttr.attributeError(self, attribute);
            }
            return value;
        }
    }

    @Builtin(name = "__setattr__", params = {"self", "name", "value", "/"})
    @GenerateNodeFactory
    abstract static class SetAttrNode extends BuiltinNode.Builtin3 {
        @Specialization
        static Object setattr(Object self, Object name, Object value) {
            String attribute = PyObjectGetAttr.attributeName(name);
            KraitContext context = KraitContext.get(null);
            refuseType(context, self, "__setattr__");
            PyObjectSetAttr.genericSet(context, PyObjectType.classOf(context, self), self, attribute, value);
            return PNone.NONE;
        }
    }

    /**
     * CPython's hackcheck: object's __setattr__/__delattr__ must not skip over type's own for a class (type's checks,
     * such as immutable builtin types, would be bypassed).
     */
    private static void refuseType(KraitContext context, Object self, String method) {
        if (self instanceof PythonClass) {
            throw Errors.typeError("can't apply this " + method + " to " + PyObjectType.typeName(self) + " object");
        }
    }

    @Builtin(name = "__delattr__", params = {"self", "name", "/"})
    @GenerateNodeFactory
    abstract static class DelAttrNode extends BuiltinNode.Builtin2 {
        @Specialization
        static Object delattr(Object self, Object name) {
            KraitContext context = KraitContext.get(null);
            refuseType(context, self, "__delattr__");
            PyObjectSetAttr.genericSet(context, PyObjectType.classOf(context, self), self, PyObjectGetAttr.attributeName(name), null);
            return PNone.NONE;
        }
    }

    @Builtin(name = "__init_subclass__", params = {"cls", "/"}, classMethod = true)
    @GenerateNodeFactory
    abstract static class InitSubclassNode extends BuiltinNode.Builtin1 {
        @Specialization
        static Object initSubclass(Object cls) {
            return PNone.NONE;
        }
    }

    /** {@code object.__sizeof__}: CPython 3.12's size of the object, without the collector's header. */
    /** {@code object.__subclasshook__}: no opinion, so that {@code issubclass} goes on as usual. */
    @Builtin(name = "__subclasshook__", params = {"cls", "*args"}, classMethod = true)
    @GenerateNodeFactory
    abstract static class SubclassHookNode extends BuiltinNode.Builtin2 {
        @Specialization
        static Object subclassHook(Object cls, Object args) {
            return Singletons.NOT_IMPLEMENTED;
        }
    }

    @Builtin(name = "__sizeof__", params = {"self", "/"})
    @GenerateNodeFactory
    abstract static class SizeOfNode extends BuiltinNode.Builtin1 {
        @Specialization
        static long sizeOf(Object self) {
            return dev.krait.runtime.memory.ObjectSizes.sizeOf(self);
        }
    }

    @Builtin(name = "__dir__", params = {"self", "/"})
    @GenerateNodeFactory
    abstract static class DirNode extends BuiltinNode.Builtin1 {
        @Specialization
        static Object dir(Object self) {
            return BuiltinFunctions.DirNode.defaultDir(self);
        }
    }

    /**
     * {@code object.__reduce_ex__(protocol)}: an overridden {@code __reduce__} if there is one, else the reduction
     * {@code copyreg} computes from the object's nearest builtin class ({@link #reduceWithCopyreg}).
     */
    @Builtin(name = "__reduce_ex__", params = {"self", "protocol", "/"})
    @GenerateNodeFactory
    abstract static class ReduceExNode extends BuiltinNode.Builtin2 {
        @Specialization
        @TruffleBoundary
        static Object reduce(Object self, Object protocol) {
            KraitContext context = KraitContext.get(null);
            Object reduce = PyObjectType.classOf(context, self).lookup("__reduce__");
            if (reduce != null && reduce != context.classes().objectClass.lookup("__reduce__")) {
                return PyObjectCall.callDescriptor(reduce, self, new Object[0], new String[0], new Object[0]);
            }
            return reduceWithCopyreg(context, "_reduce_object", self, dev.krait.runtime.protocol.PyNumber.asSize(protocol));
        }
    }

    @Builtin(name = "__reduce__", params = {"self", "/"})
    @GenerateNodeFactory
    abstract static class ReduceNode extends BuiltinNode.Builtin1 {
        @Specialization
        @TruffleBoundary
        static Object reduce(Object self) {
            return reduceWithCopyreg(KraitContext.get(null), "_reduce_object", self, PNone.NONE);
        }
    }

    /** {@code object.__getstate__()}: the instance dict (None when empty) and the slot values. */
    @Builtin(name = "__getstate__", params = {"self", "/"})
    @GenerateNodeFactory
    abstract static class GetStateNode extends BuiltinNode.Builtin1 {
        @Specialization
        @TruffleBoundary
        static Object getState(Object self) {
            KraitContext context = KraitContext.get(null);
            Object function = ObjectAttributes.get(dev.krait.runtime.ModuleLoader.importModule(context, "copyreg"), "_object_getstate");
            return PyObjectCall.call(function, self);
        }
    }

    /** Calls {@code copyreg.<name>(self, protocol, base, type_name)} with self's nearest builtin class as base. */
    private static Object reduceWithCopyreg(KraitContext context, String name, Object self, Object protocol) {
        PythonClass cls = PyObjectType.classOf(context, self);
        PythonClass base = context.classes().objectClass;
        for (PythonClass klass : cls.getMro()) {
            if (klass.isBuiltin()) {
                base = klass;
                break;
            }
        }
        String typeName = cls.isBuiltin() ? dev.krait.runtime.protocol.PyObjectRepr.qualifiedName(cls) : cls.getName();
        Object function = ObjectAttributes.get(dev.krait.runtime.ModuleLoader.importModule(context, "copyreg"), name);
        return PyObjectCall.call(function, self, protocol, base, typeName);
    }
}
