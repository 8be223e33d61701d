package dev.krait.runtime.numbers;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;

/**
 * Python's {@code repr(float)} and {@code str(float)}: the shortest digit string that reads back as the same double,
 * in fixed notation when the decimal exponent is in {@code [-4, 16)} and in exponent notation otherwise.
 *
 * <p>
 * The shortest digits come from {@link Double#toString(double)}, which since JDK 19 produces the shortest decimal that
 * rounds to the double; only its layout is changed here.
 */
public final class FloatRepr {
    private FloatRepr() {
    }

    /** The shortest round-trip digits of a finite, non-negative double: {@code value = 0.digits × 10^pointPosition}. */
    public record Digits(String digits, int pointPosition) {
    }

    @TruffleBoundary
    public static String repr(double x) {
        if (Double.isNaN(x)) {
            return "nan";
        }
        if (Double.isInfinite(x)) {
            return x > 0 ? "inf" : "-inf";
        }
        String sign = (x < 0 || (x == 0 && 1 / x < 0)) ? "-" : "";
        Digits d = shortestDigits(Math.abs(x));
        return sign + layout(d.digits(), d.pointPosition());
    }

    /**
     * Lays out digits in the repr style: exponent notation when the exponent is below -4 or at least 16, and a
     * trailing ".0" on integral values in fixed notation.
     */
    private static String layout(String digits, int pointPosition) {
        int exp = pointPosition - 1;
        StringBuilder sb = new StringBuilder();
        if (exp < -4 || exp >= 16) {
            sb.append(digits.charAt(0));
            if (digits.length() > 1) {
                sb.append('.').append(digits, 1, digits.length());
            }
            appendExponent(sb, 'e', exp);
        } else if (pointPosition <= 0) {
            sb.append("0.");
            sb.repeat('0', -pointPosition);
            sb.append(digits);
        } else if (pointPosition >= digits.length()) {
            sb.append(digits);
            sb.repeat('0', pointPosition - digits.length());
            sb.append(".0");
        } else {
            sb.append(digits, 0, pointPosition).append('.').append(digits, pointPosition, digits.length());
        }
        return sb.toString();
    }

    /** Appends an exponent as Python writes it: the letter, a sign, at least two digits ("e+05", "E-123"). */
    public static void appendExponent(StringBuilder sb, char e, int exp) {
        sb.append(e).append(exp < 0 ? '-' : '+');
        int a = Math.abs(exp);
        if (a < 10) {
            sb.append('0');
        }
        sb.append(a);
    }

    /** Shortest round-trip digits of a finite double {@code x >= 0}; zero gives digits "0" at point position 1. */
    @TruffleBoundary
    public static Digits shortestDigits(double x) {
        if (x == 0) {
            return new Digits("0", 1);
        }
        String s = Double.toString(x);
        int ePos = s.indexOf('E');
        int exp10 = 0;
        String mantissa = s;
        if (ePos >= 0) {
            exp10 = Integer.parseInt(s.substring(ePos + 1));
            mantissa = s.substring(0, ePos);
        }
        int dot = mantissa.indexOf('.');
        String intPart = mantissa.substring(0, dot);
        String fracPart = mantissa.substring(dot + 1);
        StringBuilder all = new StringBuilder(intPart).append(fracPart);
        int point = intPart.length() + exp10;
        int lead = 0;
        while (lead < all.length() - 1 && all.charAt(lead) == '0') {
            lead++;
        }
        point -= lead;
        int end = all.length();
        while (end > lead + 1 && all.charAt(end - 1) == '0') {
            end--;
        }
        String digits = all.substring(lead, end);
        if (digits.length() == 2) {
            // Double.toString always prints two significant digits; a single digit may still round-trip
            Digits one = oneDigit(x, digits, point);
            if (one != null) {
                return one;
            }
        }
        return new Digits(digits, point);
    }

    private static Digits oneDigit(double x, String twoDigits, int point) {
        int first = twoDigits.charAt(0) - '0';
        Digits down = new Digits(String.valueOf(first), point);
        Digits up = first == 9 ? new Digits("1", point + 1) : new Digits(String.valueOf(first + 1), point);
        boolean downOk = value(down) == x;
        boolean upOk = value(up) == x;
        if (downOk && upOk) {
            java.math.BigDecimal exact = new java.math.BigDecimal(x);
            java.math.BigDecimal dDown = exact.subtract(decimal(down)).abs();
            java.math.BigDecimal dUp = decimal(up).subtract(exact).abs();
            return dDown.compareTo(dUp) <= 0 ? down : up;
        }
        return downOk ? down : upOk ? up : null;
    }

    private static java.math.BigDecimal decimal(Digits d) {
        return new java.math.BigDecimal(new java.math.BigInteger(d.digits()), d.digits().length() - d.pointPosition());
    }

    private static double value(Digits d) {
        return Double.parseDouble("0." + d.digits() + "e" + d.pointPosition());
    }
}
