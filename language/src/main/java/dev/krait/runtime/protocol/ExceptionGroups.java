package dev.krait.runtime.protocol;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;

import dev.krait.runtime.KraitContext;
import dev.krait.runtime.exceptions.Errors;
import dev.krait.runtime.objects.PBaseException;
import dev.krait.runtime.objects.PNone;
import dev.krait.runtime.objects.PTuple;
import dev.krait.runtime.objects.PythonClass;

/**
 * Exception groups (PEP 654): {@code split}/{@code subgroup} by type, tuple of types or predicate, and what
 * {@code except*} needs: matching a raised exception against a clause, and the exception left to raise once every
 * clause ran (the unhandled rest and what the handlers raised).
 */
public final class ExceptionGroups {
    private ExceptionGroups() {
    }

    public static boolean isGroup(Object value) {
        return value instanceof PBaseException e && e.getGroupExceptions() != null;
    }

    /** {@code BaseExceptionGroup(message, exceptions)}: an ExceptionGroup when every exception is an Exception. */
    @TruffleBoundary
    public static PBaseException create(String message, Object[] exceptions) {
        KraitContext context = KraitContext.get(null);
        Object group = PyObjectCall.call(context.classes().byName("BaseExceptionGroup"), message, context.newList(exceptions));
        return (PBaseException) group;
    }

    /** How {@code split} tests an exception: by type (a class or a tuple of classes), by predicate, or by identity. */
    private interface Matcher {
        boolean matches(PBaseException exception);
    }

    /** The matcher for {@code split}'s argument, or the TypeError for a bad one. */
    @TruffleBoundary
    public static Object checkCondition(Object condition) {
        KraitContext context = KraitContext.get(null);
        if (condition instanceof PythonClass cls) {
            if (cls.isSubclassOf(context.classes().baseException)) {
                return condition;
            }
        } else if (condition instanceof PTuple tuple && BuiltinArithmetic.isExact(tuple)) {
            boolean allTypes = true;
            for (Object item : tuple.items()) {
                allTypes &= item instanceof PythonClass c && c.isSubclassOf(context.classes().baseException);
            }
            if (allTypes) {
                return condition;
            }
        } else if (condition instanceof dev.krait.runtime.objects.PFunction || condition instanceof dev.krait.runtime.objects.PBuiltinFunction ||
                        condition instanceof dev.krait.runtime.objects.PBoundMethod || PyObjectType.classOf(condition).lookup("__call__") != null) {
            return condition;
        }
        throw Errors.typeError("expected a function, exception type or tuple of exception types");
    }

    private static Matcher matcher(Object condition) {
        if (condition instanceof PythonClass cls) {
            return e -> e.getPythonClass().isSubclassOf(cls);
        }
        if (condition instanceof PTuple tuple) {
            return e -> {
                for (Object item : tuple.items()) {
                    if (e.getPythonClass().isSubclassOf((PythonClass) item)) {
                        return true;
                    }
                }
                return false;
            };
        }
        return e -> PyObjectIsTrue.isTrue(PyObjectCall.call(condition, e));
    }

    /** {@code eg.split(condition)}: (match, rest), each None or a group. */
    @TruffleBoundary
    public static Object[] split(PBaseException group, Object condition) {
        Object[] result = splitRecursive(group, matcher(checkCondition(condition)), true);
        return new Object[]{orNone(result[0]), orNone(result[1])};
    }

    /** {@code eg.subgroup(condition)}: the matching part, or None. */
    @TruffleBoundary
    public static Object subgroup(PBaseException group, Object condition) {
        return orNone(splitRecursive(group, matcher(checkCondition(condition)), false)[0]);
    }

    private static Object orNone(Object value) {
        return value == null ? PNone.NONE : value;
    }

    /** The matching and non-matching parts of {@code exception} (null for none); a whole match keeps the object. */
    private static Object[] splitRecursive(PBaseException exception, Matcher matcher, boolean constructRest) {
        if (matcher.matches(exception)) {
            return new Object[]{exception, null};
        }
        if (!isGroup(exception)) {
            return new Object[]{null, constructRest ? exception : null};
        }
        List<Object> matched = new ArrayList<>();
        List<Object> rest = new ArrayList<>();
        for (Object child : exception.getGroupExceptions().items()) {
            Object[] part = splitRecursive((PBaseException) child, matcher, constructRest);
            if (part[0] != null) {
                matched.add(part[0]);
            }
            if (part[1] != null) {
                rest.add(part[1]);
            }
        }
        return new Object[]{subset(exception, matched), constructRest ? subset(exception, rest) : null};
    }

    /**
     * A group of {@code exceptions} made by {@code original.derive()}, with the original's traceback, cause, context
     * and a copy of its notes; null for no exceptions.
     */
    private static PBaseException subset(PBaseException original, List<Object> exceptions) {
        if (exceptions.isEmpty()) {
            return null;
        }
        KraitContext context = KraitContext.get(null);
        Object derived = PyObjectCall.callSpecial(original, "derive", context.newList(exceptions.toArray()));
        if (!isGroup(derived)) {
            throw Errors.typeError("derive must return an instance of BaseExceptionGroup");
        }
        PBaseException group = (PBaseException) derived;
        if (original.getTraceback() != null) {
            group.setTraceback(original.getTraceback());
            // the part shares the original's traceback, and so keeps alive what it keeps (its frames' variables)
            dev.krait.runtime.memory.RefCounts.incRef(original);
            group.holdFrameValues(new Object[]{original}, 1);
        }
        group.setContext(original.getContext());
        group.setCause(original.getCause());
        Object notes = PyObjectGetAttr.getOrNull(original, "__notes__");
        if (notes != null && isSequence(notes)) {
            PyObjectSetAttr.set(group, "__notes__", context.newList(PyIter.toArray(notes)));
        }
        return group;
    }

