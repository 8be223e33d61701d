package dev.krait.runtime.protocol;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;

import dev.krait.runtime.KraitContext;
import dev.krait.runtime.exceptions.Errors;
import dev.krait.runtime.objects.PDict;
import dev.krait.runtime.objects.Signature;

/**
 * Binds the arguments of a call to a callee's parameters, as CPython does for Python functions, with its error
 * messages. The result is the callee's frame arguments: slot 0 holds the callee itself, slots 1.. the parameters in
 * {@link Signature} order.
 */
public final class ArgumentBinder {
    private ArgumentBinder() {
    }

    /** The common fast case: only positional arguments, exactly one per positional parameter, nothing else declared. */
    public static boolean isExactPositional(Signature signature, int argumentCount) {
        return signature.parameterCount() == argumentCount && signature.positionalCount() == argumentCount;
    }

    /**
     * Whether a call with {@code argumentCount} positional arguments (and no keywords) can be bound by
     * {@link #bindPositional}: no {@code **kwargs}, every keyword-only parameter has a default, and the count fits
     * between the required positional parameters and the maximum (or anything above the minimum with {@code *args}).
     */
    public static boolean canBindPositional(Signature signature, Object[] defaults, java.util.Map<String, Object> kwDefaults,
                    int argumentCount) {
        if (signature.hasVarKeywords()) {
            return false;
        }
        int required = signature.positionalCount() - (defaults == null ? 0 : defaults.length);
        if (argumentCount < required || (argumentCount > signature.positionalCount() && !signature.hasVarargs())) {
            return false;
        }
        String[] names = signature.names();
        int start = signature.keywordOnlyStart();
        for (int i = start; i < start + signature.keywordOnlyCount(); i++) {
            if (kwDefaults == null || !kwDefaults.containsKey(names[i])) {
                return false;
            }
        }
        return true;
    }

    /**
     * Binds positional arguments ({@code arguments[1..]}, slot 0 free for the callee) when
     * {@link #canBindPositional} holds: missing parameters take their defaults, extra ones go into {@code *args}.
     * Written for partial evaluation: with the signature and counts constant the loops unroll.
     */
    public static Object[] bindPositional(Signature signature, Object[] defaults, Object[] keywordOnlyDefaults,
                    Object callee, Object[] arguments, KraitContext context) {
        int given = arguments.length - 1;
        int positionalCount = signature.positionalCount();
        Object[] frame = new Object[1 + signature.parameterCount()];
        frame[0] = callee;
        int copied = Math.min(given, positionalCount);
        System.arraycopy(arguments, 1, frame, 1, copied);
        int defaultsStart = positionalCount - (defaults == null ? 0 : defaults.length);
        for (int i = copied; i < positionalCount; i++) {
            frame[1 + i] = defaults[i - defaultsStart];
        }
        if (signature.hasVarargs()) {
            Object[] rest = given > positionalCount ? java.util.Arrays.copyOfRange(arguments, 1 + positionalCount, arguments.length)
                            : new Object[0];
            frame[1 + signature.varargsIndex()] = context.newTuple(rest);
        }
        int start = signature.keywordOnlyStart();
        for (int i = 0; i < signature.keywordOnlyCount(); i++) {
            frame[1 + start + i] = keywordOnlyDefaults[i];
        }
        return frame;
    }

    /** The defaults of the keyword-only parameters in signature order (for {@link #bindPositional}). */
    @TruffleBoundary
    public static Object[] keywordOnlyDefaults(Signature signature, java.util.Map<String, Object> kwDefaults) {
        Object[] result = new Object[signature.keywordOnlyCount()];
        int start = signature.keywordOnlyStart();
        for (int i = 0; i < result.length; i++) {
            result[i] = kwDefaults.get(signature.names()[start + i]);
        }
        return result;
    }

