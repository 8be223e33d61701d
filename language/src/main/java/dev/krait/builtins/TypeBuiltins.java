package dev.krait.builtins;

import dev.krait.runtime.protocol.PyObjectCall;

import dev.krait.runtime.ObjectAttributes;

import dev.krait.runtime.objects.PModule;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.dsl.GenerateNodeFactory;
import com.oracle.truffle.api.dsl.Specialization;

import dev.krait.runtime.KraitContext;
import dev.krait.runtime.protocol.PyObjectSetAttr;
import dev.krait.runtime.exceptions.Errors;
import dev.krait.runtime.objects.PDict;
import dev.krait.runtime.objects.PNone;
import dev.krait.runtime.objects.PTuple;
import dev.krait.runtime.objects.PythonClass;
import dev.krait.runtime.protocol.PyObjectGetAttr;
import dev.krait.runtime.protocol.PyObjectIsTrue;
import dev.krait.runtime.protocol.PyObjectRepr;
import dev.krait.runtime.protocol.PyObjectType;
import dev.krait.runtime.protocol.TypeCall;

/** {@code type}: the class of classes. */
final class TypeBuiltins {
    private TypeBuiltins() {
    }

    /**
     * {@code __text_signature__} of the builtin types that have one in CPython 3.12 (their constructor's signature, as
     * inspect.signature reads it); every other type has None.
     */
    private static final java.util.Map<String, String> BUILTIN_TEXT_SIGNATURES = java.util.Map.ofEntries(
                    java.util.Map.entry("cell", "([contents])"),
                    java.util.Map.entry("code", "(argcount, posonlyargcount, kwonlyargcount, nlocals, stacksize,\n" +
                                    "     flags, codestring, constants, names, varnames, filename, name,\n" +
                                    "     qualname, firstlineno, linetable, exceptiontable, freevars=(),\n" +
                                    "     cellvars=(), /)"),
                    java.util.Map.entry("complex", "(real=0, imag=0)"),
                    java.util.Map.entry("enumerate", "(iterable, start=0)"),
                    java.util.Map.entry("float", "(x=0, /)"),
                    java.util.Map.entry("function", "(code, globals, name=None, argdefs=None, closure=None)"),
                    java.util.Map.entry("instancemethod", "(function, /)"),
                    java.util.Map.entry("list", "(iterable=(), /)"),
                    java.util.Map.entry("memoryview", "(object)"),
                    java.util.Map.entry("method", "(function, instance, /)"),
                    java.util.Map.entry("module", "(name, doc=None)"),
                    java.util.Map.entry("object", "()"),
                    java.util.Map.entry("property", "(fget=None, fset=None, fdel=None, doc=None)"),
                    java.util.Map.entry("reversed", "(sequence, /)"),
                    java.util.Map.entry("tuple", "(iterable=(), /)"));

