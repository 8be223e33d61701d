package dev.krait.runtime.text;

import java.math.BigInteger;
import java.util.Map;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;

import dev.krait.runtime.exceptions.Errors;
import dev.krait.runtime.numbers.FloatRepr;
import dev.krait.runtime.numbers.IntOps;
import dev.krait.runtime.objects.PInt;

/**
 * {@code str.format(*args, **kwargs)} and {@code str.format_map(mapping)}: literal text with {@code {{ }}} escapes and
 * replacement fields {@code {field_name!conversion:format_spec}}, where the field name is an index, a keyword or
 * empty (automatic numbering) followed by {@code .attr} and {@code [key]} parts, and the spec may itself contain
 * replacement fields (one level deep).
 */
public final class StrFormat {
    private StrFormat() {
    }

    /** {@code template.format(*args, **kwargs)}; {@code kwargs} may be null for none. */
    @TruffleBoundary
    public static String format(String template, Object[] args, Map<String, Object> kwargs, ObjectProtocol protocol) {
        return new Run(args, kwargs, null, protocol).build(template.codePoints().toArray(), 2);
    }

    /** {@code template.format_map(mapping)}: names are looked up with {@code mapping[name]}. */
    @TruffleBoundary
    public static String formatMap(String template, Object mapping, ObjectProtocol protocol) {
        return new Run(null, null, mapping, protocol).build(template.codePoints().toArray(), 2);
    }

    /** {@code str(v)} with the plain carriers handled here. */
    @TruffleBoundary
    public static String str(Object v, ObjectProtocol protocol) {
        if (v instanceof String s) {
            return s;
        }
        if (v instanceof Long || v instanceof PInt) {
            return IntOps.toDecimalString(v);
        }
        if (v instanceof Boolean b) {
            return b ? "True" : "False";
        }
        if (v instanceof Double d) {
            return FloatRepr.repr(d);
        }
        return protocol.str(v);
    }

    /** {@code repr(v)} with the plain carriers handled here. */
    @TruffleBoundary
    public static String repr(Object v, ObjectProtocol protocol) {
        if (v instanceof String s) {
            return StrRepr.repr(s);
        }
        if (v instanceof Long || v instanceof PInt || v instanceof Boolean || v instanceof Double) {
            return str(v, protocol);
        }
        return protocol.repr(v);
    }

    /** {@code format(v, spec)} with the plain carriers handled here. */
    @TruffleBoundary
    public static String formatValue(Object v, String spec, ObjectProtocol protocol) {
        if (v instanceof String s) {
            return FormatSpec.formatString(s, spec);
        }
        if (v instanceof Long l) {
            return FormatSpec.formatLong(l, spec);
        }
        if (v instanceof Boolean b) {
            return FormatSpec.formatBoolean(b, spec);
        }
        if (v instanceof Double d) {
            return FormatSpec.formatDouble(d, spec);
        }
        if (v instanceof PInt p) {
            return FormatSpec.formatBigInteger(p.value(), spec);
        }
        return protocol.format(v, spec);
    }

    private static final class Run {
        private final Object[] args;
        private final Map<String, Object> kwargs;
        private final Object mapping;
        private final ObjectProtocol protocol;
        /** 0: not decided, 1: automatic numbering, 2: manual. */
        private int numbering;
        private int autoIndex;

        Run(Object[] args, Map<String, Object> kwargs, Object mapping, ObjectProtocol protocol) {
            this.args = args == null ? new Object[0] : args;
            this.kwargs = kwargs;
            this.mapping = mapping;
            this.protocol = protocol;
        }

        String build(int[] s, int depth) {
            if (depth <= 0) {
                throw Errors.valueError("Max string recursion exceeded");
            }
            StringBuilder out = new StringBuilder(s.length + 16);
            int i = 0;
            int n = s.length;
            while (i < n) {
                int c = s[i++];
                if (c == '}') {
                    if (i < n && s[i] == '}') {
                        i++;
                        out.append('}');
                        continue;
                    }
                    throw Errors.valueError("Single '}' encountered in format string");
                }
                if (c != '{') {
                    out.appendCodePoint(c);
                    continue;
                }
                if (i >= n) {
                    throw Errors.valueError("Single '{' encountered in format string");
                }
                if (s[i] == '{') {
                    i++;
                    out.append('{');
                    continue;
                }
                i = field(s, i, depth, out);
            }
            return out.toString();
        }

