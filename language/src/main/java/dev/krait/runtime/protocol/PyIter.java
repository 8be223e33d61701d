package dev.krait.runtime.protocol;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;

import dev.krait.runtime.KraitContext;
import dev.krait.runtime.memory.Temporaries;
import dev.krait.runtime.exceptions.ErrorType;
import dev.krait.runtime.exceptions.Errors;
import dev.krait.runtime.exceptions.PException;
import dev.krait.runtime.interop.ForeignObjects;
import dev.krait.runtime.interop.InteropValues;
import dev.krait.runtime.iterators.DictViewIterator;
import dev.krait.runtime.iterators.GetItemIterator;
import dev.krait.runtime.iterators.SequenceIterator;
import dev.krait.runtime.iterators.SetViewIterator;
import dev.krait.runtime.objects.PBuiltinIterator;
import dev.krait.runtime.objects.PDict;
import dev.krait.runtime.objects.PGenerator;
import dev.krait.runtime.objects.PList;
import dev.krait.runtime.objects.PSet;
import dev.krait.runtime.objects.PTuple;
import dev.krait.runtime.objects.PythonClass;

/** {@code PyObject_GetIter} and {@code PyIter_Next}. */
public final class PyIter {
    private PyIter() {
    }

    @TruffleBoundary
    public static Object getIter(Object iterable) {
        if (InteropValues.isForeign(iterable)) {
            return ForeignObjects.getIter(iterable);
        }
        KraitContext context = KraitContext.get(null);
        PythonClass iteratorClass = context.classes().iteratorClass;
        if ((iterable instanceof PList || iterable instanceof PTuple) && BuiltinArithmetic.isExact(iterable) || iterable instanceof String) {
            return new SequenceIterator(context.classes().iteratorClassFor(iterable, null), context.getShape(), iterable);
        } else if (iterable instanceof dev.krait.runtime.objects.PRangeBase range) {
            return RangeOps.iterator(context, range);
        } else if (iterable instanceof PDict dict && dict.getPythonClass() == context.classes().dictClass) {
            return new DictViewIterator(context.classes().dictKeyIteratorClass, context.getShape(), dict.storage(), DictViewIterator.Kind.KEYS,
                            context);
        } else if (iterable instanceof PSet set && BuiltinArithmetic.isExact(set)) {
            return new SetViewIterator(context.classes().setIteratorClass, context.getShape(), set.storage());
        } else if ((iterable instanceof dev.krait.runtime.objects.PBytes || iterable instanceof dev.krait.runtime.objects.PByteArray) &&
                        BuiltinArithmetic.isExact(iterable)) {
            String name = iterable instanceof dev.krait.runtime.objects.PBytes ? "bytes_iterator" : "bytearray_iterator";
            return new dev.krait.runtime.iterators.BytesIterator(context.classes().byName(name), context.getShape(), iterable);
        } else if (iterable instanceof PBuiltinIterator builtin && builtin.hasNativeProtocol() || PGenerator.isPlainGenerator(iterable)) {
            return iterable;
        } else if (iterable instanceof dev.krait.runtime.objects.PDictView view) {
            return new DictViewIterator(context.classes().iteratorClassFor(null, view.kind()), context.getShape(), view.dict().storage(),
                            view.kind(), context);
        }
        PythonClass type = PyObjectType.classOf(context, iterable);
        Object iter = type.lookup("__iter__");
        if (iter != null) {
            if (iter == dev.krait.runtime.objects.PNone.NONE) {
                throw notIterable(iterable);
            }
            Object iterator;
            if (iter instanceof dev.krait.runtime.objects.PFunction || iter instanceof dev.krait.runtime.objects.PBuiltinFunction) {
                iterator = PyObjectCall.callDescriptor(iter, iterable, new Object[0], new String[0], new Object[0]);
            } else {
                Object bound;
                try {
                    bound = PyObjectGetAttr.descriptorGet(iter, iterable, type);
                } catch (PException e) {
                    // CPython's slot_tp_iter: a failed lookup of __iter__ ends as "not iterable"
                    throw notIterable(iterable);
                }
                iterator = PyObjectCall.call(bound);
            }
            if (!(iterator instanceof PBuiltinIterator || PGenerator.isPlainGenerator(iterator)) &&
                            PyObjectType.classOf(context, iterator).lookup("__next__") == null) {
                throw Errors.typeError("iter() returned non-iterator of type '" + PyObjectType.typeName(iterator) + "'");
            }
            return iterator;
        }
        if (iterable instanceof PDict dict) {
            return new DictViewIterator(context.classes().dictKeyIteratorClass, context.getShape(), dict.storage(),
                            DictViewIterator.Kind.KEYS, context);
        }
        if (iterable instanceof PList || iterable instanceof PTuple) {
            return new SequenceIterator(context.classes().iteratorClassFor(iterable, null), context.getShape(), iterable);
        }
        if (iterable instanceof PSet set) {
            return new SetViewIterator(context.classes().setIteratorClass, context.getShape(), set.storage());
        }
        if (type.lookup("__getitem__") != null) {
            return new GetItemIterator(iteratorClass, context.getShape(), iterable);
        }
        throw notIterable(iterable);
    }