    static void installAttributes(KraitContext context) {
        PythonClass type = context.classes().typeClass;
        installAbstractMethods(context, type);
        // a class's own annotations: a class that has none gets an empty dict (not its base's), as in CPython
        BuiltinTypeInstaller.getset(context, type, "__annotations__", self -> {
            PythonClass cls = (PythonClass) self;
            Object annotations = cls.getOwn("__annotations__");
            if (annotations == null) {
                if (cls.isBuiltin()) {
                    throw Errors.attributeError("type object '" + cls.getName() + "' has no attribute '__annotations__'");
                }
                annotations = context.newDict();
                cls.setOwn("__annotations__", annotations);
            }
            return annotations;
        }, (self, value) -> {
            PythonClass cls = (PythonClass) self;
            if (value == null) {
                if (cls.removeOwn("__annotations__") == null) {
                    throw Errors.attributeError("__annotations__");
                }
            } else {
                cls.setOwn("__annotations__", value);
            }
        });
        BuiltinTypeInstaller.getset(context, type, "__name__", self -> ((PythonClass) self).getName(), (self, value) -> {
            if (!(value instanceof String s)) {
                throw Errors.typeError("can only assign string to " + ((PythonClass) self).getName() + ".__name__, not '" +
                                PyObjectType.typeName(value) + "'");
            }
            if (s.indexOf('\0') >= 0) {
                throw Errors.valueError("type name must not contain null characters");
            }
            if (s.chars().anyMatch(c -> Character.isSurrogate((char) c))) {
                dev.krait.runtime.bytes.Codecs.encode(s, "utf-8", "strict"); // a lone surrogate: CPython's UnicodeEncodeError
            }
            ((PythonClass) self).setName(s);
        });
        BuiltinTypeInstaller.getset(context, type, "__qualname__", self -> ((PythonClass) self).getQualname(), (self, value) -> {
            if (!(value instanceof String s)) {
                throw Errors.typeError("can only assign string to " + ((PythonClass) self).getName() + ".__qualname__, not '" +
                                PyObjectType.typeName(value) + "'");
            }
            ((PythonClass) self).setQualname(s);
        });
        BuiltinTypeInstaller.getset(context, type, "__bases__", self -> context.newTuple(((PythonClass) self).getBases().clone()),
                        (self, value) -> ClassBuilder.assignBases(context, (PythonClass) self, value));
        BuiltinTypeInstaller.getset(context, type, "__base__", self -> {
            PythonClass[] bases = ((PythonClass) self).getBases();
            PythonClass best = bases.length == 0 ? null : ClassBuilder.bestBase(java.util.List.of(bases));
            return best == null ? PNone.NONE : best;
        }, null);
        BuiltinTypeInstaller.getset(context, type, "__mro__", self -> context.newTuple(((PythonClass) self).getMro().clone()), null);
        BuiltinTypeInstaller.getset(context, type, "__dict__", self -> MappingProxyBuiltins.ofNamespace(context, (PythonClass) self), null);
        BuiltinTypeInstaller.getset(context, type, "__module__", self -> {
            Object module = ((PythonClass) self).getOwn("__module__");
            // type's own entry is this descriptor: type itself is a builtin
            return module == null || module instanceof dev.krait.runtime.objects.PGetSetDescriptor ? "builtins" : module;
        }, (self, value) -> ((PythonClass) self).setOwn("__module__", checkSpecialAttributeSet((PythonClass) self, "__module__", value)));
        BuiltinTypeInstaller.getset(context, type, "__doc__", self -> {
            Object doc = ((PythonClass) self).getOwn("__doc__");
            // a builtin type whose __doc__ entry serves its instances (function, type, ...) keeps its own aside
            return doc == null ? PNone.NONE : doc instanceof dev.krait.runtime.objects.PGetSetDescriptor ? BuiltinDocs.docBehindDescriptor((PythonClass) self, doc) : doc;
        }, (self, value) -> ((PythonClass) self).setOwn("__doc__", checkSpecialAttributeSet((PythonClass) self, "__doc__", value)));
    }

    private static void installAbstractMethods(KraitContext context, PythonClass type) {
        BuiltinTypeInstaller.getset(context, type, "__abstractmethods__", self -> {
            Object value = ((PythonClass) self).getOwn("__abstractmethods__");
            if (value == null || value instanceof dev.krait.runtime.objects.PGetSetDescriptor) {
                throw Errors.attributeError("__abstractmethods__");
            }
            return value;
        }, (self, value) -> {
            PythonClass cls = (PythonClass) self;
            if (cls.isBuiltin()) {
                throw Errors.typeError("cannot " + (value == null ? "delete" : "set") + " '__abstractmethods__' attribute of immutable type '" + cls.getName() + "'");
            }
            if (value == null) {
                if (cls.getOwn("__abstractmethods__") == null) {
                    throw Errors.attributeError("__abstractmethods__");
                }
                cls.removeOwn("__abstractmethods__");
                cls.setAbstract(false);
            } else {
                boolean isAbstract = PyObjectIsTrue.isTrue(value);
                cls.setOwn("__abstractmethods__", value);
                cls.setAbstract(isAbstract);
            }
        });
        BuiltinTypeInstaller.getset(context, type, "__flags__", self -> TypeFlags.of(context, (PythonClass) self), null);
        BuiltinTypeInstaller.getset(context, type, "__text_signature__", self -> {
            PythonClass cls = (PythonClass) self;
            String signature = cls.isBuiltin() ? BUILTIN_TEXT_SIGNATURES.get(cls.getName()) : signatureInDoc(cls.getName(), cls.getOwn("__doc__"));
            return signature != null ? signature : PNone.NONE;
        }, null);
    }

    /**
     * The signature a class's docstring starts with, as CPython's builtin docstrings do: {@code "Name(a, b=1)\n--\n\n..."}
     * gives {@code "(a, b=1)"}; null for any other docstring.
     */
    private static String signatureInDoc(String name, Object doc) {
        if (!(doc instanceof String text) || !text.startsWith(name + "(")) {
            return null;
        }
        int end = text.indexOf(")\n--\n\n", name.length());
        return end < 0 ? null : text.substring(name.length(), end + 1);
    }

