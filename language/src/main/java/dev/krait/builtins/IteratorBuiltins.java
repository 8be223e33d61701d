package dev.krait.builtins;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.dsl.GenerateNodeFactory;
import com.oracle.truffle.api.dsl.Specialization;

import dev.krait.runtime.KraitContext;
import dev.krait.runtime.exceptions.Errors;
import dev.krait.runtime.iterators.GetItemIterator;
import dev.krait.runtime.objects.PBuiltinIterator;
import dev.krait.runtime.protocol.PyObjectType;
import dev.krait.runtime.protocol.GeneratorSupport;
import dev.krait.runtime.objects.PNone;

/** The builtin iterators ({@code iter(list)}, {@code enumerate}, {@code zip}, …): {@code __iter__} and {@code __next__}. */
final class IteratorBuiltins {
    private IteratorBuiltins() {
    }

    /** All but {@code __length_hint__}, for the iterators that cannot tell how many items remain. */
    static java.util.List<? extends com.oracle.truffle.api.dsl.NodeFactory<? extends BuiltinNode>> withoutLengthHint() {
        return java.util.List.of(IteratorBuiltinsFactory.IterNodeFactory.getInstance(), IteratorBuiltinsFactory.NextNodeFactory.getInstance(),
                        IteratorBuiltinsFactory.ReduceNodeFactory.getInstance(), IteratorBuiltinsFactory.SetStateNodeFactory.getInstance());
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

    /** {@code __reduce__}: the reduction the iterator gives (pickle and copy), or CPython's error when there is none. */
    @Builtin(name = "__reduce__", params = {"self", "/"})
    @GenerateNodeFactory
    abstract static class ReduceNode extends BuiltinNode.Builtin1 {
        @Specialization
        @TruffleBoundary
        static Object reduce(Object self) {
            Object reduction = ((PBuiltinIterator) self).reduce(KraitContext.get(null));
            if (reduction == null) {
                throw Errors.typeError("cannot pickle '" + PyObjectType.typeName(self) + "' object");
            }
            return reduction;
        }
    }

    /** {@code __setstate__(state)}: the position an unpickled iterator resumes from. */
    @Builtin(name = "__setstate__", params = {"self", "state", "/"})
    @GenerateNodeFactory
    abstract static class SetStateNode extends BuiltinNode.Builtin2 {
        @Specialization
        @TruffleBoundary
        static Object setState(Object self, Object state) {
            if (!((PBuiltinIterator) self).setState(state)) {
                throw Errors.attributeError("'" + PyObjectType.typeName(self) + "' object has no attribute '__setstate__'");
            }
            return PNone.NONE;
        }
    }

    @Builtin(name = "__length_hint__", params = {"self", "/"})
    @GenerateNodeFactory
    abstract static class LengthHintNode extends BuiltinNode.Builtin1 {
        @Specialization
        @TruffleBoundary
        static Object lengthHint(Object self) {
            if (self instanceof GetItemIterator getItem) {
                return getItem.lengthHintObject(KraitContext.get(null));
            }
            return Math.max(0, ((PBuiltinIterator) self).lengthHint());
        }
    }
}
