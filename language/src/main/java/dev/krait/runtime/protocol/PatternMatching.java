package dev.krait.runtime.protocol;

import java.util.ArrayList;
import java.util.List;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;

import dev.krait.builtins.BuiltinFunctions;
import dev.krait.nodes.expression.DictDisplayNode;
import dev.krait.runtime.KraitContext;
import dev.krait.runtime.exceptions.Errors;
import dev.krait.runtime.objects.PDict;
import dev.krait.runtime.objects.PTuple;
import dev.krait.runtime.objects.PythonClass;
import dev.krait.runtime.storage.Hashing;

/**
 * What the {@code match} statement asks of its subject, as CPython's MATCH_SEQUENCE, MATCH_MAPPING, MATCH_KEYS and
 * MATCH_CLASS instructions do: a sequence or mapping pattern looks at its type's flags, a mapping pattern reads keys
 * with {@code get(key, sentinel)}, a class pattern checks {@code isinstance} and reads the attributes
 * {@code __match_args__} names.
 */
public final class PatternMatching {
    private PatternMatching() {
    }

    /** MATCH_SEQUENCE: list, tuple, range, deque and their subclasses; never str (or bytes). */
    public static boolean isSequence(Object subject) {
        return PyObjectType.classOf(subject).hasPatternFlag(PythonClass.SEQUENCE);
    }

    /** MATCH_MAPPING: dict and its subclasses, and classes declaring themselves mappings. */
    public static boolean isMapping(Object subject) {
        return PyObjectType.classOf(subject).hasPatternFlag(PythonClass.MAPPING);
    }

    /**
     * UNPACK_SEQUENCE / UNPACK_EX: iterates the subject into {@code count} values; with {@code starIndex} ≥ 0 the value
     * there is a list of what the other positions leave.
     */
    @TruffleBoundary
    public static Object[] unpack(Object subject, int count, int starIndex) {
        Object[] items = BuiltinArithmetic.isExact(subject) ? PyIter.toArray(subject) : iterate(subject);
        if (starIndex < 0) {
            if (items.length > count) {
                throw Errors.valueError("too many values to unpack (expected " + count + ")");
            }
            if (items.length < count) {
                throw Errors.valueError("not enough values to unpack (expected " + count + ", got " + items.length + ")");
            }
            return items;
        }
        if (items.length < count - 1) {
            throw Errors.valueError("not enough values to unpack (expected at least " + (count - 1) + ", got " + items.length + ")");
        }
        int after = count - starIndex - 1;
        Object[] result = new Object[count];
        System.arraycopy(items, 0, result, 0, starIndex);
        result[starIndex] = KraitContext.get(null).newList(java.util.Arrays.copyOfRange(items, starIndex, items.length - after));
        System.arraycopy(items, items.length - after, result, starIndex + 1, after);
        return result;
    }

    /** The items of a sequence through its iterator ({@code __iter__} of a list subclass included). */
    private static Object[] iterate(Object sequence) {
        Object iterator = PyIter.getIter(sequence);
        List<Object> items = new ArrayList<>();
        Object item;
        while ((item = PyIter.next(iterator)) != null) {
            items.add(item);
        }
        return items.toArray();
    }

    /**
     * MATCH_KEYS: the values of {@code keys} in the mapping, read with {@code get(key, sentinel)}, or null when one is
     * missing. A key equal to an earlier one is a ValueError.
     */
    @TruffleBoundary
    public static Object[] mappingValues(Object mapping, Object[] keys) {
        if (keys.length == 0) {
            return keys;
        }
        KraitContext context = KraitContext.get(null);
        Object sentinel = PyObjectCall.call(context.classes().objectClass);
        Object get = PyObjectGetAttr.get(mapping, "get");
        List<Object> seen = new ArrayList<>();
        List<Long> seenHashes = new ArrayList<>();
        Object[] values = new Object[keys.length];
        for (int i = 0; i < keys.length; i++) {
            Object key = keys[i];
            long hash = Hashing.hash(key, PythonKeyProtocol.INSTANCE);
            for (int j = 0; j < seen.size(); j++) {
                if (seenHashes.get(j) == hash && PyObjectRichCompare.equals(seen.get(j), key)) {
                    throw Errors.valueError("mapping pattern checks duplicate key (" + PyObjectRepr.repr(key) + ")");
                }
            }
            seen.add(key);
            seenHashes.add(hash);
            Object value = PyObjectCall.call(get, key, sentinel);
            if (value == sentinel) {
                return null;
            }
            values[i] = value;
        }
        return values;
    }

