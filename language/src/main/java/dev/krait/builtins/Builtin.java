package dev.krait.builtins;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Declares a builtin function or method once, with its Python name and signature. Parameters are written as in
 * Python: {@code "/"} ends the positional-only ones, {@code "*"} or {@code "*args"} starts keyword-only ones,
 * {@code "**kwargs"} collects the rest, and a trailing {@code "="} marks an optional parameter (which arrives as
 * {@code PNone.NO_VALUE} when not given).
 */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
public @interface Builtin {
    String name();

    String[] params() default {};

    String doc() default "";

    /** Bound to the class, as a {@code classmethod} (e.g. {@code dict.fromkeys}). */
    boolean classMethod() default false;

    /** Not bound at all, as a {@code staticmethod} (e.g. {@code str.maketrans}). */
    boolean staticMethod() default false;
}