    /**
     * Binds the arguments of a builtin. Builtins that take exactly one argument or none (CPython's METH_O and
     * METH_NOARGS: {@code len}, {@code list.append}, {@code str.upper}) report a wrong count the way CPython's do.
     */
    @TruffleBoundary
    public static Object[] bindBuiltin(dev.krait.runtime.objects.PBuiltinFunction builtin, Object[] positional, String[] kwNames,
                    Object[] kwValues) {
        Signature signature = builtin.getSignature();
        int self = builtin.getOwner() != null ? 1 : 0;
        boolean onlyPositional = signature.positionalOnlyCount() == signature.parameterCount() && !signature.hasVarargs() &&
                        (builtin.getDefaults() == null || builtin.getDefaults().length == 0);
        int arity = signature.parameterCount() - self;
        if (positional.length >= self) {
            checkHandParsedArguments(builtin, positional.length - self, kwNames);
        }
        if (self == 1 && positional.length >= 1 && builtin.getName().equals("__new__")) {
            checkConstructedType(builtin.getOwner(), positional[0]);
        }
        if (onlyPositional && (arity == 0 || arity == 1) && positional.length >= self) {
            if (kwNames != null && kwNames.length > 0) {
                throw Errors.typeError(builtin.getQualname() + "() takes no keyword arguments");
            }
            int given = positional.length - self;
            if (given != arity) {
                throw Errors.typeError(builtin.getQualname() + "() takes " + (arity == 0 ? "no arguments" : "exactly one argument") +
                                " (" + given + " given)");
            }
        }
        checkBuiltinArguments(builtin, signature, self, positional, kwNames);
        return bind(builtin.getQualname(), signature, builtin.getDefaults(), builtin.getKwDefaults(), builtin, positional, kwNames,
                        kwValues);
    }

    /**
     * Whether calling {@code builtin} unbound must check its first argument: a method or slot wrapper descriptor of a
     * type (not a static or class method, not {@code __new__}).
     */
    public static boolean checksUnboundSelf(dev.krait.runtime.objects.PBuiltinFunction builtin) {
        if (builtin.getOwner() == null || builtin.getName().equals("__new__")) {
            return false;
        }
        var classes = dev.krait.runtime.KraitContext.get(null).classes();
        return builtin.getPythonClass() == classes.methodDescriptorClass || builtin.getPythonClass() == classes.wrapperDescriptorClass;
    }

    /**
     * CPython's check of a descriptor called unbound ({@code list.append(x, 1)}, {@code Exception.__str__(obj)}):
     * the first of {@code count} arguments starting at {@code offset} must be an instance of the descriptor's type.
     */
    public static void checkUnboundSelf(dev.krait.runtime.objects.PBuiltinFunction builtin, Object[] arguments, int offset) {
        if (arguments.length <= offset) {
            throw unboundWithoutSelf(builtin);
        }
        Object self = arguments[offset];
        // a class as the first argument: an implicit class method (__class_getitem__, __init_subclass__…) takes it
        if (PyObjectType.classOf(self) != builtin.getOwner() && !(self instanceof dev.krait.runtime.objects.PythonClass) &&
                        !PyObjectType.classOf(self).isSubclassOf(builtin.getOwner())) {
            throw unboundWrongSelf(builtin, self);
        }
    }

    @TruffleBoundary
    private static RuntimeException unboundWithoutSelf(dev.krait.runtime.objects.PBuiltinFunction builtin) {
        var owner = builtin.getOwner();
        if (builtin.getPythonClass() == dev.krait.runtime.KraitContext.get(null).classes().wrapperDescriptorClass) {
            return Errors.typeError("descriptor '" + builtin.getName() + "' of '" + owner.getTypeName() + "' object needs an argument");
        }
        return Errors.typeError("unbound method " + owner.getTypeName() + "." + builtin.getName() + "() needs an argument");
    }

    @TruffleBoundary
    private static RuntimeException unboundWrongSelf(dev.krait.runtime.objects.PBuiltinFunction builtin, Object self) {
        var owner = builtin.getOwner();
        if (builtin.getPythonClass() == dev.krait.runtime.KraitContext.get(null).classes().wrapperDescriptorClass) {
            return Errors.typeError("descriptor '" + builtin.getName() + "' requires a '" + owner.getTypeName() + "' object but received a '" +
                            PyObjectType.typeName(self) + "'");
        }
        return Errors.typeError("descriptor '" + builtin.getName() + "' for '" + owner.getTypeName() + "' objects doesn't apply to a '" +
                        PyObjectType.typeName(self) + "' object");
    }

    /** CPython's {@code tp_new_wrapper} check: {@code T.__new__(cls)} needs a subtype of T. */
    public static void checkConstructedType(dev.krait.runtime.objects.PythonClass owner, Object cls) {
        if (cls != owner && !(cls instanceof dev.krait.runtime.objects.PythonClass type && type.isSubclassOf(owner))) {
            throw notASubtype(owner, cls);
        }
    }