    /** CPython's check before assigning {@code __module__} or {@code __doc__} of a type ({@code value} null: a deletion). */
    private static Object checkSpecialAttributeSet(PythonClass cls, String name, Object value) {
        if (cls.isBuiltin()) {
            throw Errors.typeError("cannot set '" + name + "' attribute of immutable type '" + cls.getName() + "'");
        }
        if (value == null) {
            throw Errors.typeError("cannot delete '" + name + "' attribute of immutable type '" + cls.getName() + "'");
        }
        return value;
    }

    @Builtin(name = "__new__", params = {"metatype", "*args", "**kwargs"})
    @GenerateNodeFactory
    abstract static class NewNode extends BuiltinNode.Builtin3 {
        @Specialization
        @TruffleBoundary
        static Object newType(Object metatype, Object args, Object kwargs) {
            KraitContext context = KraitContext.get(null);
            Object[] items = ((PTuple) args).items();
            if (items.length == 1 && metatype == context.classes().typeClass && ((PDict) kwargs).size() == 0) {
                return PyObjectType.classOf(context, items[0]);
            }
            if (items.length != 3) {
                throw Errors.typeError("type() takes 1 or 3 arguments");
            }
            if (!(items[0] instanceof String name)) {
                throw Errors.typeError("type.__new__() argument 1 must be str, not " + PyObjectType.typeName(items[0]));
            }
            if (!(items[1] instanceof PTuple bases)) {
                throw Errors.typeError("type.__new__() argument 2 must be tuple, not " + PyObjectType.typeName(items[1]));
            }
            if (!(items[2] instanceof PDict namespace)) {
                throw Errors.typeError("type.__new__() argument 3 must be dict, not " + PyObjectType.typeName(items[2]));
            }
            if (!(metatype instanceof PythonClass meta)) {
                throw Errors.typeError("type.__new__(X): X is not a type object");
            }
            PythonClass winner = ClassBuilder.mostDerivedMetaclass(context, meta, bases.items());
            if (winner != meta) {
                Object winnerNew = winner.lookup("__new__");
                if (winnerNew != context.classes().typeClass.getOwn("__new__")) {
                    Object[] newArgs = new Object[]{winner, items[0], items[1], items[2]};
                    return PyObjectCall.callWithKeywordDict(PyObjectGetAttr.get(winner, "__new__"), newArgs, (PDict) kwargs);
                }
                meta = winner;
            }
            boolean moduleGiven = namespace.getItem("__module__") != null;
            PythonClass cls = ClassBuilder.createClass(context, meta, name, bases.items(), namespace, (PDict) kwargs);
            cls.markCollectible();
            if (!moduleGiven) {
                // CPython names the module whose code called type(): the caller's globals' __name__.
                Object module = CodeExecutionFunctions.callerGlobals(context).getItem("__name__");
                if (module != null) {
                    cls.defineOwn("__module__", module);
                }
            }
            return cls;
        }
    }

    @Builtin(name = "__init__", params = {"cls", "*args", "**kwargs"})
    @GenerateNodeFactory
    abstract static class InitNode extends BuiltinNode.Builtin3 {
        @Specialization
        static Object init(Object cls, Object args, Object kwargs) {
            return PNone.NONE;
        }
    }

    @Builtin(name = "__call__", params = {"cls", "*args", "**kwargs"})
    @GenerateNodeFactory
    abstract static class CallNode extends BuiltinNode.Builtin3 {
        @Specialization
        @TruffleBoundary
        static Object call(Object cls, Object args, Object kwargs) {
            PDict keywords = (PDict) kwargs;
            String[] names = new String[keywords.size()];
            Object[] keys = keywords.storage().keysArray();
            for (int i = 0; i < names.length; i++) {
                names[i] = (String) keys[i];
            }
            return TypeCall.callType((PythonClass) cls, ((PTuple) args).items(), names, keywords.storage().valuesArray());
        }
    }

