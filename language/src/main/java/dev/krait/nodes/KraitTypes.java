package dev.krait.nodes;

import com.oracle.truffle.api.dsl.ImplicitCast;
import com.oracle.truffle.api.dsl.TypeSystem;

import dev.krait.runtime.objects.PInt;

/**
 * The value types the specializations tell apart. Python's bool is a subclass of int, so a {@code long}
 * specialization also accepts booleans (as 0 and 1); operations where bool behaves differently ({@code &}, {@code |},
 * {@code ^}) put a boolean specialization first.
 */
@TypeSystem({boolean.class, long.class, double.class, String.class, PInt.class})
public abstract class KraitTypes {
    @ImplicitCast
    public static long booleanToLong(boolean value) {
        return value ? 1 : 0;
    }
}