    @TruffleBoundary
    private static RuntimeException notASubtype(dev.krait.runtime.objects.PythonClass owner, Object cls) {
        if (!(cls instanceof dev.krait.runtime.objects.PythonClass type)) {
            return Errors.typeError(owner.getTypeName() + ".__new__(X): X is not a type object (" + PyObjectType.typeName(cls) + ")");
        }
        return Errors.typeError(owner.getTypeName() + ".__new__(" + type.getTypeName() + "): " + type.getTypeName() + " is not a subtype of " +
                        owner.getTypeName());
    }

    /** The search methods of str, bytes and bytearray, which CPython parses with PyArg_ParseTuple, not Argument Clinic. */
    private static final java.util.Set<String> PARSE_TUPLE_METHODS = java.util.Set.of("find", "rfind", "index", "rindex", "count",
                    "startswith", "endswith");

    private static boolean isParseTupleMethod(dev.krait.runtime.objects.PBuiltinFunction builtin) {
        var owner = builtin.getOwner();
        return owner != null && PARSE_TUPLE_METHODS.contains(builtin.getName()) &&
                        (owner.getName().equals("str") || owner.getName().equals("bytes") || owner.getName().equals("bytearray"));
    }

    /** The name Argument Clinic's messages use: the function's, or the type's for a constructor. */
    private static String clinicName(dev.krait.runtime.objects.PBuiltinFunction builtin) {
        String name = builtin.getName();
        if ((name.equals("__new__") || name.equals("__init__")) && builtin.getOwner() != null) {
            return builtin.getOwner().getName();
        }
        return name;
    }

    /**
     * The argument errors of CPython's Argument Clinic, which builtins report instead of a Python function's: an
     * unknown keyword is "'k' is an invalid keyword argument for f()", and a builtin taking only positional arguments
     * says "f expected at least 1 argument, got 0" (or "at most", or exactly).
     */
    private static void checkBuiltinArguments(dev.krait.runtime.objects.PBuiltinFunction builtin, Signature signature, int self,
                    Object[] positional, String[] kwNames) {
        boolean allPositionalOnly = signature.positionalOnlyCount() == signature.parameterCount() && !signature.hasVarargs() &&
                        !signature.hasVarKeywords();
        if (kwNames != null && kwNames.length > 0 && allPositionalOnly && signature.keywordOnlyCount() == 0) {
            throw Errors.typeError(clinicName(builtin) + "() takes no keyword arguments");
        }
        if (!allPositionalOnly && !signature.hasVarargs() && !signature.hasVarKeywords() && positional.length >= self) {
            checkClinicKeywordArguments(builtin, signature, self, positional, kwNames);
        }
        if (kwNames != null && !signature.hasVarKeywords()) {
            for (String name : kwNames) {
                if (signature.keywordIndex(name) < 0) {
                    throw Errors.typeError("'" + name + "' is an invalid keyword argument for " + clinicName(builtin) + "()");
                }
            }
        }
        if (!allPositionalOnly || positional.length < self || kwNames != null && kwNames.length > 0) {
            return;
        }
        int max = signature.parameterCount() - self;
        int min = max - (builtin.getDefaults() == null ? 0 : builtin.getDefaults().length);
        int given = positional.length - self;
        if ((given < min || given > max) && isParseTupleMethod(builtin)) {
            int bound = given < min ? min : max;
            throw Errors.typeError(clinicName(builtin) + "() takes " + (given < min ? "at least " : "at most ") + bound + " argument" +
                            (bound == 1 ? "" : "s") + " (" + given + " given)");
        }
        if (given < min || given > max) {
            int bound = given < min ? min : max;
            String quantity = min == max ? "" : given < min ? "at least " : "at most ";
            throw Errors.typeError(clinicName(builtin) + " expected " + quantity + bound + " argument" + (bound == 1 ? "" : "s") +
                            ", got " + given);
        }
    }

