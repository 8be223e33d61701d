package dev.krait.runtime.iterators;

import dev.krait.runtime.KraitContext;
import dev.krait.runtime.exceptions.Errors;
import dev.krait.runtime.objects.PBuiltinIterator;
import dev.krait.runtime.objects.PNone;
import dev.krait.runtime.objects.PythonClass;
import dev.krait.runtime.protocol.PyIter;
import dev.krait.runtime.protocol.PyObjectCall;
import dev.krait.runtime.protocol.PyObjectIsTrue;

/** The lazy iterators of the builtins: {@code enumerate}, {@code zip}, {@code map}, {@code filter}, {@code reversed}. */
public final class FunctionalIterators {
    private FunctionalIterators() {
    }

    public static final class Enumerate extends PBuiltinIterator {
        private final Object iterator;
        private Object count;
        private final KraitContext context;

        public Enumerate(KraitContext context, PythonClass cls, Object iterator, Object start) {
            super(cls, context.getShape());
            this.context = context;
            this.iterator = iterator;
            this.count = start;
            dev.krait.runtime.memory.RefCounts.storeInto(this, iterator);
            dev.krait.runtime.memory.RefCounts.storeInto(this, start);
        }

        @Override
        public void traverseReferences(dev.krait.runtime.memory.ReferenceVisitor visitor) {
            super.traverseReferences(visitor);
            visitor.visit(iterator);
            visitor.visit(count);
        }

        @Override
        public Object next() {
            Object item = PyIter.nextPropagating(iterator);
            if (item == null) {
                return null;
            }
            Object index = count;
            count = count instanceof Long l && l < Long.MAX_VALUE ? (Object) (l + 1)
                            : dev.krait.runtime.protocol.PyNumber.binaryOp(dev.krait.runtime.protocol.BinaryOperator.ADD, count, 1L);
            dev.krait.runtime.memory.RefCounts.storeInto(this, count);
            dev.krait.runtime.memory.RefCounts.decRef(index);
            return context.newTuple(new Object[]{index, item});
        }

        @Override
        public Object reduce(KraitContext c) {
            return c.newTuple(new Object[]{getPythonClass(), c.newTuple(new Object[]{iterator, count})});
        }
    }

    public static final class Zip extends PBuiltinIterator {
        private Object[] iterators;
        private boolean strict;
        private final KraitContext context;

        public Zip(KraitContext context, PythonClass cls, Object[] iterators, boolean strict) {
            super(cls, context.getShape());
            this.context = context;
            this.iterators = iterators;
            this.strict = strict;
            dev.krait.runtime.memory.RefCounts.storeAllInto(this, iterators, iterators.length);
        }

        @Override
        public void traverseReferences(dev.krait.runtime.memory.ReferenceVisitor visitor) {
            super.traverseReferences(visitor);
            if (iterators != null) {
                for (Object iterator : iterators) {
                    visitor.visit(iterator);
                }
            }
        }

        @Override
        public Object next() {
            if (iterators == null || iterators.length == 0) {
                return null;
            }
            Object[] items = new Object[iterators.length];
            for (int i = 0; i < iterators.length; i++) {
                // strict zip treats a StopIteration as the end it checks; else the StopIteration propagates
                items[i] = strict ? PyIter.next(iterators[i]) : PyIter.nextPropagating(iterators[i]);
                if (items[i] == null) {
                    if (strict) {
                        if (i > 0) {
                            throw Errors.valueError("zip() argument " + (i + 1) + " is shorter than argument" + (i == 1 ? " 1" : "s 1-" + i));
                        }
                        for (int j = 1; j < iterators.length; j++) {
                            if (PyIter.next(iterators[j]) != null) {
                                throw Errors.valueError("zip() argument " + (j + 1) + " is longer than argument" + (j == 1 ? " 1" : "s 1-" + j));
                            }
                        }
                    }
                    // like CPython's zip, not latched: the iterators are kept and asked again next time
                    return null;
                }
            }
            return context.newTuple(items);
        }

        @Override
        public Object reduce(KraitContext c) {
            Object args = c.newTuple(iterators == null ? new Object[0] : iterators.clone());
            return c.newTuple(strict ? new Object[]{getPythonClass(), args, true} : new Object[]{getPythonClass(), args});
        }

