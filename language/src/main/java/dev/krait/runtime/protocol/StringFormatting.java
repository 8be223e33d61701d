package dev.krait.runtime.protocol;

import java.util.Map;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;

import dev.krait.runtime.KraitContext;
import dev.krait.runtime.exceptions.ErrorType;
import dev.krait.runtime.exceptions.Errors;
import dev.krait.runtime.exceptions.PException;
import dev.krait.runtime.objects.PDict;
import dev.krait.runtime.objects.PInt;
import dev.krait.runtime.objects.PList;
import dev.krait.runtime.objects.PTuple;
import dev.krait.runtime.objects.PythonClass;
import dev.krait.runtime.text.FormatSpec;
import dev.krait.runtime.text.ObjectProtocol;
import dev.krait.runtime.text.PercentFormat;
import dev.krait.runtime.text.StrFormat;

/** {@code str % args}, {@code str.format}, and {@code format(value, spec)} ({@code PyObject_Format}). */
public final class StringFormatting implements ObjectProtocol {
    public static final StringFormatting INSTANCE = new StringFormatting();

    private StringFormatting() {
    }

    @TruffleBoundary
    public static String percent(String template, Object args) {
        return PercentFormat.format(template, args, INSTANCE);
    }

    @TruffleBoundary
    public static String strFormat(String template, Object[] args, Map<String, Object> kwargs) {
        return StrFormat.format(template, args, kwargs, INSTANCE);
    }

    /**
     * {@code int/float/str.__format__(self, spec)} working on {@code value}, self's builtin value: an empty spec
     * means {@code str(self)}, which a subclass may override.
     */
    @TruffleBoundary
    public static String formatBuiltinValue(Object self, Object value, String spec) {
        if (spec.isEmpty() && self != value) {
            return PyObjectRepr.str(self);
        }
        if (self != value && !spec.isEmpty()) {
            // a subclass's instance: the spec's errors name its type
            String typeName = PyObjectType.typeName(self);
            if (value instanceof String s) {
                return FormatSpec.parse(spec, typeName, 's').formatString(s);
            } else if (value instanceof Long || value instanceof PInt) {
                return FormatSpec.parse(spec, typeName, 'd').formatInt(PInt.toBigInteger(value));
            } else if (value instanceof Double d) {
                return FormatSpec.parse(spec, typeName, 0).formatFloat(d);
            }
        }
        return formatValue(value, spec);
    }

    /** {@code format(value, spec)}. */
    @TruffleBoundary
    public static String formatValue(Object value, String spec) {
        Object result = PyObjectFormat(value, spec);
        return result instanceof String s ? s : (String) dev.krait.runtime.objects.PBoxedValue.unwrap(result);
    }

    /**
     * {@code format(value, spec)}: a str, or the str subclass instance the value's {@code __format__} returned (CPython
     * passes it on; joining it into a longer string makes a plain str).
     */
    public static Object PyObjectFormat(Object value, String spec) {
        if (value instanceof String s) {
            return FormatSpec.formatString(s, spec);
        } else if (value instanceof Boolean b) {
            return FormatSpec.formatBoolean(b, spec);
        } else if (value instanceof Long l) {
            return FormatSpec.formatLong(l, spec);
        } else if (value instanceof PInt p) {
            return FormatSpec.formatBigInteger(p.value(), spec);
        } else if (value instanceof Double d) {
            return FormatSpec.formatDouble(d, spec);
        }
        PythonClass type = PyObjectType.classOf(value);
        Object format = type.lookup("__format__");
        if (format != null) {
            Object result = PyObjectCall.callDescriptor(format, value, new Object[]{spec}, new String[0], new Object[0]);
            if (!(dev.krait.runtime.objects.PBoxedValue.unwrap(result) instanceof String)) {
                throw Errors.typeError("__format__ must return a str, not " + PyObjectType.typeName(result));
            }
            return result;
        }
        if (!spec.isEmpty()) {
            throw Errors.typeError("unsupported format string passed to " + type.getName() + ".__format__");
        }
        return PyObjectRepr.str(value);
    }

    @Override
    public String str(Object o) {
        return PyObjectRepr.str(o);
    }

    @Override
    public String repr(Object o) {
        return PyObjectRepr.repr(o);
    }

    @Override
    public String typeName(Object o) {
        return PyObjectType.typeName(o);
    }

    @Override
    public boolean isTuple(Object o) {
        return o instanceof PTuple;
    }

    @Override
    public Object[] tupleItems(Object o) {
        return ((PTuple) o).items();
    }

    @Override
    public boolean isMapping(Object o) {
        if (o instanceof PDict || o instanceof PList) {
            return true;
        }
        KraitContext context = KraitContext.get(null);
        return !(o instanceof String) && PyObjectType.classOf(context, o).lookup("__getitem__") != null;
    }

    @Override
    public Object getItem(Object mapping, Object key) {
        return PyObjectGetItem.getItem(mapping, key);
    }

    @Override
    public Object getAttr(Object o, String name) {
        return PyObjectGetAttr.get(o, name);
    }

    @Override
    public Object index(Object o) {
        if (BuiltinArithmetic.isInt(o)) {
            return BuiltinArithmetic.asInt(o);
        }
        PythonClass type = PyObjectType.classOf(o);
        if (type.isBuiltin() || type.lookup("__index__") == null) {
            return null;
        }
        return PyNumber.index(o);
    }

    @Override
    public Object asInt(Object o) {
        if (!PyNumber.isNumber(o)) {
            return null;
        }
        Object result = PyNumber.toIntOrNull(o);
        if (result == null) {
            throw Errors.typeError("int() argument must be a string, a bytes-like object or a real number, not '" +
                            PyObjectType.typeName(o) + "'");
        }
        return result;
    }

    @Override
    public boolean isTypeError(RuntimeException e) {
        KraitContext context = KraitContext.get(null);
        return e instanceof PException p && ExceptionMatching.matches(context, p, context.classes().errorClass(ErrorType.TypeError));
    }

    @Override
    public Object asFloat(Object o) {
        if (o instanceof Double || BuiltinArithmetic.isInt(o)) {
            return PyNumber.asDouble(o);
        }
        PythonClass type = PyObjectType.classOf(o);
        if (type.isBuiltin() || (type.lookup("__float__") == null && type.lookup("__index__") == null)) {
            return null;
        }
        return PyNumber.asDouble(o);
    }

    @Override
    public String format(Object o, String spec) {
        return formatValue(o, spec);
    }
}