    /**
     * The builtins CPython parses by hand rather than with Argument Clinic, each with wording of its own: sorted()
     * and reversed() check the count first ("sorted expected 1 argument, got 0"), sorted() hands its keywords to
     * list.sort, enumerate() names a missing argument without its position, zip() counts its keywords, and map()
     * wants a function and an iterable.
     */
    private static void checkHandParsedArguments(dev.krait.runtime.objects.PBuiltinFunction builtin, int given, String[] kwNames) {
        int keywords = kwNames == null ? 0 : kwNames.length;
        boolean constructor = builtin.getName().equals("__new__");
        String name = constructor ? clinicName(builtin) : builtin.getOwner() == null ? builtin.getName() : null;
        if (name == null) {
            return;
        }
        switch (name) {
            case "sorted" -> {
                if (constructor) {
                    return;
                }
                if (given != 1) {
                    throw Errors.typeError("sorted expected 1 argument, got " + given);
                }
                for (int i = 0; i < keywords; i++) {
                    if (!kwNames[i].equals("key") && !kwNames[i].equals("reverse")) {
                        throw Errors.typeError("'" + kwNames[i] + "' is an invalid keyword argument for sort()");
                    }
                }
            }
            case "reversed" -> {
                if (constructor && keywords == 0 && given != 1) {
                    throw Errors.typeError("reversed expected 1 argument, got " + given);
                }
            }
            case "enumerate" -> {
                if (!constructor) {
                    return;
                }
                for (int i = 0; i < keywords; i++) {
                    if (!kwNames[i].equals("iterable") && !kwNames[i].equals("start")) {
                        throw Errors.typeError("'" + kwNames[i] + "' is an invalid keyword argument for enumerate()");
                    }
                }
                if (given == 0 && (kwNames == null || !java.util.Arrays.asList(kwNames).contains("iterable"))) {
                    throw Errors.typeError("enumerate() missing required argument 'iterable'");
                }
            }
            case "zip" -> {
                if (constructor && keywords > 1) {
                    throw Errors.typeError("zip() takes at most 1 keyword argument (" + keywords + " given)");
                }
            }
            case "map" -> {
                if (constructor && keywords == 0 && given < 2) {
                    throw Errors.typeError("map() must have at least two arguments.");
                }
            }
            default -> {
            }
        }
    }

    /**
     * Argument Clinic's errors for a builtin that takes keyword arguments: "f() takes at most 2 arguments (3 given)"
     * (keywords counted), "f() takes no positional arguments", "f() takes at least 1 positional argument (0 given)"
     * for a missing positional-only one and "f() missing required argument 'x' (pos 1)" for another; an unknown
     * keyword is reported after these, as Argument Clinic does.
     */
    private static void checkClinicKeywordArguments(dev.krait.runtime.objects.PBuiltinFunction builtin, Signature signature, int self,
                    Object[] positional, String[] kwNames) {
        String name = clinicName(builtin);
        int keywords = kwNames == null ? 0 : kwNames.length;
        int given = positional.length - self;
        int max = signature.parameterCount() - self;
        if (given + keywords > max) {
            throw Errors.typeError(name + "() takes at most " + max + " argument" + (max == 1 ? "" : "s") + " (" + (given + keywords) + " given)");
        }
        int positionalParameters = signature.positionalCount() - self;
        if (given > 0 && positionalParameters == 0) {
            throw Errors.typeError(name + "() takes no positional arguments");
        }
        if (given > positionalParameters) {
            throw Errors.typeError(name + "() takes at most " + positionalParameters + " positional argument" +
                            (positionalParameters == 1 ? "" : "s") + " (" + given + " given)");
        }
        int required = positionalParameters - (builtin.getDefaults() == null ? 0 : builtin.getDefaults().length);
        int positionalOnly = signature.positionalOnlyCount() - self;
        for (int i = given; i < required; i++) {
            String parameter = signature.names()[self + i];
            if (kwNames != null && java.util.Arrays.asList(kwNames).contains(parameter) && i >= positionalOnly) {
                continue;
            }
            if (i < positionalOnly) {
                int least = Math.min(required, positionalOnly);
                throw Errors.typeError(name + "() takes at least " + least + " positional argument" + (least == 1 ? "" : "s") + " (" + given + " given)");
            }
            throw Errors.typeError(name + "() missing required argument '" + parameter + "' (pos " + (i + 1) + ")");
        }
    }

