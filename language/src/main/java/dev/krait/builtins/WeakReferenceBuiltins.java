package dev.krait.builtins;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.dsl.GenerateNodeFactory;
import com.oracle.truffle.api.dsl.Specialization;

import dev.krait.runtime.KraitContext;
import dev.krait.runtime.exceptions.Errors;
import dev.krait.runtime.memory.WeakReferences;
import dev.krait.runtime.objects.PNone;
import dev.krait.runtime.objects.PWeakReference;
import dev.krait.runtime.objects.PythonClass;
import dev.krait.runtime.objects.PythonObject;
import dev.krait.runtime.protocol.PyObjectHash;
import dev.krait.runtime.protocol.PyObjectRepr;
import dev.krait.runtime.protocol.PyObjectRichCompare;
import dev.krait.runtime.protocol.PyObjectType;

/** {@code weakref.ref} ({@code weakref.ReferenceType}): the weak reference type. */
final class WeakReferenceBuiltins {
    private WeakReferenceBuiltins() {
    }

    static PWeakReference self(Object self, String method) {
        if (self instanceof PWeakReference ref) {
            return ref;
        }
        throw OperatorMethods.descriptorError(method, "weakref.ReferenceType", self);
    }

    static void install(KraitContext context) {
        PythonClass cls = context.classes().referenceTypeClass;
        BuiltinTypeInstaller.getset(context, cls, "__callback__", self -> {
            PWeakReference ref = self(self, "__callback__");
            return ref.referent() == null ? PNone.NONE : ref.callback();
        }, null);
    }

    /** {@code weakref.ref(object, callback=None)}. */
    @TruffleBoundary
    static PWeakReference make(KraitContext context, PythonClass cls, Object referent, Object callback) {
        if (!WeakReferences.canReference(referent)) {
            throw Errors.typeError("cannot create weak reference to '" + PyObjectType.typeName(referent) + "' object");
        }
        return context.weakReferences().reference(context, cls, (PythonObject) referent, callback);
    }

    /** {@code ref(ob[, callback])}: keywords are left to {@code __init__} (a subclass's may take some). */
    @Builtin(name = "__new__", params = {"cls", "*args", "**kwargs"})
    @GenerateNodeFactory
    abstract static class NewNode extends BuiltinNode.Builtin3 {
        @Specialization
        static Object newReference(Object cls, Object args, Object kwargs) {
            KraitContext context = KraitContext.get(null);
            Object[] given = ((dev.krait.runtime.objects.PTuple) args).items();
            if (given.length < 1) {
                throw Errors.typeError("__new__ expected at least 1 argument, got 0");
            }
            if (given.length > 2) {
                throw Errors.typeError("__new__ expected at most 2 arguments, got " + given.length);
            }
            return make(context, (PythonClass) cls, given[0], given.length > 1 ? given[1] : PNone.NONE);
        }
    }

    @Builtin(name = "__init__", params = {"self", "*args", "**kwargs"})
    @GenerateNodeFactory
    abstract static class InitNode extends BuiltinNode.Builtin3 {
        @Specialization
        static Object init(Object self, Object args, Object kwargs) {
            if (((dev.krait.runtime.objects.PDict) kwargs).size() > 0) {
                throw Errors.typeError("ref() takes no keyword arguments");
            }
            return PNone.NONE;
        }
    }

    /** Calling the reference: the referent while it lives, then None. */
    @Builtin(name = "__call__", params = {"self", "/"})
    @GenerateNodeFactory
    abstract static class CallNode extends BuiltinNode.Builtin1 {
        @Specialization
        static Object call(Object self) {
            PythonObject referent = self(self, "__call__").referent();
            return referent == null ? PNone.NONE : referent;
        }
    }

    @Builtin(name = "__hash__", params = {"self", "/"})
    @GenerateNodeFactory
    abstract static class HashNode extends BuiltinNode.Builtin1 {
        @Specialization
        @TruffleBoundary
        static Object hash(Object self) {
            PWeakReference ref = self(self, "__hash__");
            if (ref.cachedHash() == null) {
                if (ref.referent() == null) {
                    throw Errors.typeError("weak object has gone away");
                }
                ref.setCachedHash(PyObjectHash.hash(ref.referent()));
            }
            return ref.cachedHash();
        }
    }

    /** Two references are equal when their referents are (while both live), otherwise when they are the same. */
    @TruffleBoundary
    static Object compare(Object self, Object other, boolean equal) {
        if (!(self instanceof PWeakReference a) || !(other instanceof PWeakReference b)) {
            return dev.krait.runtime.protocol.Singletons.NOT_IMPLEMENTED;
        }
        if (a.referent() == null || b.referent() == null) {
            return equal == (a == b);
        }
        // live referents: their comparison's result as it is (CPython's PyObject_RichCompare, not a bool)
        return PyObjectRichCompare.compare(equal ? dev.krait.runtime.protocol.CompareOperator.EQ : dev.krait.runtime.protocol.CompareOperator.NE,
                        a.referent(), b.referent());
    }

    @Builtin(name = "__eq__", params = {"self", "other", "/"})
    @GenerateNodeFactory
    abstract static class EqNode extends BuiltinNode.Builtin2 {
        @Specialization
        static Object eq(Object self, Object other) {
            return compare(self, other, true);
        }
    }

    @Builtin(name = "__ne__", params = {"self", "other", "/"})
    @GenerateNodeFactory
    abstract static class NeNode extends BuiltinNode.Builtin2 {
        @Specialization
        static Object ne(Object self, Object other) {
            return compare(self, other, false);
        }
    }

    @Builtin(name = "__repr__", params = {"self", "/"})
    @GenerateNodeFactory
    abstract static class ReprNode extends BuiltinNode.Builtin1 {
        @Specialization
        @TruffleBoundary
        static Object repr(Object self) {
            PWeakReference ref = self(self, "__repr__");
            String address = PyObjectRepr.address(ref);
            PythonObject referent = ref.referent();
            if (referent == null) {
                return "<weakref at " + address + "; dead>";
            }
            return "<weakref at " + address + "; to '" + PyObjectType.classOf(referent).getQualname() + "' at " +
                            PyObjectRepr.address(referent) + ">";
        }
    }
}
