package dev.krait.runtime.text;

/**
 * What the text helpers ({@link PercentFormat}, {@link StrFormat}) need from the object model for values that are not
 * plain Java carriers of Python values. The helpers handle {@code String}, {@code Long}, {@code Boolean},
 * {@code PInt} and {@code Double} themselves and call back only for other objects (and for str/repr of everything
 * but strings and numbers). Each method raises the Python exception its Python counterpart would raise.
 */
public interface ObjectProtocol {
    /** {@code str(o)}. */
    String str(Object o);

    /** {@code repr(o)}. */
    String repr(Object o);

    /** The name of {@code type(o)}, as error messages show it ("str", "NoneType", "list"). */
    String typeName(Object o);

    /** Whether {@code o} is a tuple (or a tuple subclass). */
    boolean isTuple(Object o);

    /** The items of a tuple. */
    Object[] tupleItems(Object o);

    /**
     * Whether {@code o} supports {@code o[key]} in the sense of CPython's {@code PyMapping_Check} (a dict, a list,
     * any object with {@code __getitem__}). Tuples and strs never reach this call.
     */
    boolean isMapping(Object o);

    /** {@code mapping[key]} (raises KeyError, TypeError, ... as Python does). */
    Object getItem(Object mapping, Object key);

    /** {@code getattr(o, name)} (raises AttributeError). */
    Object getAttr(Object o, String name);

    /** {@code operator.index(o)}: the int {@code __index__} returns, or null if the type has no {@code __index__}. */
    Object index(Object o);

    /**
     * {@code int(o)} for a number: null when {@code o} is not a number at all (no {@code __index__}, {@code __int__},
     * {@code __float__}, and not complex), else the Python int {@code int(o)} gives (which may raise).
     */
    Object asInt(Object o);

    /** {@code float(o)} through {@code __float__} or {@code __index__}: a Double, or null when neither exists. */
    Object asFloat(Object o);

    /** Whether a raised Python exception is a TypeError (or a subclass's instance). */
    boolean isTypeError(RuntimeException e);

    /** {@code format(o, spec)}, i.e. {@code type(o).__format__(o, spec)} checked to return a str. */
    String format(Object o, String spec);
}
