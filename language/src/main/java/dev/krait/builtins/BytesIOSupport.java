package dev.krait.builtins;

import com.oracle.truffle.api.dsl.GenerateNodeFactory;
import com.oracle.truffle.api.dsl.Specialization;

import dev.krait.runtime.exceptions.Errors;
import dev.krait.runtime.objects.PByteArray;

/**
 * What the bundled {@code io.BytesIO} needs from Java: whether its bytearray is exported to a memoryview (by
 * {@code getbuffer()}), since CPython's BytesIO refuses every change while one is, even one keeping the size.
 */
final class BytesIOSupport {
    private BytesIOSupport() {
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
