package dev.krait.tests.runtime;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import dev.krait.runtime.exceptions.Errors;
import dev.krait.runtime.text.FormatSpec;
import dev.krait.runtime.text.ObjectProtocol;
import dev.krait.runtime.text.StrFormat;

/**
 * A miniature object model for the text helpers' tests: {@code null} is None, {@link Tuple} a tuple, a Java
 * {@code List} a list, a Java {@code Map} a dict, {@link Obj} an instance of a user class with optional
 * {@code __index__}, {@code __int__}, {@code __float__}, {@code __getitem__} and attributes.
 */
final class FakeObjects implements ObjectProtocol {
    static final FakeObjects PROTOCOL = new FakeObjects();

    record Tuple(Object... items) {
    }

    static final class Obj {
        final String className;
        Object index;
        Object intValue;
        Double floatValue;
        boolean subscriptable;
        final Map<String, Object> attributes = new LinkedHashMap<>();

        Obj(String className) {
            this.className = className;
        }
    }

    static Tuple tuple(Object... items) {
        return new Tuple(items);
    }

    static Map<Object, Object> dict(Object... keysAndValues) {
        Map<Object, Object> m = new LinkedHashMap<>();
        for (int i = 0; i < keysAndValues.length; i += 2) {
            m.put(keysAndValues[i], keysAndValues[i + 1]);
        }
        return m;
    }

    static List<Object> list(Object... items) {
        return new ArrayList<>(List.of(items));
    }

    @Override
    public String str(Object o) {
        if (o instanceof Obj obj) {
            return "<" + obj.className + " object>";
        }
        return repr(o);
    }

    @Override
    public String repr(Object o) {
        if (o == null) {
            return "None";
        }
        if (o instanceof Tuple t) {
            StringBuilder sb = new StringBuilder("(");
            for (int i = 0; i < t.items().length; i++) {
                sb.append(i > 0 ? ", " : "").append(StrFormat.repr(t.items()[i], this));
            }
            return sb.append(t.items().length == 1 ? ",)" : ")").toString();
        }
        if (o instanceof List<?> l) {
            StringBuilder sb = new StringBuilder("[");
            for (int i = 0; i < l.size(); i++) {
                sb.append(i > 0 ? ", " : "").append(StrFormat.repr(l.get(i), this));
            }
            return sb.append("]").toString();
        }
        if (o instanceof Map<?, ?> m) {
            StringBuilder sb = new StringBuilder("{");
            boolean first = true;
            for (var e : m.entrySet()) {
                sb.append(first ? "" : ", ").append(StrFormat.repr(e.getKey(), this)).append(": ").append(StrFormat.repr(e.getValue(), this));
                first = false;
            }
            return sb.append("}").toString();
        }
        if (o instanceof Obj obj) {
            return "<" + obj.className + " object>";
        }
        return StrFormat.repr(o, this);
    }

    @Override
    public String typeName(Object o) {
        if (o == null) {
            return "NoneType";
        }
        if (o instanceof Tuple) {
            return "tuple";
        }
        if (o instanceof List) {
            return "list";
        }
        if (o instanceof Map) {
            return "dict";
        }
        if (o instanceof Obj obj) {
            return obj.className;
        }
        if (o instanceof Long || o instanceof dev.krait.runtime.objects.PInt) {
            return "int";
        }
        if (o instanceof Boolean) {
            return "bool";
        }
        if (o instanceof String) {
            return "str";
        }
        if (o instanceof Double) {
            return "float";
        }
        return o.getClass().getSimpleName();
    }

    @Override
    public boolean isTuple(Object o) {
        return o instanceof Tuple;
    }

    @Override
    public Object[] tupleItems(Object o) {
        return ((Tuple) o).items();
    }

    @Override
    public boolean isMapping(Object o) {
        return o instanceof Map || o instanceof List || (o instanceof Obj obj && obj.subscriptable);
    }

    @Override
    public Object getItem(Object mapping, Object key) {
        if (mapping instanceof Map<?, ?> m) {
            if (!m.containsKey(key)) {
                throw Errors.keyError(key);
            }
            return m.get(key);
        }
        if (mapping instanceof List<?> l) {
            if (!(key instanceof Long i)) {
                throw Errors.typeError("list indices must be integers or slices, not " + typeName(key));
            }
            return l.get((int) (long) i);
        }
        if (mapping instanceof Obj obj && obj.subscriptable) {
            return tuple("item", key);
        }
        throw Errors.typeError("'" + typeName(mapping) + "' object is not subscriptable");
    }

    @Override
    public Object getAttr(Object o, String name) {
        if (o instanceof Obj obj && obj.attributes.containsKey(name)) {
            return obj.attributes.get(name);
        }
        if (o instanceof Long && name.equals("real")) {
            return o;
        }
        throw Errors.attributeError("'" + typeName(o) + "' object has no attribute '" + name + "'");
    }

    @Override
    public Object index(Object o) {
        return o instanceof Obj obj ? obj.index : null;
    }

    @Override
    public boolean isTypeError(RuntimeException e) {
        // the fake objects raise no Python exceptions, so none is a TypeError
        return false;
    }

    @Override
    public Object asInt(Object o) {
        if (o instanceof Obj obj) {
            return obj.intValue != null ? obj.intValue : obj.index;
        }
        return null;
    }

    @Override
    public Object asFloat(Object o) {
        if (o instanceof Obj obj) {
            if (obj.floatValue != null) {
                return obj.floatValue;
            }
            if (obj.index instanceof Long l) {
                return (double) l;
            }
        }
        return null;
    }

    @Override
    public String format(Object o, String spec) {
        if (!spec.isEmpty()) {
            throw Errors.typeError("unsupported format string passed to " + typeName(o) + ".__format__");
        }
        return FormatSpec.formatString(str(o), spec);
    }
}