    @TruffleBoundary
    public static Object[] bind(String qualname, Signature signature, Object[] defaults, Map<String, Object> kwDefaults,
                    Object callee, Object[] positional, String[] kwNames, Object[] kwValues) {
        KraitContext context = KraitContext.get(null);
        String[] names = signature.names();
        Object[] frame = new Object[1 + names.length];
        frame[0] = callee;
        int positionalCount = signature.positionalCount();
        int given = positional.length;
        System.arraycopy(positional, 0, frame, 1, Math.min(given, positionalCount));
        if (signature.hasVarargs()) {
            Object[] rest = given > positionalCount ? java.util.Arrays.copyOfRange(positional, positionalCount, given)
                            : new Object[0];
            frame[1 + signature.varargsIndex()] = context.newTuple(rest);
        }
        PDict varKeywords = null;
        if (signature.hasVarKeywords()) {
            varKeywords = context.newDict();
            frame[1 + signature.varKeywordsIndex()] = varKeywords;
        }
        List<String> positionalOnlyAsKeyword = null;
        if (kwNames != null) {
            for (int i = 0; i < kwNames.length; i++) {
                String name = kwNames[i];
                int index = signature.keywordIndex(name);
                if (index < 0) {
                    if (varKeywords != null) {
                        varKeywords.setItem(name, kwValues[i]);
                        continue;
                    }
                    if (signature.isPositionalOnlyName(name)) {
                        if (positionalOnlyAsKeyword == null) {
                            positionalOnlyAsKeyword = new ArrayList<>();
                        }
                        positionalOnlyAsKeyword.add(name);
                        continue;
                    }
                    throw Errors.typeError(qualname + "() got an unexpected keyword argument '" + name + "'");
                }
                if (frame[1 + index] != null) {
                    throw Errors.typeError(qualname + "() got multiple values for argument '" + name + "'");
                }
                frame[1 + index] = kwValues[i];
            }
        }
        if (positionalOnlyAsKeyword != null) {
            throw Errors.typeError(qualname + "() got some positional-only arguments passed as keyword arguments: '" +
                            String.join(", ", positionalOnlyAsKeyword) + "'");
        }
        // as CPython: keyword errors ("got multiple values") come before too many positional arguments
        if (given > positionalCount && !signature.hasVarargs()) {
            throw tooManyPositional(qualname, signature, defaults, given, kwNames);
        }
        List<String> missing = null;
        int defaultsStart = positionalCount - (defaults == null ? 0 : defaults.length);
        for (int i = 0; i < positionalCount; i++) {
            if (frame[1 + i] == null) {
                if (i >= defaultsStart) {
                    frame[1 + i] = defaults[i - defaultsStart];
                } else {
                    if (missing == null) {
                        missing = new ArrayList<>();
                    }
                    missing.add(names[i]);
                }
            }
        }
        if (missing != null) {
            throw missingArguments(qualname, missing, "positional");
        }
        int keywordOnlyStart = signature.keywordOnlyStart();
        for (int i = keywordOnlyStart; i < keywordOnlyStart + signature.keywordOnlyCount(); i++) {
            if (frame[1 + i] == null) {
                Object value = kwDefaults == null ? null : kwDefaults.get(names[i]);
                if (value != null) {
                    frame[1 + i] = value;
                } else {
                    if (missing == null) {
                        missing = new ArrayList<>();
                    }
                    missing.add(names[i]);
                }
            }
        }
        if (missing != null) {
            throw missingArguments(qualname, missing, "keyword-only");
        }
        return frame;
    }

    private static RuntimeException tooManyPositional(String qualname, Signature signature, Object[] defaults, int given,
                    String[] kwNames) {
        int max = signature.positionalCount();
        int min = max - (defaults == null ? 0 : defaults.length);
        String takes;
        if (min < max) {
            takes = "from " + min + " to " + max + " positional arguments";
        } else {
            takes = max + " positional argument" + (max == 1 ? "" : "s");
        }
        int keywordOnlyGiven = 0;
        if (kwNames != null) {
            int start = signature.keywordOnlyStart();
            for (String name : kwNames) {
                int index = signature.keywordIndex(name);
                if (index >= start) {
                    keywordOnlyGiven++;
                }
            }
        }
        String was;
        if (keywordOnlyGiven > 0) {
            was = given + " positional argument" + (given == 1 ? "" : "s") + " (and " + keywordOnlyGiven +
                            " keyword-only argument" + (keywordOnlyGiven == 1 ? "" : "s") + ") were given";
        } else {
            was = given + (given == 1 ? " was given" : " were given");
        }
        return Errors.typeError(qualname + "() takes " + takes + " but " + was);
    }

    private static RuntimeException missingArguments(String qualname, List<String> missing, String kind) {
        StringBuilder names = new StringBuilder();
        for (int i = 0; i < missing.size(); i++) {
            if (i > 0) {
                names.append(missing.size() == 2 ? " and " : (i == missing.size() - 1 ? ", and " : ", "));
            }
            names.append('\'').append(missing.get(i)).append('\'');
        }
        return Errors.typeError(qualname + "() missing " + missing.size() + " required " + kind + " argument" +
                        (missing.size() == 1 ? "" : "s") + ": " + names);
    }
}