    public static PException notIterable(Object iterable) {
        return Errors.typeError("'" + PyObjectType.typeName(iterable) + "' object is not iterable");
    }

    /** The next item, or null when the iterator is exhausted. */
    @TruffleBoundary
    public static Object next(Object iterator) {
        if (iterator instanceof PBuiltinIterator builtin && builtin.hasNativeProtocol()) {
            return nextBuiltin(builtin);
        }
        if (iterator instanceof PGenerator generator && generator.isIterator()) {
            return GeneratorSupport.next(generator);
        }
        KraitContext context = KraitContext.get(null);
        Object next = PyObjectType.classOf(context, iterator).lookup("__next__");
        if (next == null) {
            throw Errors.typeError("'" + PyObjectType.typeName(iterator) + "' object is not an iterator");
        }
        try {
            return PyObjectCall.callDescriptor(next, iterator, new Object[0], new String[0], new Object[0]);
        } catch (PException e) {
            if (ExceptionMatching.matches(context, e, context.classes().errorClass(ErrorType.StopIteration))) {
                Temporaries.releaseCaughtException(e);
                return null;
            }
            throw e;
        }
    }

    /**
     * The next item, or null when exhausted, for the builtin iterators that wrap another (enumerate, zip, map,
     * filter): a StopIteration the wrapped iterator raises propagates with its value, as in CPython, where it
     * reaches {@code next()} or {@code yield from} unchanged.
     */
    public static Object nextPropagating(Object iterator) {
        if (iterator instanceof PBuiltinIterator builtin && builtin.hasNativeProtocol()) {
            return builtin.next();
        }
        if (iterator instanceof PGenerator generator && generator.isIterator()) {
            boolean wasFinished = generator.isFinished();
            Object item = GeneratorSupport.next(generator);
            if (item == null && !wasFinished && generator.getReturnValue() != null && generator.getReturnValue() != dev.krait.runtime.objects.PNone.NONE) {
                // a generator returning a value ends with StopIteration(value)
                throw GeneratorSupport.stopIteration(generator.getReturnValue());
            }
            return item;
        }
        return nextFromMethod(iterator);
    }

    @TruffleBoundary
    private static Object nextFromMethod(Object iterator) {
        KraitContext context = KraitContext.get(null);
        Object next = PyObjectType.classOf(context, iterator).lookup("__next__");
        if (next == null) {
            throw Errors.typeError("'" + PyObjectType.typeName(iterator) + "' object is not an iterator");
        }
        return PyObjectCall.callDescriptor(next, iterator, new Object[0], new String[0], new Object[0]);
    }

    /**
     * The next item of a builtin iterator, or null when exhausted: a StopIteration raised by code it calls (the
     * function of {@code map}, the predicate of {@code filter}) ends the iteration, as it does in CPython's consumers.
     */
    public static Object nextBuiltin(PBuiltinIterator builtin) {
        try {
            return builtin.next();
        } catch (PException e) {
            if (isStopIteration(e)) {
                Temporaries.releaseCaughtException(e);
                return null;
            }
            throw e;
        }
    }

    @TruffleBoundary
    public static boolean isStopIteration(PException e) {
        KraitContext context = KraitContext.get(null);
        return ExceptionMatching.matches(context, e, context.classes().errorClass(ErrorType.StopIteration));
    }

