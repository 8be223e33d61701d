package dev.krait.builtins;

import com.oracle.truffle.api.dsl.GenerateNodeFactory;
import com.oracle.truffle.api.dsl.Specialization;

import dev.krait.runtime.exceptions.Errors;
import dev.krait.runtime.objects.PByteArray;

/**
 * What the bundled {@code io} module needs from Java: whether a BytesIO's bytearray is exported to a memoryview (by
 * {@code getbuffer()}), since CPython's BytesIO refuses every change while one is, even one keeping the size; and
 * method descriptors for its classes that CPython writes in C.
 */
final class BytesIOSupport {
    private BytesIOSupport() {
    }

    /** {@code _methods_as_descriptors(cls)}: io.py's classes that CPython writes in C get method descriptors (see PythonFunctionsAsBuiltins). */
    @Builtin(name = "_methods_as_descriptors", params = {"cls", "/"})
    @GenerateNodeFactory
    abstract static class MethodsAsDescriptorsNode extends BuiltinNode.Builtin1 {
        @Specialization
        @com.oracle.truffle.api.CompilerDirectives.TruffleBoundary
        static Object convert(Object cls) {
            if (!(cls instanceof dev.krait.runtime.objects.PythonClass type)) {
                throw Errors.typeError("_methods_as_descriptors() expects a class");
            }
            PythonFunctionsAsBuiltins.methodsAsDescriptors(dev.krait.runtime.KraitContext.get(null), type);
            return dev.krait.runtime.objects.PNone.NONE;
        }
    }

    @Builtin(name = "_bytearray_exports", params = {"buffer", "/"})
    @GenerateNodeFactory
    abstract static class BytearrayExportsNode extends BuiltinNode.Builtin1 {
        @Specialization
        static long exports(Object buffer) {
            if (buffer instanceof PByteArray array) {
                return array.exports();
            }
            throw Errors.typeError("_bytearray_exports() expects a bytearray");
        }
    }
}
