package dev.krait.nodes.call;

import dev.krait.runtime.memory.Temporaries;

import java.util.ArrayList;
import java.util.List;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.frame.VirtualFrame;
import com.oracle.truffle.api.nodes.ExplodeLoop;

import dev.krait.nodes.ExpressionNode;
import dev.krait.runtime.exceptions.Errors;
import dev.krait.runtime.objects.PDict;
import dev.krait.runtime.protocol.PyIter;
import dev.krait.runtime.protocol.PyObjectCall;
import dev.krait.runtime.protocol.PyObjectGetAttr;
import dev.krait.runtime.protocol.PyObjectGetItem;
import dev.krait.runtime.protocol.PyObjectType;

/**
 * A call with keyword arguments, {@code *iterable} or {@code **mapping}: arguments are collected in source order and
 * bound to the callee's parameters by name.
 */
public final class GeneralCallNode extends ExpressionNode {
    /** Entered when this node released a temporary it consumed (see Temporaries). */
    private final com.oracle.truffle.api.profiles.BranchProfile temporaryProfile = com.oracle.truffle.api.profiles.BranchProfile.create();
    @Child private ExpressionNode callee;
    @Children private final ExpressionNode[] positional;
    /** For each positional argument, whether it is {@code *iterable}. */
    private final boolean[] starred;
    @Children private final ExpressionNode[] keywordValues;
    /** Keyword names; null for a {@code **mapping}. */
    private final String[] keywordNames;
    /** When set, callee is a method looked up on this receiver. */
    private final String methodName;

    public GeneralCallNode(ExpressionNode callee, String methodName, ExpressionNode[] positional, boolean[] starred,
                    String[] keywordNames, ExpressionNode[] keywordValues) {
        this.callee = callee;
        this.methodName = methodName;
        this.positional = positional;
        this.starred = starred;
        this.keywordNames = keywordNames;
        this.keywordValues = keywordValues;
    }

    @Override
    @ExplodeLoop
    public Object execute(VirtualFrame frame) {
        Object function = callee.execute(frame);
        if (methodName != null) {
            function = PyObjectGetAttr.get(function, methodName);
        }
        Object[] args = new Object[positional.length];
        for (int i = 0; i < positional.length; i++) {
            args[i] = positional[i].execute(frame);
        }
        Object[] kwargs = new Object[keywordValues.length];
        Keywords keywords = new Keywords();
        // CPython builds the positional arguments (unpacking every *iterable) before it evaluates the keywords; a
        // lone *iterable is passed on as it is and converted after the ** mappings are merged
        boolean loneStar = args.length == 1 && starred[0];
        if (!loneStar) {
            keywords.positional = positionalArguments(function, args, false);
        }
        for (int i = 0; i < keywordValues.length; i++) {
            kwargs[i] = keywordValues[i].execute(frame);
            if (keywordNames[i] == null) {
                // as CPython's DICT_MERGE: a ** mapping joins the keywords before later arguments are evaluated
                mergeKeywords(function, keywords, kwargs, i + 1);
            }
        }
        Object result = dev.krait.runtime.Tracing.mayTrace() ? profiledCall(function, args, kwargs, keywords) : call(function, args, kwargs, keywords);
        Temporaries.consumedAll(this, args, result, temporaryProfile);
        Temporaries.consumedAll(this, kwargs, result, temporaryProfile);
        return result;
    }

    /** The keyword arguments merged so far, and how many of the evaluated ones they hold. */
    private static final class Keywords {
        final List<String> names = new ArrayList<>();
        final List<Object> values = new ArrayList<>();
        int merged;
        List<Object> positional;
    }

    /** The call while a profile function may be set: a builtin callee is reported ('c_call', 'c_return'…). */
    private Object profiledCall(Object function, Object[] args, Object[] kwargs, Keywords keywords) {
        return dev.krait.runtime.Tracing.profiledCall(this, function, null, () -> call(function, args, kwargs, keywords));
    }