    /** All items of an iterable, for list(), tuple(), unpacking and the like. */
    @TruffleBoundary
    public static Object[] toArray(Object iterable) {
        if (iterable instanceof PList list && iteratesAsBuiltin(list)) {
            return list.toArray();
        }
        if (iterable instanceof PTuple tuple && iteratesAsBuiltin(tuple)) {
            return tuple.items();
        }
        if (iterable instanceof dev.krait.runtime.objects.PRangeBase range && RangeOps.length(range) > Integer.MAX_VALUE - 8) {
            // CPython sizes the list first: OverflowError past sys.maxsize (from RangeOps.length), else MemoryError
            throw Errors.memoryError("");
        }
        Object iterator = getIter(iterable);
        java.util.ArrayList<Object> items = new java.util.ArrayList<>();
        Object item;
        while ((item = next(iterator)) != null) {
            items.add(item);
        }
        dropIterator(iterable, iterator);
        return items.toArray();
    }

    /** An iterator made here for {@code iterable} and exhausted dies now if nothing else took it, as in CPython. */
    public static void dropIterator(Object iterable, Object iterator) {
        if (iterator != iterable) {
            Temporaries.releaseIfTemporary(iterator);
        }
    }

    /**
     * The items as CPython's {@code PySequence_List}/{@code list_extend} collect them (list(), tuple(), list.extend,
     * sorted()): the iterator is made first, then the iterable is asked its length hint, then walked.
     */
    @TruffleBoundary
    public static Object[] toArrayAskingLengthHint(Object iterable) {
        return toArrayAskingLengthHint(iterable, null);
    }

    /**
     * As {@link #toArrayAskingLengthHint(Object)}; when the iteration raises, {@code beforeError} (if any) first gets
     * the items taken so far (list.extend keeps them, as CPython's does).
     */
    @TruffleBoundary
    public static Object[] toArrayAskingLengthHint(Object iterable, java.util.function.Consumer<Object[]> beforeError) {
        if (iterable instanceof PList list && iteratesAsBuiltin(list)) {
            return list.toArray();
        }
        if (iterable instanceof PTuple tuple && iteratesAsBuiltin(tuple)) {
            return tuple.items();
        }
        if (iterable instanceof dev.krait.runtime.objects.PRangeBase) {
            return toArray(iterable);
        }
        Object iterator = getIter(iterable);
        long hint = PyObjectLengthHint.lengthHint(iterable, 8);
        java.util.ArrayList<Object> items = new java.util.ArrayList<>((int) Math.min(hint, 1 << 16));
        Object item;
        try {
            while ((item = next(iterator)) != null) {
                items.add(item);
            }
        } catch (PException e) {
            if (beforeError != null) {
                beforeError.accept(items.toArray());
            }
            throw e;
        }
        dropIterator(iterable, iterator);
        return items.toArray();
    }

    /**
     * CPython's {@code PySequence_Fast} (what str.join and bytes.join walk): an exact list or tuple as it is, else
     * the items of its iterator, which is asked its length hint; {@code message} is the TypeError for a
     * non-iterable.
     */
    @TruffleBoundary
    public static Object[] sequenceFast(Object iterable, String message) {
        if ((iterable instanceof PList || iterable instanceof PTuple) && BuiltinArithmetic.isExact(iterable)) {
            return iterable instanceof PList list ? list.toArray() : ((PTuple) iterable).items();
        }
        Object iterator;
        try {
            iterator = getIter(iterable);
        } catch (PException e) {
            KraitContext context = KraitContext.get(null);
            if (ExceptionMatching.matches(context, e, context.classes().errorClass(ErrorType.TypeError))) {
                throw Errors.typeError(message);
            }
            throw e;
        }
        return toArrayAskingLengthHint(iterator);
    }

    /** Whether a list or tuple (or a subclass that keeps the builtin {@code __iter__}) can be read item by item directly. */
    private static boolean iteratesAsBuiltin(Object sequence) {
        if (BuiltinArithmetic.isExact(sequence)) {
            return true;
        }
        KraitContext context = KraitContext.get(null);
        var classes = context.classes();
        PythonClass base = sequence instanceof PList ? classes.listClass : classes.tupleClass;
        return PyObjectType.classOf(context, sequence).lookup("__iter__") == base.lookup("__iter__");
    }
}