    /**
     * CHECK_EG_MATCH: the part of {@code raised} an {@code except*} clause of {@code type} handles, or null; what is
     * left is stored in {@code rest[0]} (null when nothing is). A bare exception that matches is wrapped in a group.
     */
    @TruffleBoundary
    public static PBaseException matchClause(PBaseException raised, Object type, Object[] rest) {
        Matcher matcher = matcher(type);
        if (!isGroup(raised)) {
            if (matcher.matches(raised)) {
                PBaseException wrapped = wrap(raised);
                rest[0] = null;
                return wrapped;
            }
            rest[0] = raised;
            return null;
        }
        Object pair = PyObjectCall.callSpecial(raised, "split", type);
        if (!(pair instanceof PTuple tuple) || tuple.length() != 2) {
            throw Errors.typeError("X.split(type) must return a tuple, not " + PyObjectType.typeName(pair));
        }
        Object match = tuple.items()[0];
        Object remaining = tuple.items()[1];
        rest[0] = remaining == PNone.NONE ? null : remaining;
        return match == PNone.NONE ? null : (PBaseException) match;
    }

    /** A bare exception caught by {@code except*}: wrapped in {@code ExceptionGroup("", (exc,))} with its traceback. */
    private static PBaseException wrap(PBaseException exception) {
        KraitContext context = KraitContext.get(null);
        PBaseException wrapped = (PBaseException) PyObjectCall.call(context.classes().byName("BaseExceptionGroup"), "",
                        context.newTuple(new Object[]{exception}));
        wrapped.setTraceback(exception.getTraceback());
        return wrapped;
    }

    /** The check of an {@code except*} clause's type: exception classes, not groups. */
    @TruffleBoundary
    public static void checkClauseType(Object type) {
        KraitContext context = KraitContext.get(null);
        Object[] types = type instanceof PTuple tuple ? tuple.items() : new Object[]{type};
        for (Object t : types) {
            if (!(t instanceof PythonClass cls) || !cls.isSubclassOf(context.classes().baseException)) {
                throw Errors.typeError("catching classes that do not inherit from BaseException is not allowed");
            }
        }
        PythonClass baseGroup = context.classes().byName("BaseExceptionGroup");
        for (Object t : types) {
            if (((PythonClass) t).isSubclassOf(baseGroup)) {
                throw Errors.typeError("catching ExceptionGroup with except* is not allowed. Use except instead.");
            }
        }
    }

    /**
     * What a try statement with {@code except*} raises once its clauses ran: {@code results} holds, per clause that
     * ran, what it raised (the very exception it was given when it re-raised with a bare {@code raise}) or null, and
     * last the unhandled rest. Returns null when nothing is left to raise.
     *
     * @param reraised which of {@code results} are re-raises of what the clause was handed
     */
    @TruffleBoundary
    public static PBaseException prepareReraise(PBaseException original, List<PBaseException> results, List<Boolean> reraised) {
        List<PBaseException> present = new ArrayList<>();
        for (PBaseException e : results) {
            if (e != null) {
                present.add(e);
            }
        }
        if (present.isEmpty()) {
            return null;
        }
        if (!isGroup(original)) {
            return present.get(0);
        }
        List<Object> raisedList = new ArrayList<>();
        List<PBaseException> reraisedList = new ArrayList<>();
        for (int i = 0; i < results.size(); i++) {
            PBaseException e = results.get(i);
            if (e == null) {
                continue;
            }
            if (reraised.get(i) || sameMetadata(e, original)) {
                reraisedList.add(e);
            } else {
                raisedList.add(e);
            }
        }
        PBaseException reraisedGroup = projection(original, reraisedList);
        if (raisedList.isEmpty()) {
            return reraisedGroup;
        }
        if (reraisedGroup != null) {
            raisedList.add(reraisedGroup);
        }
        return raisedList.size() == 1 ? (PBaseException) raisedList.get(0) : create("", raisedList.toArray());
    }

    private static boolean sameMetadata(PBaseException a, PBaseException b) {
        return a.getTraceback() == b.getTraceback() && a.getCause() == b.getCause() && a.getContext() == b.getContext();
    }

    /** The part of {@code group} whose leaf exceptions appear (by identity) among the leaves of {@code keep}. */
    private static PBaseException projection(PBaseException group, List<PBaseException> keep) {
        Map<Object, Boolean> leaves = new IdentityHashMap<>();
        for (PBaseException e : keep) {
            collectLeaves(e, leaves);
        }
        Object[] result = splitRecursive(group, leaves::containsKey, false);
        return (PBaseException) result[0];
    }

    private static void collectLeaves(PBaseException exception, Map<Object, Boolean> leaves) {
        if (isGroup(exception)) {
            for (Object child : exception.getGroupExceptions().items()) {
                collectLeaves((PBaseException) child, leaves);
            }
        } else {
            leaves.put(exception, true);
        }
    }

    /** Items for {@code BaseExceptionGroup.__new__}'s checks: PySequence_Check. */
    public static boolean isSequence(Object value) {
        return !(value instanceof dev.krait.runtime.objects.PDict) && PyObjectType.classOf(value).lookup("__getitem__") != null;
    }
}
