package dev.krait.ast;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.RecordComponent;
import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.List;
import java.util.Map;

/**
 * Prints a tree exactly as CPython 3.12's {@code ast.dump(tree)} does with its default arguments, so the parser can be
 * checked against CPython's output. Positions are not printed. Fields are found reflectively from the record
 * components, whose names are the asdl names in camelCase.
 */
public final class AstDump {
    private static final Map<Class<?>, String> PRODUCT_NAMES = Map.of(Arguments.class, "arguments", Arg.class, "arg",
                    Keyword.class, "keyword", Alias.class, "alias", WithItem.class, "withitem", Comprehension.class,
                    "comprehension", MatchCase.class, "match_case");

    public static String dump(Object node) {
        return dump(node, false);
    }

    /** With {@code includeAttributes}, as {@code ast.dump(tree, include_attributes=True)}: positions too. */
    public static String dump(Object node, boolean includeAttributes) {
        StringBuilder sb = new StringBuilder();
        new AstDump(includeAttributes).format(node, sb);
        return sb.toString();
    }

    private final boolean includeAttributes;

    private AstDump(boolean includeAttributes) {
        this.includeAttributes = includeAttributes;
    }

    private void format(Object value, StringBuilder sb) {
        if (value == null) {
            sb.append("None");
        } else if (value instanceof Enum<?> e && !(value instanceof ConstantValue)) {
            sb.append(e.name()).append("()");
        } else if (value instanceof Record r && !(value instanceof Imaginary)) {
            formatNode(r, sb);
        } else if (value instanceof List<?> list) {
            sb.append('[');
            for (int i = 0; i < list.size(); i++) {
                if (i > 0) {
                    sb.append(", ");
                }
                format(list.get(i), sb);
            }
            sb.append(']');
        } else {
            sb.append(constantRepr(value));
        }
    }

    private void formatNode(Record node, StringBuilder sb) {
        Class<?> cls = node.getClass();
        sb.append(PRODUCT_NAMES.getOrDefault(cls, cls.getSimpleName())).append('(');
        boolean first = true;
        for (RecordComponent rc : cls.getRecordComponents()) {
            String name = rc.getName();
            if (isPosition(name)) {
                continue;
            }
            Object value;
            try {
                value = rc.getAccessor().invoke(node);
            } catch (IllegalAccessException | InvocationTargetException ex) {
                throw new IllegalStateException(ex);
            }
            if (value == null) {
                continue; // ast.dump leaves out optional fields that are None
            }
            if (value instanceof Boolean b && node instanceof Comprehension) {
                value = b ? 1L : 0L;
            }
            if (!first) {
                sb.append(", ");
            }
            first = false;
            sb.append(snakeCase(name)).append('=');
            format(value, sb);
        }
        if (node instanceof Mod.Module) {
            sb.append(", type_ignores=[]"); // Krait has no type comments
        }
        if (includeAttributes && node instanceof Node n) {
            sb.append(first ? "" : ", ").append("lineno=").append(n.lineno()).append(", col_offset=")
                            .append(n.colOffset()).append(", end_lineno=").append(n.endLineno())
                            .append(", end_col_offset=").append(n.endColOffset());
        }
        sb.append(')');
    }

    private static boolean isPosition(String name) {
        return name.equals("lineno") || name.equals("colOffset") || name.equals("endLineno") ||
                        name.equals("endColOffset");
    }

