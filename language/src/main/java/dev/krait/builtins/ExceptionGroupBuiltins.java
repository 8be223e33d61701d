package dev.krait.builtins;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.dsl.GenerateNodeFactory;
import com.oracle.truffle.api.dsl.Specialization;

import dev.krait.runtime.KraitContext;
import dev.krait.runtime.exceptions.Errors;
import dev.krait.runtime.objects.PBaseException;
import dev.krait.runtime.objects.PDict;
import dev.krait.runtime.objects.PNone;
import dev.krait.runtime.objects.PTuple;
import dev.krait.runtime.objects.PythonClass;
import dev.krait.runtime.protocol.ExceptionGroups;
import dev.krait.runtime.protocol.PyIter;
import dev.krait.runtime.protocol.PyObjectCall;
import dev.krait.runtime.protocol.PyObjectRepr;
import dev.krait.runtime.protocol.PyObjectType;

/**
 * {@code BaseExceptionGroup(message, exceptions)} and {@code ExceptionGroup}: the constructor's checks (an
 * ExceptionGroup only holds Exceptions; BaseExceptionGroup of Exceptions makes an ExceptionGroup), {@code message},
 * {@code exceptions}, {@code derive}, {@code split}, {@code subgroup} and the {@code "msg (2 sub-exceptions)"} str.
 */
final class ExceptionGroupBuiltins {
    private ExceptionGroupBuiltins() {
    }

    static void installAttributes(KraitContext context) {
        PythonClass group = context.classes().byName("BaseExceptionGroup");
        BuiltinTypeInstaller.getset(context, group, "message", self -> ((PBaseException) self).getGroupMessage(), ExceptionGroupBuiltins::readonly);
        BuiltinTypeInstaller.getset(context, group, "exceptions", self -> ((PBaseException) self).getGroupExceptions(),
                        ExceptionGroupBuiltins::readonly);
    }

    private static void readonly(Object self, Object value) {
        throw Errors.attributeError("readonly attribute");
    }

    @Builtin(name = "__new__", params = {"cls", "*args", "**kwargs"})
    @GenerateNodeFactory
    abstract static class NewNode extends BuiltinNode.Builtin3 {
        @Specialization
        @TruffleBoundary
        static Object newGroup(Object clsObject, Object args, Object kwargs) {
            KraitContext context = KraitContext.get(null);
            PythonClass cls = (PythonClass) clsObject;
            if (((PDict) kwargs).size() > 0) {
                throw Errors.typeError(cls.getName() + "() takes no keyword arguments");
            }
            Object[] items = ((PTuple) args).items();
            if (items.length != 2) {
                throw Errors.typeError("BaseExceptionGroup.__new__() takes exactly 2 arguments (" + items.length + " given)");
            }
            if (!(items[0] instanceof String message)) {
                throw Errors.typeError("BaseExceptionGroup.__new__() argument 1 must be str, not " + PyObjectType.typeName(items[0]));
            }
            if (!ExceptionGroups.isSequence(items[1])) {
                throw Errors.typeError("second argument (exceptions) must be a sequence");
            }
            Object[] exceptions = PyIter.toArray(items[1]).clone();
            if (exceptions.length == 0) {
                throw Errors.valueError("second argument (exceptions) must be a non-empty sequence");
            }
            PythonClass exceptionClass = context.classes().errorClass(dev.krait.runtime.exceptions.ErrorType.Exception);
            boolean nestsBaseExceptions = false;
            for (int i = 0; i < exceptions.length; i++) {
                if (!(exceptions[i] instanceof PBaseException e)) {
                    throw Errors.valueError("Item " + i + " of second argument (exceptions) is not an exception");
                }
                nestsBaseExceptions |= !e.getPythonClass().isSubclassOf(exceptionClass);
            }
            PythonClass baseGroup = context.classes().byName("BaseExceptionGroup");
            PythonClass group = context.classes().byName("ExceptionGroup");
            if (cls == group) {
                if (nestsBaseExceptions) {
                    throw Errors.typeError("Cannot nest BaseExceptions in an ExceptionGroup");
                }
            } else if (cls == baseGroup) {
                if (!nestsBaseExceptions) {
                    cls = group;
                }
            } else if (nestsBaseExceptions && cls.isSubclassOf(exceptionClass)) {
                throw Errors.typeError("Cannot nest BaseExceptions in '" + cls.getName() + "'");
            }
            PBaseException self = (PBaseException) ClassBuilder.allocate(context, cls);
            self.setArgs(items);
            self.setGroup(message, context.newTuple(exceptions));
            return self;
        }
    }

    @Builtin(name = "__init__", params = {"self", "*args", "**kwargs"})
    @GenerateNodeFactory
    abstract static class InitNode extends BuiltinNode.Builtin3 {
        @Specialization
        @TruffleBoundary
        static Object init(Object self, Object args, Object kwargs) {
            if (((PDict) kwargs).size() > 0) {
                throw Errors.typeError(PyObjectType.typeName(self) + "() takes no keyword arguments");
            }
            ((PBaseException) self).setArgs(((PTuple) args).items());
            return PNone.NONE;
        }
    }

    @Builtin(name = "__str__", params = {"self", "/"})
    @GenerateNodeFactory
    abstract static class StrNode extends BuiltinNode.Builtin1 {
        @Specialization
        @TruffleBoundary
        static String str(Object self) {
            PBaseException group = (PBaseException) self;
            int count = group.getGroupExceptions().length();
            return PyObjectRepr.str(group.getGroupMessage()) + " (" + count + " sub-exception" + (count == 1 ? "" : "s") + ")";
        }
    }

    @Builtin(name = "derive", params = {"self", "*args"})
    @GenerateNodeFactory
    abstract static class DeriveNode extends BuiltinNode.Builtin2 {
        @Specialization
        @TruffleBoundary
        static Object derive(Object self, Object args) {
            Object[] items = ((PTuple) args).items();
            if (items.length != 1) {
                throw Errors.typeError("function takes exactly 1 argument (" + items.length + " given)");
            }
            PBaseException group = (PBaseException) self;
            return PyObjectCall.call(KraitContext.get(null).classes().byName("BaseExceptionGroup"), group.getGroupMessage(), items[0]);
        }
    }

    @Builtin(name = "split", params = {"self", "*args"})
    @GenerateNodeFactory
    abstract static class SplitNode extends BuiltinNode.Builtin2 {
        @Specialization
        @TruffleBoundary
        static Object split(Object self, Object args) {
            Object condition = oneArgument("split", args);
            return KraitContext.get(null).newTuple(ExceptionGroups.split((PBaseException) self, condition));
        }
    }

    @Builtin(name = "subgroup", params = {"self", "*args"})
    @GenerateNodeFactory
    abstract static class SubgroupNode extends BuiltinNode.Builtin2 {
        @Specialization
        @TruffleBoundary
        static Object subgroup(Object self, Object args) {
            Object condition = oneArgument("subgroup", args);
            return ExceptionGroups.subgroup((PBaseException) self, condition);
        }
    }

    private static Object oneArgument(String method, Object args) {
        Object[] items = ((PTuple) args).items();
        if (items.length != 1) {
            throw Errors.typeError(method + " expected 1 argument, got " + items.length);
        }
        return items[0];
    }
}
