package dev.krait.builtins;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.dsl.GenerateNodeFactory;
import com.oracle.truffle.api.dsl.Specialization;

import dev.krait.runtime.KraitContext;
import dev.krait.runtime.objects.PMethodWrapper;
import dev.krait.runtime.objects.PNone;
import dev.krait.runtime.objects.PythonClass;
import dev.krait.runtime.protocol.PyObjectGetAttr;
import dev.krait.runtime.protocol.PyObjectIsTrue;
import dev.krait.runtime.protocol.PyObjectSetAttr;
import dev.krait.runtime.protocol.PyObjectType;

/**
 * What {@code staticmethod} and {@code classmethod} share: {@code __get__} called directly, the wrapped function's
 * name, docstring and so on copied into the wrapper's {@code __dict__} (CPython 3.10+), and
 * {@code __isabstractmethod__}.
 */
final class MethodWrapperBuiltins {
    private MethodWrapperBuiltins() {
    }

    private static final String[] COPIED_ATTRIBUTES = {"__module__", "__name__", "__qualname__", "__doc__", "__annotations__"};

    static void install(BuiltinRegistry registry, KraitContext context) {
        for (PythonClass wrapperClass : new PythonClass[]{context.classes().staticmethodClass, context.classes().classmethodClass}) {
            registry.addFunctions(context, wrapperClass, MethodWrapperBuiltinsFactory.getFactories(), wrapperClass, "builtins");
            wrapperClass.defineOwn("__dict__", ObjectBuiltins.instanceDictDescriptor(context, wrapperClass));
            BuiltinTypeInstaller.getset(context, wrapperClass, "__isabstractmethod__", self -> {
                Object isAbstract = PyObjectGetAttr.getOrNull(((PMethodWrapper) self).callable(), "__isabstractmethod__");
                return isAbstract != null && PyObjectIsTrue.isTrue(isAbstract);
            }, null);
        }
    }

    /** CPython's {@code functools_wraps} in {@code sm_init}/{@code cm_init}. */
    @TruffleBoundary
    static void copyFunctionAttributes(PMethodWrapper wrapper) {
        for (String name : COPIED_ATTRIBUTES) {
            Object value = PyObjectGetAttr.getOrNull(wrapper.callable(), name);
            if (value != null) {
                PyObjectSetAttr.set(wrapper, name, value);
            }
        }
    }

    @Builtin(name = "__get__", params = {"self", "instance", "owner=", "/"})
    @GenerateNodeFactory
    abstract static class GetNode extends BuiltinNode.Builtin3 {
        @Specialization
        @TruffleBoundary
        static Object get(Object self, Object instance, Object owner) {
            PMethodWrapper wrapper = (PMethodWrapper) self;
            if (!wrapper.isClassMethod()) {
                return wrapper.callable();
            }
            if (instance == PNone.NONE && (owner == PNone.NONE || owner == PNone.NO_VALUE)) {
                throw dev.krait.runtime.exceptions.Errors.typeError("__get__(None, None) is invalid");
            }
            Object cls = owner == PNone.NONE || owner == PNone.NO_VALUE ? PyObjectType.classOf(instance) : owner;
            return PyObjectGetAttr.classMethodGet(KraitContext.get(null), wrapper.callable(), (PythonClass) cls);
        }
    }

    @Builtin(name = "__repr__", params = {"self", "/"})
    @GenerateNodeFactory
    abstract static class ReprNode extends BuiltinNode.Builtin1 {
        @Specialization
        @TruffleBoundary
        static Object repr(Object self) {
            PMethodWrapper wrapper = (PMethodWrapper) self;
            return "<" + PyObjectType.classOf(wrapper).getName() + "(" + dev.krait.runtime.protocol.PyObjectRepr.repr(wrapper.callable()) + ")>";
        }
    }
}
