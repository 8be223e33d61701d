package dev.krait.builtins;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.RecordComponent;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.dsl.GenerateNodeFactory;
import com.oracle.truffle.api.dsl.Specialization;

import dev.krait.ast.Alias;
import dev.krait.ast.Arg;
import dev.krait.ast.Arguments;
import dev.krait.ast.Comprehension;
import dev.krait.ast.ConstantValue;
import dev.krait.ast.Imaginary;
import dev.krait.ast.Keyword;
import dev.krait.ast.MatchCase;
import dev.krait.ast.Mod;
import dev.krait.ast.Node;
import dev.krait.ast.WithItem;
import dev.krait.parser.ParseMode;
import dev.krait.parser.Parser;
import dev.krait.parser.PythonSyntaxError;
import dev.krait.runtime.KraitContext;
import dev.krait.runtime.SyntaxErrors;
import dev.krait.runtime.exceptions.Errors;
import dev.krait.runtime.objects.PBytes;
import dev.krait.runtime.objects.PComplex;
import dev.krait.runtime.objects.PInt;
import dev.krait.runtime.objects.PList;
import dev.krait.runtime.objects.PModule;
import dev.krait.runtime.objects.PNone;
import dev.krait.runtime.objects.PTuple;
import dev.krait.runtime.protocol.Singletons;

/**
 * {@code _krait_ast}: Krait's parser seen from Python, for the bundled {@code ast} module. {@code parse} returns the
 * tree as plain values: a node is a tuple {@code (class name, field names, field values, positions)}, positions
 * being {@code (lineno, col_offset, end_lineno, end_col_offset)} or None; {@code ast.py} makes node objects of them.
 * Columns are turned into UTF-8 byte offsets, as CPython counts them.
 */
public final class AstModule {
    private static final Map<Class<?>, String> PRODUCT_NAMES = Map.of(Arguments.class, "arguments", Arg.class, "arg",
                    Keyword.class, "keyword", Alias.class, "alias", WithItem.class, "withitem", Comprehension.class,
                    "comprehension", MatchCase.class, "match_case");

    private AstModule() {
    }

    public static PModule create(KraitContext context) {
        PModule module = context.newModule("_krait_ast");
        context.getLanguage().getBuiltinRegistry().addFunctions(context, module, AstModuleFactory.getFactories(), null, "_krait_ast");
        return module;
    }

    @Builtin(name = "parse", params = {"source", "filename", "mode", "/"})
    @GenerateNodeFactory
    public abstract static class ParseNode extends BuiltinNode.Builtin3 {
        @Specialization
        @TruffleBoundary
        static Object parse(Object source, Object filename, Object mode) {
            KraitContext context = KraitContext.get(null);
            String text = (String) source;
            if (text.indexOf('\0') >= 0) {
                throw SyntaxErrors.withoutLocation(context, "source code string cannot contain null bytes");
            }
            ParseMode parseMode = switch ((String) mode) {
                case "exec" -> ParseMode.EXEC;
                case "eval" -> ParseMode.EVAL;
                case "single" -> ParseMode.SINGLE;
                default -> throw Errors.valueError("compile() mode must be 'exec', 'eval' or 'single'");
            };
            Mod mod;
            try {
                mod = Parser.parse(text, (String) filename, parseMode);
            } catch (PythonSyntaxError e) {
                throw SyntaxErrors.toPException(context, e, false);
            }
            return new Converter(context, text).convert(mod);
        }
    }

    /** Walks the records reflectively, as {@link dev.krait.ast.AstDump} does; field names are the asdl names. */
    private static final class Converter {
        private final KraitContext context;
        private final List<String> lines = new ArrayList<>();

        Converter(KraitContext context, String text) {
            this.context = context;
            int start = 0;
            for (int i = 0; i < text.length(); i++) {
                char c = text.charAt(i);
                if (c == '\n' || c == '\r' && (i + 1 >= text.length() || text.charAt(i + 1) != '\n')) {
                    lines.add(text.substring(start, i));
                    start = i + 1;
                }
            }
            lines.add(text.substring(start));
        }

        Object convert(Object value) {
            if (value == null) {
                return PNone.NONE;
            } else if (value instanceof Enum<?> e && !(value instanceof ConstantValue)) {
                return node(e.name(), new Object[0], new Object[0], PNone.NONE);
            } else if (value instanceof Record r && !(value instanceof Imaginary)) {
                return record(r);
            } else if (value instanceof List<?> list) {
                Object[] items = new Object[list.size()];
                for (int i = 0; i < items.length; i++) {
                    items[i] = convert(list.get(i));
                }
                return new PList(context.classes().listClass, context.getShape(), items);
            }
            return constant(value);
        }

        private Object constant(Object value) {
            return switch (value) {
                case ConstantValue cv -> cv == ConstantValue.NONE ? PNone.NONE : Singletons.ELLIPSIS;
                case BigInteger big -> PInt.normalize(big);
                case Imaginary im -> new PComplex(context.classes().complexClass, context.getShape(), 0.0, im.imag());
                case byte[] bytes -> new PBytes(context.classes().bytesClass, context.getShape(), bytes);
                default -> value; // Boolean, Long, Double, String
            };
        }

        private Object record(Record node) {
            Class<?> cls = node.getClass();
            List<Object> names = new ArrayList<>();
            List<Object> values = new ArrayList<>();
            for (RecordComponent rc : cls.getRecordComponents()) {
                String name = rc.getName();
                if (name.equals("lineno") || name.equals("colOffset") || name.equals("endLineno") || name.equals("endColOffset")) {
                    continue;
                }
                Object value;
                try {
                    value = rc.getAccessor().invoke(node);
                } catch (IllegalAccessException | InvocationTargetException ex) {
                    throw new IllegalStateException(ex);
                }
                if (value instanceof Boolean b && node instanceof Comprehension) {
                    value = b ? 1L : 0L;
                } else if (value instanceof Integer i) {
                    value = (long) i;
                }
                names.add(snakeCase(name));
                values.add(convert(value));
            }
            Object positions = PNone.NONE;
            if (node instanceof Node n) {
                positions = tuple(new Object[]{(long) n.lineno(), byteColumn(n.lineno(), n.colOffset()), (long) n.endLineno(),
                                byteColumn(n.endLineno(), n.endColOffset())});
            }
            return node(PRODUCT_NAMES.getOrDefault(cls, cls.getSimpleName()), names.toArray(), values.toArray(), positions);
        }

        private long byteColumn(int lineno, int column) {
            if (lineno < 1 || lineno > lines.size() || column <= 0) {
                return column;
            }
            String line = lines.get(lineno - 1);
            int end = line.offsetByCodePoints(0, Math.min(column, line.codePointCount(0, line.length())));
            return line.substring(0, end).getBytes(StandardCharsets.UTF_8).length + Math.max(0, column - line.codePointCount(0, line.length()));
        }

        private Object node(String name, Object[] names, Object[] values, Object positions) {
            return tuple(new Object[]{name, tuple(names), tuple(values), positions});
        }

        private PTuple tuple(Object[] items) {
            return new PTuple(context.classes().tupleClass, context.getShape(), items);
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
    }
}
