package dev.krait.builtins;

import com.oracle.truffle.api.dsl.GenerateNodeFactory;
import com.oracle.truffle.api.dsl.Specialization;

import dev.krait.runtime.KraitContext;

/**
 * The deque iterators' own methods (the rest are the builtin iterators' {@code __iter__}, {@code __next__},
 * {@code __length_hint__} and {@code __reduce__}): {@code type(iter(d))(d, index)} rebuilds one, as pickle does.
 */
final class DequeIteratorBuiltins {
    private DequeIteratorBuiltins() {
    }

    @Builtin(name = "__new__", params = {"cls", "*args", "**kwargs"})
    @GenerateNodeFactory
    abstract static class NewNode extends BuiltinNode.Builtin3 {
        @Specialization
        static Object newIterator(Object cls, Object args, Object kwargs) {
            return DequeBuiltins.newIterator(cls == KraitContext.get(null).classes().dequeReverseIteratorClass, args);
        }
    }
}
