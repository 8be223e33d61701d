package dev.krait.builtins;

import com.oracle.truffle.api.dsl.GenerateNodeFactory;
import com.oracle.truffle.api.dsl.Specialization;

import dev.krait.runtime.KraitContext;
import dev.krait.runtime.objects.PNone;
import dev.krait.runtime.objects.PSlice;
import dev.krait.runtime.protocol.PyNumber;
import dev.krait.runtime.protocol.SliceIndices;

/** {@code slice}. */
final class SliceBuiltins {
    private SliceBuiltins() {
    }

    @Builtin(name = "__new__", params = {"cls", "start", "stop=", "step=", "/"})
    @GenerateNodeFactory
    abstract static class NewNode extends BuiltinNode.BuiltinN {
        @Specialization
        static Object newSlice(Object[] args) {
            KraitContext context = KraitContext.get(null);
            if (args[2] == PNone.NO_VALUE) {
                return new PSlice(context.classes().sliceClass, context.getShape(), PNone.NONE, args[1], PNone.NONE);
            }
            return new PSlice(context.classes().sliceClass, context.getShape(), args[1], args[2], args[3] == PNone.NO_VALUE ? PNone.NONE : args[3]);
        }
    }

    @Builtin(name = "indices", params = {"self", "length", "/"})
    @GenerateNodeFactory
    abstract static class IndicesNode extends BuiltinNode.Builtin2 {
        @Specialization
        static Object indices(Object self, Object length) {
            SliceIndices indices = SliceIndices.of((PSlice) self, (int) PyNumber.asSize(length));
            return KraitContext.get(null).newTuple(new Object[]{(long) indices.start(), (long) indices.stop(), (long) indices.step()});
        }
    }
}