    @TruffleBoundary
    private Object call(Object function, Object[] args, Object[] kwargs, Keywords keywords) {
        mergeKeywords(function, keywords, kwargs, kwargs.length);
        List<String> names = keywords.names;
        List<Object> values = keywords.values;
        // a lone *iterable (no list made in execute) is converted now, after the ** mappings were merged
        List<Object> positionalArgs = keywords.positional != null ? keywords.positional : positionalArguments(function, args, true);
        // this node is the call's location (a frame's line, for sys._getframe and tracebacks)
        com.oracle.truffle.api.nodes.Node previous = dev.krait.nodes.CallLocation.enter(this);
        try {
            return PyObjectCall.call(function, positionalArgs.toArray(), names.toArray(new String[0]), values.toArray());
        } finally {
            dev.krait.nodes.CallLocation.exit(previous);
        }
    }

    /** Adds the evaluated keyword arguments not merged yet, up to {@code end}, to {@code keywords}. */
    @TruffleBoundary
    private void mergeKeywords(Object function, Keywords keywords, Object[] kwargs, int end) {
        List<String> names = keywords.names;
        List<Object> values = keywords.values;
        for (int i = keywords.merged; i < end; i++) {
            if (keywordNames[i] != null) {
                addKeyword(function, names, values, keywordNames[i], kwargs[i]);
            } else {
                Object mapping = kwargs[i];
                if (mapping instanceof PDict dict && dev.krait.runtime.protocol.MappingOps.iteratesAsDict(dict)) {
                    for (Object entry : dict.storage().itemsArray()) {
                        Object[] item = (Object[]) entry;
                        addKeyword(function, names, values, keywordName(function, item[0]), item[1]);
                    }
                } else {
                    Object keys;
                    try {
                        keys = PyObjectCall.call(PyObjectGetAttr.get(mapping, "keys"));
                    } catch (dev.krait.runtime.exceptions.PException e) {
                        throw Errors.typeError(calleeName(function) + " argument after ** must be a mapping, not " +
                                        PyObjectType.typeName(mapping));
                    }
                    for (Object key : PyIter.toArray(keys)) {
                        addKeyword(function, names, values, keywordName(function, key), PyObjectGetItem.getItem(mapping, key));
                    }
                }
            }
        }
        keywords.merged = Math.max(keywords.merged, end);
    }

    @TruffleBoundary
    private List<Object> positionalArguments(Object function, Object[] args, boolean loneStar) {
        List<Object> positionalArgs = new ArrayList<>();
        for (int i = 0; i < args.length; i++) {
            if (starred[i]) {
                Object iterable = args[i];
                try {
                    for (Object item : PyIter.toArray(iterable)) {
                        positionalArgs.add(item);
                    }
                } catch (dev.krait.runtime.exceptions.PException e) {
                    if (PyObjectType.classOf(iterable).lookup("__iter__") == null && PyObjectType.classOf(iterable).lookup("__getitem__") == null) {
                        throw Errors.typeError((loneStar ? calleeName(function) + " argument" : "Value") + " after * must be an iterable, not " +
                                        PyObjectType.typeName(iterable));
                    }
                    throw e;
                }
            } else {
                positionalArgs.add(args[i]);
            }
        }
        return positionalArgs;
    }

    private static String keywordName(Object function, Object key) {
        if (!(key instanceof String s)) {
            throw Errors.typeError("keywords must be strings");
        }
        return s;
    }

    private static void addKeyword(Object function, List<String> names, List<Object> values, String name, Object value) {
        if (names.contains(name)) {
            throw Errors.typeError(calleeName(function) + " got multiple values for keyword argument '" + name + "'");
        }
        names.add(name);
        values.add(value);
    }

    /** CPython's {@code _PyObject_FunctionStr}: {@code module.qualname()} (no module for builtins), else str(callee). */
    public static String calleeName(Object function) {
        Object qualname;
        try {
            qualname = dev.krait.runtime.protocol.PyObjectGetAttr.get(function, "__qualname__");
        } catch (dev.krait.runtime.exceptions.PException e) {
            return dev.krait.runtime.protocol.PyObjectRepr.str(function);
        }
        String name = dev.krait.runtime.protocol.PyObjectRepr.str(qualname);
        Object module;
        try {
            module = dev.krait.runtime.protocol.PyObjectGetAttr.get(function, "__module__");
        } catch (dev.krait.runtime.exceptions.PException e) {
            module = null;
        }
        if (module instanceof String m && !m.equals("builtins")) {
            return m + "." + name + "()";
        }
        return name + "()";
    }
}