        @Override
        public boolean setState(Object state) {
            strict = dev.krait.runtime.protocol.PyObjectIsTrue.isTrue(state);
            return true;
        }
    }

    public static final class Map extends PBuiltinIterator {
        private final Object function;
        private Object[] iterators;

        public Map(KraitContext context, PythonClass cls, Object function, Object[] iterators) {
            super(cls, context.getShape());
            this.function = function;
            this.iterators = iterators;
            dev.krait.runtime.memory.RefCounts.storeInto(this, function);
            dev.krait.runtime.memory.RefCounts.storeAllInto(this, iterators, iterators.length);
        }

        @Override
        public void traverseReferences(dev.krait.runtime.memory.ReferenceVisitor visitor) {
            super.traverseReferences(visitor);
            visitor.visit(function);
            if (iterators != null) {
                for (Object iterator : iterators) {
                    visitor.visit(iterator);
                }
            }
        }

        @Override
        public Object next() {
            if (iterators == null) {
                return null;
            }
            Object[] args = new Object[iterators.length];
            for (int i = 0; i < iterators.length; i++) {
                args[i] = PyIter.nextPropagating(iterators[i]);
                if (args[i] == null) {
                    // like CPython's map, not latched: an iterator that resumes is followed
                    return null;
                }
            }
            return PyObjectCall.call(function, args);
        }

        @Override
        public Object reduce(KraitContext c) {
            Object[] args = new Object[1 + (iterators == null ? 0 : iterators.length)];
            args[0] = function;
            if (iterators != null) {
                System.arraycopy(iterators, 0, args, 1, iterators.length);
            }
            return c.newTuple(new Object[]{getPythonClass(), c.newTuple(args)});
        }
    }

    public static final class Filter extends PBuiltinIterator {
        private final Object function;
        private final Object iterator;

        public Filter(KraitContext context, PythonClass cls, Object function, Object iterator) {
            super(cls, context.getShape());
            this.function = function;
            this.iterator = iterator;
            dev.krait.runtime.memory.RefCounts.storeInto(this, function);
            dev.krait.runtime.memory.RefCounts.storeInto(this, iterator);
        }

        @Override
        public void traverseReferences(dev.krait.runtime.memory.ReferenceVisitor visitor) {
            super.traverseReferences(visitor);
            visitor.visit(function);
            visitor.visit(iterator);
        }

        @Override
        public Object next() {
            Object item;
            while ((item = PyIter.nextPropagating(iterator)) != null) {
                Object test = function == PNone.NONE ? item : PyObjectCall.call(function, item);
                if (PyObjectIsTrue.isTrue(test)) {
                    return item;
                }
            }
            return null;
        }

        @Override
        public Object reduce(KraitContext c) {
            return c.newTuple(new Object[]{getPythonClass(), c.newTuple(new Object[]{function, iterator})});
        }
    }

    /** {@code reversed(seq)} over a snapshot-free index walk ({@code __len__}/{@code __getitem__}). */
    public static final class Reversed extends PBuiltinIterator {
        private final Object sequence;
        private long index;

        public Reversed(KraitContext context, PythonClass cls, Object sequence, long length) {
            super(cls, context.getShape());
            this.sequence = sequence;
            this.index = length - 1;
            dev.krait.runtime.memory.RefCounts.storeInto(this, sequence);
        }

        @Override
        public void traverseReferences(dev.krait.runtime.memory.ReferenceVisitor visitor) {
            super.traverseReferences(visitor);
            visitor.visit(sequence);
        }

        @Override
        public Object next() {
            if (index < 0) {
                return null;
            }
            if (sequence instanceof dev.krait.runtime.objects.PList list && index >= list.size()) {
                index = -1;
                return null;
            }
            return dev.krait.runtime.protocol.PyObjectGetItem.getItem(sequence, index--);
        }

        @Override
        public long lengthHint() {
            if (sequence instanceof dev.krait.runtime.objects.PList list && list.size() < index) {
                return 0; // the list shrank past the position (CPython's listreviter_len)
            }
            return index + 1;
        }
    }
}
