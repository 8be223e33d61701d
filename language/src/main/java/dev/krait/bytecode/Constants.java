package dev.krait.bytecode;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import dev.krait.ast.ConstantValue;
import dev.krait.ast.Imaginary;

/**
 * The compiler's constants before they become Python objects: {@link ConstantValue}, Boolean, Long, BigInteger (only
 * beyond long), Double, String, {@link Bytes}, {@link Complex}, {@link Tuple}, {@link FrozenSet} and {@link CodeUnit}.
 */
public final class Constants {
    private Constants() {
    }

    public record Bytes(byte[] value) {
        @Override
        public boolean equals(Object o) {
            return o instanceof Bytes b && Arrays.equals(value, b.value);
        }

        @Override
        public int hashCode() {
            return Arrays.hashCode(value);
        }
    }

    public record Complex(double real, double imag) {
    }

    public record Tuple(List<Object> items) {
    }

    /** The elements in the order the set literal wrote them (the Python object orders them itself). */
    public record FrozenSet(List<Object> items) {
    }

    /** Converts an AST constant value to the compiler's form. */
    static Object fromAst(Object value) {
        return switch (value) {
            case byte[] b -> new Bytes(b);
            case Imaginary i -> new Complex(0.0, i.imag());
            case BigInteger b -> normalize(b);
            default -> value;
        };
    }

    static Object normalize(BigInteger b) {
        return b.bitLength() < 64 ? (Object) b.longValue() : b;
    }

    /**
     * The identity of a constant for sharing one co_consts slot, as CPython's constant key: equal values of the
     * same type share, but {@code 1}, {@code 1.0} and {@code True} do not, nor {@code 0.0} and {@code -0.0}.
     */
    static Object key(Object c) {
        return switch (c) {
            case Double d -> List.of("float", Double.doubleToRawLongBits(d));
            case Complex x -> List.of("complex", Double.doubleToRawLongBits(x.real()), Double.doubleToRawLongBits(x.imag()));
            case Boolean b -> List.of("bool", b);
            case Long l -> List.of("int", BigInteger.valueOf(l));
            case BigInteger b -> List.of("int", b);
            case String s -> List.of("str", s);
            case Tuple t -> {
                List<Object> keys = new ArrayList<>();
                keys.add("tuple");
                for (Object item : t.items()) {
                    keys.add(key(item));
                }
                yield keys;
            }
            case FrozenSet f -> {
                // unordered, as the set itself
                java.util.Set<Object> keys = new java.util.HashSet<>();
                for (Object item : f.items()) {
                    keys.add(key(item));
                }
                yield List.of("frozenset", keys);
            }
            case CodeUnit u -> new IdentityKey(u);
            default -> c;
        };
    }

    private record IdentityKey(Object value) {
        @Override
        public boolean equals(Object o) {
            return o instanceof IdentityKey k && k.value == value;
        }

        @Override
        public int hashCode() {
            return System.identityHashCode(value);
        }
    }

    static boolean isTrue(Object c) {
        return switch (c) {
            case ConstantValue v -> v != ConstantValue.NONE;
            case Boolean b -> b;
            case Long l -> l != 0;
            case BigInteger b -> b.signum() != 0;
            case Double d -> d != 0.0;
            case Complex x -> x.real() != 0.0 || x.imag() != 0.0;
            case String s -> !s.isEmpty();
            case Bytes b -> b.value().length > 0;
            case Tuple t -> !t.items().isEmpty();
            case FrozenSet f -> !f.items().isEmpty();
            default -> true;
        };
    }
}
