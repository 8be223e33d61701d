package dev.krait.builtins;

import com.oracle.truffle.api.dsl.GenerateNodeFactory;
import com.oracle.truffle.api.dsl.Specialization;

import dev.krait.runtime.objects.PBuiltinIterator;
import dev.krait.runtime.protocol.GeneratorSupport;
import dev.krait.runtime.objects.PNone;

/** The builtin iterators ({@code iter(list)}, {@code enumerate}, {@code zip}, …): {@code __iter__} and {@code __next__}. */
final class IteratorBuiltins {
    private IteratorBuiltins() {
    }

    /** {@code __iter__} and {@code __next__} only, for the iterators that cannot tell how many items remain. */
    static java.util.List<? extends com.oracle.truffle.api.dsl.NodeFactory<? extends BuiltinNode>> withoutLengthHint() {
        return java.util.List.of(IteratorBuiltinsFactory.IterNodeFactory.getInstance(), IteratorBuiltinsFactory.NextNodeFactory.getInstance());
    }

    @Builtin(name = "__iter__", params = {"self", "/"})
    @GenerateNodeFactory
    abstract static class IterNode extends BuiltinNode.Builtin1 {
        @Specialization
        static Object iter(Object self) {
            return self;
        }
    }

    @Builtin(name = "__next__", params = {"self", "/"})
    @GenerateNodeFactory
    abstract static class NextNode extends BuiltinNode.Builtin1 {
        @Specialization
        static Object next(Object self) {
            Object item = ((PBuiltinIterator) self).next();
            if (item == null) {
                throw GeneratorSupport.stopIteration(PNone.NONE);
            }
            return item;
        }
    }

    @Builtin(name = "__length_hint__", params = {"self", "/"})
    @GenerateNodeFactory
    abstract static class LengthHintNode extends BuiltinNode.Builtin1 {
        @Specialization
        static long lengthHint(Object self) {
            return Math.max(0, ((PBuiltinIterator) self).lengthHint());
        }
    }
}