    /** {@code **rest}: a dict of the mapping's items (DICT_UPDATE) without {@code keys}. */
    @TruffleBoundary
    public static PDict rest(Object mapping, Object[] keys) {
        PDict rest = KraitContext.get(null).newDict();
        DictDisplayNode.merge(rest, mapping);
        for (Object key : keys) {
            if (rest.removeItem(key) == null) {
                throw Errors.keyError(key);
            }
        }
        return rest;
    }

    /**
     * MATCH_CLASS: the attributes a class pattern matches its sub-patterns against (the positional ones named by
     * {@code __match_args__}, then {@code keywords}), or null when the subject is not an instance or lacks one.
     */
    @TruffleBoundary
    public static Object[] classAttributes(Object subject, Object type, int positional, String[] keywords) {
        if (!(type instanceof PythonClass cls)) {
            throw Errors.typeError("called match pattern must be a class");
        }
        if (!BuiltinFunctions.IsInstanceNode.check(subject, cls, false)) {
            return null;
        }
        Object[] attributes = new Object[positional + keywords.length];
        List<String> seen = new ArrayList<>();
        if (positional > 0) {
            Object matchArgs = optionalAttribute(cls, "__match_args__");
            boolean matchSelf = false;
            Object[] names;
            if (matchArgs != null) {
                if (!(matchArgs instanceof PTuple tuple) || !BuiltinArithmetic.isExact(tuple)) {
                    throw Errors.typeError(cls.getName() + ".__match_args__ must be a tuple (got " + PyObjectType.typeName(matchArgs) + ")");
                }
                names = tuple.items();
            } else {
                names = new Object[0];
                matchSelf = cls.hasPatternFlag(PythonClass.MATCH_SELF);
            }
            int allowed = matchSelf ? 1 : names.length;
            if (allowed < positional) {
                throw Errors.typeError(cls.getName() + "() accepts " + allowed + " positional sub-pattern" + (allowed == 1 ? "" : "s") +
                                " (" + positional + " given)");
            }
            if (matchSelf) {
                attributes[0] = subject;
            } else {
                for (int i = 0; i < positional; i++) {
                    if (!(names[i] instanceof String name)) {
                        throw Errors.typeError("__match_args__ elements must be strings (got " + PyObjectType.typeName(names[i]) + ")");
                    }
                    attributes[i] = attribute(subject, cls, name, seen);
                    if (attributes[i] == null) {
                        return null;
                    }
                }
            }
        }
        for (int i = 0; i < keywords.length; i++) {
            Object value = attribute(subject, cls, keywords[i], seen);
            if (value == null) {
                return null;
            }
            attributes[positional + i] = value;
        }
        return attributes;
    }

    private static Object attribute(Object subject, PythonClass cls, String name, List<String> seen) {
        if (seen.contains(name)) {
            throw Errors.typeError(cls.getName() + "() got multiple sub-patterns for attribute " + PyObjectRepr.repr(name));
        }
        seen.add(name);
        return optionalAttribute(subject, name);
    }

    /** {@code PyObject_GetOptionalAttr}: the attribute, or null when reading it raises AttributeError. */
    private static Object optionalAttribute(Object object, String name) {
        try {
            return PyObjectGetAttr.getOrNull(object, name);
        } catch (dev.krait.runtime.exceptions.PException e) {
            if (PyObjectGetAttr.isAttributeError(KraitContext.get(null), e)) {
                return null;
            }
            throw e;
        }
    }
}
