package dev.krait.builtins;

import dev.krait.runtime.KraitContext;
import dev.krait.runtime.objects.PythonClass;

/**
 * {@code type.__flags__}: the bits of CPython's {@code tp_flags} that describe what a class is rather than how
 * CPython lays it out in memory — heap or builtin type, subclassable, abstract, the pattern-matching kinds, the
 * fast subclass bits of int/list/tuple/bytes/str/dict/BaseException/type, and method descriptors.
 */
final class TypeFlags {
    static final long MANAGED_WEAKREF = 1L << 3;
    static final long MANAGED_DICT = 1L << 4;
    static final long IMMUTABLETYPE = 1L << 8;
    static final long HEAPTYPE = 1L << 9;
    static final long BASETYPE = 1L << 10;
    static final long READY = 1L << 12;
    static final long HAVE_GC = 1L << 14;
    static final long METHOD_DESCRIPTOR = 1L << 17;
    static final long IS_ABSTRACT = 1L << 20;

    private TypeFlags() {
    }

    static long of(KraitContext context, PythonClass cls) {
        long flags = READY | cls.getPatternFlags();
        if (cls.isBuiltin()) {
            flags |= IMMUTABLETYPE;
        } else {
            flags |= HEAPTYPE | HAVE_GC;
            if (cls.acceptsAttributes() && cls.getSolidBase() == context.classes().objectClass) {
                flags |= MANAGED_DICT;
            }
            if (cls.acceptsWeakReferences() && cls.getSolidBase() == context.classes().objectClass) {
                flags |= MANAGED_WEAKREF;
            }
        }
        if (ClassBuilder.isBaseType(context, cls)) {
            flags |= BASETYPE;
        }
        if (cls.isAbstract()) {
            flags |= IS_ABSTRACT;
        }
        String[] subclassBits = {"int", "list", "tuple", "bytes", "str", "dict", "BaseException", "type"};
        for (int i = 0; i < subclassBits.length; i++) {
            if (cls.isSubclassOf(context.classes().byName(subclassBits[i]))) {
                flags |= 1L << (24 + i);
            }
        }
        for (PythonClass c : cls.getMro()) {
            if (c.isBuiltin()) {
                switch (c.getName()) {
                    case "function", "method_descriptor", "wrapper_descriptor" -> flags |= METHOD_DESCRIPTOR;
                    default -> {
                    }
                }
                break;
            }
        }
        return flags;
    }
}