    /** {@code type.__setattr__}: a class's own attribute assignment (what object.__setattr__ refuses to do for it). */
    @Builtin(name = "__setattr__", params = {"self", "name", "value", "/"})
    @GenerateNodeFactory
    abstract static class SetAttrNode extends BuiltinNode.Builtin3 {
        @Specialization
        static Object setattr(Object self, Object name, Object value) {
            KraitContext context = KraitContext.get(null);
            PyObjectSetAttr.genericSet(context, PyObjectType.classOf(context, self), checkedType(self, "__setattr__"),
                            PyObjectGetAttr.attributeName(name), value);
            return PNone.NONE;
        }
    }

    @Builtin(name = "__delattr__", params = {"self", "name", "/"})
    @GenerateNodeFactory
    abstract static class DelAttrNode extends BuiltinNode.Builtin2 {
        @Specialization
        static Object delattr(Object self, Object name) {
            KraitContext context = KraitContext.get(null);
            PyObjectSetAttr.genericSet(context, PyObjectType.classOf(context, self), checkedType(self, "__delattr__"),
                            PyObjectGetAttr.attributeName(name), null);
            return PNone.NONE;
        }
    }

    private static PythonClass checkedType(Object self, String method) {
        if (!(self instanceof PythonClass cls)) {
            throw Errors.typeError("descriptor '" + method + "' requires a 'type' object but received a '" + PyObjectType.typeName(self) + "'");
        }
        return cls;
    }

    @Builtin(name = "__repr__", params = {"self", "/"})
    @GenerateNodeFactory
    abstract static class ReprNode extends BuiltinNode.Builtin1 {
        @Specialization
        static String repr(Object self) {
            return "<class '" + PyObjectRepr.qualifiedName((PythonClass) self) + "'>";
        }
    }

    @Builtin(name = "mro", params = {"self", "/"})
    @GenerateNodeFactory
    abstract static class MroNode extends BuiltinNode.Builtin1 {
        @Specialization
        static Object mro(Object self) {
            return KraitContext.get(null).newList((Object[]) ClassBuilder.defaultMro((PythonClass) self));
        }
    }

    @Builtin(name = "__subclasses__", params = {"self", "/"})
    @GenerateNodeFactory
    abstract static class SubclassesNode extends BuiltinNode.Builtin1 {
        @Specialization
        static Object subclasses(Object self) {
            return KraitContext.get(null).newList(((PythonClass) self).getSubclasses().toArray());
        }
    }

    @Builtin(name = "__prepare__", params = {"metatype", "*args", "**kwargs"}, classMethod = true)
    @GenerateNodeFactory
    abstract static class PrepareNode extends BuiltinNode.Builtin3 {
        @Specialization
        static Object prepare(Object metatype, Object args, Object kwargs) {
            return KraitContext.get(null).newDict();
        }
    }

    @Builtin(name = "__instancecheck__", params = {"self", "instance", "/"})
    @GenerateNodeFactory
    abstract static class InstanceCheckNode extends BuiltinNode.Builtin2 {
        @Specialization
        static boolean check(Object self, Object instance) {
            return PyObjectType.classOf(instance).isSubclassOf((PythonClass) self);
        }
    }

    @Builtin(name = "__subclasscheck__", params = {"self", "subclass", "/"})
    @GenerateNodeFactory
    abstract static class SubclassCheckNode extends BuiltinNode.Builtin2 {
        @Specialization
        static boolean check(Object self, Object subclass) {
            if (!(subclass instanceof PythonClass sub)) {
                throw Errors.typeError("issubclass() arg 1 must be a class");
            }
            return sub.isSubclassOf((PythonClass) self);
        }
    }

    /** Calls a function of the bundled {@code _generic_types} module (types.GenericAlias and types.UnionType). */
    @TruffleBoundary
    static Object genericTypes(String function, Object... args) {
        KraitContext context = KraitContext.get(null);
        PModule module = dev.krait.runtime.ModuleLoader.importModule(context, "_generic_types");
        return PyObjectCall.call(ObjectAttributes.get(module, function), args);
    }

    /** {@code int | None}: a types.UnionType. */
    @Builtin(name = "__or__", params = {"self", "other", "/"})
    @GenerateNodeFactory
    abstract static class OrNode extends BuiltinNode.Builtin2 {
        @Specialization
        static Object or(Object self, Object other) {
            return genericTypes("_union", self, other);
        }
    }

    @Builtin(name = "__ror__", params = {"self", "other", "/"})
    @GenerateNodeFactory
    abstract static class RorNode extends BuiltinNode.Builtin2 {
        @Specialization
        static Object ror(Object self, Object other) {
            return genericTypes("_union", other, self);
        }
    }
}