        /** Renders the field starting after its '{'; returns the index after its closing '}'. */
        private int field(int[] s, int i, int depth, StringBuilder out) {
            int n = s.length;
            int nameStart = i;
            while (true) {
                if (i >= n) {
                    throw Errors.valueError("expected '}' before end of string");
                }
                int c = s[i];
                if (c == '[') {
                    while (i < n && s[i] != ']') {
                        i++;
                    }
                    if (i >= n) {
                        throw Errors.valueError("expected '}' before end of string");
                    }
                    i++;
                    continue;
                }
                if (c == '{') {
                    throw Errors.valueError("unexpected '{' in field name");
                }
                if (c == '}' || c == ':' || c == '!') {
                    break;
                }
                i++;
            }
            int nameEnd = i;
            int conversion = 0;
            if (s[i] == '!') {
                i++;
                if (i >= n) {
                    throw Errors.valueError("end of string while looking for conversion specifier");
                }
                conversion = s[i++];
                if (i < n && s[i] != ':' && s[i] != '}') {
                    throw Errors.valueError("expected ':' after conversion specifier");
                }
            }
            int specStart = -1;
            int specEnd = -1;
            boolean specNested = false;
            if (i < n && s[i] == ':') {
                specStart = ++i;
                int count = 1;
                while (i < n) {
                    if (s[i] == '{') {
                        count++;
                        specNested = true;
                    } else if (s[i] == '}') {
                        count--;
                        if (count == 0) {
                            break;
                        }
                    }
                    i++;
                }
                if (i >= n) {
                    throw Errors.valueError("unmatched '{' in format spec");
                }
                specEnd = i;
            } else if (i >= n) {
                throw Errors.valueError("unmatched '{' in format spec");
            }
            i++; // the closing '}'
            Object value = resolve(s, nameStart, nameEnd);
            if (conversion != 0) {
                value = switch (conversion) {
                    case 'r' -> repr(value, protocol);
                    case 's' -> str(value, protocol);
                    case 'a' -> value instanceof String str ? StrRepr.ascii(str) : StrRepr.escapeNonAscii(repr(value, protocol));
                    default -> throw Errors.valueError("Unknown conversion specifier " + new String(Character.toChars(conversion)));
                };
            }
            String spec = "";
            if (specStart >= 0) {
                int[] specCps = java.util.Arrays.copyOfRange(s, specStart, specEnd);
                spec = specNested ? build(specCps, depth - 1) : new String(specCps, 0, specCps.length);
            }
            out.append(formatValue(value, spec, protocol));
            return i;
        }

        private Object resolve(int[] s, int start, int end) {
            int i = start;
            while (i < end && s[i] != '.' && s[i] != '[') {
                i++;
            }
            String first = new String(s, start, i - start);
            Object value;
            if (first.isEmpty()) {
                if (numbering == 2) {
                    throw Errors.valueError("cannot switch from manual field specification to automatic field numbering");
                }
                numbering = 1;
                value = positional(autoIndex++);
            } else if (isDigits(first)) {
                if (numbering == 1) {
                    throw Errors.valueError("cannot switch from automatic field numbering to manual field specification");
                }
                numbering = 2;
                value = positional(parseIndex(first));
            } else {
                value = keyword(first);
            }
            while (i < end) {
                int c = s[i++];
                int partStart = i;
                if (c == '.') {
                    while (i < end && s[i] != '.' && s[i] != '[') {
                        i++;
                    }
                    if (i == partStart) {
                        throw Errors.valueError("Empty attribute in format string");
                    }
                    value = protocol.getAttr(value, new String(s, partStart, i - partStart));
                } else if (c == '[') {
                    while (i < end && s[i] != ']') {
                        i++;
                    }
                    if (i >= end) {
                        throw Errors.valueError("Missing ']' in format string");
                    }
                    if (i == partStart) {
                        throw Errors.valueError("Empty attribute in format string");
                    }
                    String key = new String(s, partStart, i - partStart);
                    i++;
                    value = protocol.getItem(value, isDigits(key) ? (Object) parseIndex(key) : key);
                    if (i < end && s[i] != '.' && s[i] != '[') {
                        throw Errors.valueError("Only '.' or '[' may follow ']' in format field specifier");
                    }
                } else {
                    throw Errors.valueError("Only '.' or '[' may follow ']' in format field specifier");
                }
            }
            return value;
        }

        private Object positional(long index) {
            if (mapping != null) {
                throw Errors.valueError("Format string contains positional fields");
            }
            if (index >= args.length) {
                throw Errors.indexError("Replacement index " + index + " out of range for positional args tuple");
            }
            return args[(int) index];
        }

        private Object keyword(String name) {
            if (mapping != null) {
                return protocol.getItem(mapping, name);
            }
            if (kwargs == null || !kwargs.containsKey(name)) {
                throw Errors.keyError(name);
            }
            return kwargs.get(name);
        }

        private static boolean isDigits(String s) {
            for (int i = 0; i < s.length(); i++) {
                char c = s.charAt(i);
                if (c < '0' || c > '9') {
                    return false;
                }
            }
            return !s.isEmpty();
        }

        private static long parseIndex(String digits) {
            BigInteger v = new BigInteger(digits);
            if (v.bitLength() > 62) {
                throw Errors.valueError("Too many decimal digits in format string");
            }
            return v.longValue();
        }
    }
}
