package dev.krait.runtime.protocol;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;

import dev.krait.runtime.KraitContext;
import dev.krait.runtime.exceptions.ErrorType;
import dev.krait.runtime.exceptions.Errors;
import dev.krait.runtime.exceptions.PException;
import dev.krait.runtime.iterators.GetItemIterator;
import dev.krait.runtime.objects.PBuiltinIterator;
import dev.krait.runtime.objects.PInt;
import dev.krait.runtime.objects.PythonClass;

/**
 * {@code PyObject_LengthHint}: how many items an iterable expects to produce, which list(), tuple(), list.extend,
 * sorted() and join ask before walking it. The question is observable — a user-defined {@code __len__} or
 * {@code __length_hint__} runs, and what it raises (other than TypeError) is the caller's error — so it is asked
 * exactly where CPython asks it. Builtin objects answer without running Python code.
 */
public final class PyObjectLengthHint {
    private PyObjectLengthHint() {
    }

    @TruffleBoundary
    public static long lengthHint(Object value, long defaultValue) {
        KraitContext context = KraitContext.get(null);
        if (value instanceof GetItemIterator getItem) {
            // asks the sequence's own __len__, which may be Python code
            Object hint = getItem.lengthHintObject(context);
            return hint instanceof Long n ? n : defaultValue;
        }
        PythonClass type = PyObjectType.classOf(context, value);
        if (type.isBuiltin()) {
            if (value instanceof PBuiltinIterator iterator) {
                long hint = iterator.lengthHint();
                return hint >= 0 ? hint : defaultValue;
            }
            return defaultValue;
        }
        if (type.lookup("__len__") != null) {
            try {
                return PyObjectSize.size(value);
            } catch (PException e) {
                if (!isTypeError(context, e)) {
                    throw e;
                }
            }
        }
        Object hintMethod = type.lookup("__length_hint__");
        if (hintMethod == null) {
            return defaultValue;
        }
        Object result;
        try {
            result = PyObjectCall.callDescriptor(hintMethod, value, new Object[0], new String[0], new Object[0]);
        } catch (PException e) {
            if (isTypeError(context, e)) {
                return defaultValue;
            }
            throw e;
        }
        if (result == Singletons.NOT_IMPLEMENTED) {
            return defaultValue;
        }
        Object number = dev.krait.runtime.objects.PBoxedValue.unwrap(result);
        if (number instanceof Boolean b) {
            number = b ? 1L : 0L;
        }
        if (number instanceof PInt) {
            throw Errors.overflowError("Python int too large to convert to C ssize_t");
        }
        if (!(number instanceof Long hint)) {
            throw Errors.typeError("__length_hint__ must be an integer, not " + PyObjectType.typeName(result));
        }
        if (hint < 0) {
            throw Errors.valueError("__length_hint__() should return >= 0");
        }
        return hint;
    }

    private static boolean isTypeError(KraitContext context, PException e) {
        return ExceptionMatching.matches(context, e, context.classes().errorClass(ErrorType.TypeError));
    }
}