    private static String snakeCase(String name) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < name.length(); i++) {
            char c = name.charAt(i);
            if (Character.isUpperCase(c)) {
                sb.append('_').append(Character.toLowerCase(c));
            } else {
                sb.append(c);
            }
        }
        return sb.toString();
    }

    /** Python's {@code repr} of a constant value. */
    public static String constantRepr(Object value) {
        return switch (value) {
            case ConstantValue cv -> cv == ConstantValue.NONE ? "None" : "Ellipsis";
            case Boolean b -> b ? "True" : "False";
            case Double d -> floatRepr(d);
            case Imaginary im -> complexRepr(im.imag());
            case String s -> stringRepr(s);
            case byte[] bytes -> bytesRepr(bytes);
            default -> value.toString();
        };
    }

    public static String floatRepr(double d) {
        if (Double.isNaN(d)) {
            return "nan";
        }
        if (Double.isInfinite(d)) {
            return d > 0 ? "inf" : "-inf";
        }
        if (d == 0) {
            return (1 / d < 0) ? "-0.0" : "0.0";
        }
        String sign = d < 0 ? "-" : "";
        BigDecimal bd = new BigDecimal(Double.toString(Math.abs(d))).stripTrailingZeros();
        // Double.toString may give more digits than needed (subnormals): find the shortest that reads back
        while (bd.precision() > 1) {
            BigDecimal shorter = bd.round(new MathContext(bd.precision() - 1, RoundingMode.HALF_EVEN));
            if (shorter.doubleValue() != Math.abs(d)) {
                break;
            }
            bd = shorter.stripTrailingZeros();
        }
        String digits = bd.unscaledValue().toString();
        int decpt = digits.length() - bd.scale(); // value = 0.<digits> * 10^decpt
        StringBuilder sb = new StringBuilder(sign);
        if (decpt > 16 || decpt < -3) {
            sb.append(digits.charAt(0));
            if (digits.length() > 1) {
                sb.append('.').append(digits, 1, digits.length());
            }
            int exp = decpt - 1;
            sb.append('e').append(exp < 0 ? '-' : '+');
            int a = Math.abs(exp);
            if (a < 10) {
                sb.append('0');
            }
            sb.append(a);
        } else if (decpt <= 0) {
            sb.append("0.").append("0".repeat(-decpt)).append(digits);
        } else if (decpt >= digits.length()) {
            sb.append(digits).append("0".repeat(decpt - digits.length())).append(".0");
        } else {
            sb.append(digits, 0, decpt).append('.').append(digits, decpt, digits.length());
        }
        return sb.toString();
    }

    private static String complexRepr(double imag) {
        String f = floatRepr(imag);
        if (f.endsWith(".0")) {
            f = f.substring(0, f.length() - 2);
        }
        return f + "j";
    }

    public static String stringRepr(String s) {
        char quote = (s.indexOf('\'') >= 0 && s.indexOf('"') < 0) ? '"' : '\'';
        StringBuilder sb = new StringBuilder().append(quote);
        s.codePoints().forEach(cp -> {
            if (cp == quote || cp == '\\') {
                sb.append('\\').appendCodePoint(cp);
            } else if (cp == '\t') {
                sb.append("\\t");
            } else if (cp == '\n') {
                sb.append("\\n");
            } else if (cp == '\r') {
                sb.append("\\r");
            } else if (cp < 0x20 || cp == 0x7f) {
                sb.append(String.format("\\x%02x", cp));
            } else if (cp < 0x7f || isPrintable(cp)) {
                sb.appendCodePoint(cp);
            } else if (cp <= 0xff) {
                sb.append(String.format("\\x%02x", cp));
            } else if (cp <= 0xffff) {
                sb.append(String.format("\\u%04x", cp));
            } else {
                sb.append(String.format("\\U%08x", cp));
            }
        });
        return sb.append(quote).toString();
    }

    private static boolean isPrintable(int cp) {
        return switch (Character.getType(cp)) {
            case Character.CONTROL, Character.FORMAT, Character.SURROGATE, Character.PRIVATE_USE, Character.UNASSIGNED,
                            Character.LINE_SEPARATOR, Character.PARAGRAPH_SEPARATOR, Character.SPACE_SEPARATOR -> false;
            default -> true;
        };
    }

    public static String bytesRepr(byte[] bytes) {
        boolean hasSingle = false;
        boolean hasDouble = false;
        for (byte b : bytes) {
            hasSingle |= b == '\'';
            hasDouble |= b == '"';
        }
        char quote = hasSingle && !hasDouble ? '"' : '\'';
        StringBuilder sb = new StringBuilder("b").append(quote);
        for (byte b : bytes) {
            int c = b & 0xff;
            if (c == quote || c == '\\') {
                sb.append('\\').append((char) c);
            } else if (c == '\t') {
                sb.append("\\t");
            } else if (c == '\n') {
                sb.append("\\n");
            } else if (c == '\r') {
                sb.append("\\r");
            } else if (c < 0x20 || c >= 0x7f) {
                sb.append(String.format("\\x%02x", c));
            } else {
                sb.append((char) c);
            }
        }
        return sb.append(quote).toString();
    }
}
