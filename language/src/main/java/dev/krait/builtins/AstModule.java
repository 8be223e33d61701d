package dev.krait.builtins;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.dsl.GenerateNodeFactory;
import com.oracle.truffle.api.dsl.Specialization;
import com.oracle.truffle.api.source.Source;

import dev.krait.KraitLanguage;
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
import dev.krait.runtime.objects.PCompiledCode;
import dev.krait.runtime.objects.PComplex;
import dev.krait.runtime.objects.PInt;
import dev.krait.runtime.objects.PList;
import dev.krait.runtime.objects.PModule;
import dev.krait.runtime.objects.PNone;
import dev.krait.runtime.objects.PTuple;
import dev.krait.runtime.protocol.PyObjectRepr;
import dev.krait.runtime.protocol.PyObjectType;
import dev.krait.runtime.protocol.Singletons;
import dev.krait.symtable.SymbolTable;

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

    /**
     * {@code compile(tree, filename, mode, optimize=-1)}: the tree, in the plain form {@code ast._plain} makes of node objects, as
     * Krait's records, compiled. Positions come from the nodes; the code's source text is blank lines, as a tree has
     * no source (tracebacks show no line, as CPython's for {@code '<ast>'}).
     */
    @Builtin(name = "compile", params = {"tree", "filename", "mode", "optimize=", "/"})
    @GenerateNodeFactory
    public abstract static class CompileNode extends BuiltinNode.BuiltinN {
        @Specialization
        @TruffleBoundary
        static Object compile(Object[] args) {
            Object tree = args[0];
            Object filename = args[1];
            Object mode = args[2];
            KraitContext context = KraitContext.get(null);
            ParseMode parseMode = switch ((String) mode) {
                case "eval" -> ParseMode.EVAL;
                case "single" -> ParseMode.SINGLE;
                default -> ParseMode.EXEC;
            };
            TreeReader reader = new TreeReader();
            Mod mod = (Mod) reader.read(tree, Mod.class);
            String text = "\n".repeat(Math.max(0, reader.lastLine - 1));
            Source source = Source.newBuilder(KraitLanguage.ID, text, (String) filename).build();
            try {
                SymbolTable symbols = SymbolTable.build(mod, (String) filename, text);
                int level = args[3] instanceof Long given ? (int) (long) given : -1;
                return new PCompiledCode(context.classes().codeClass, context.getShape(), source, mod, symbols, (String) filename,
                                level == -1 ? context.optimizeLevel() : level);
            } catch (PythonSyntaxError e) {
                throw SyntaxErrors.toPException(context, e, false);
            }
        }
    }

    /** Makes the records of a plain tree (see {@link Converter} for the form), led by the Java types they fill. */
    private static final class TreeReader {
        int lastLine = 1;

        Object read(Object value, Type type) {
            if (type instanceof ParameterizedType list) {
                if (!(value instanceof PList items)) {
                    throw Errors.typeError("expected a list, not " + PyObjectType.typeName(value));
                }
                List<Object> result = new ArrayList<>();
                for (Object item : items.toArray()) {
                    result.add(read(item, list.getActualTypeArguments()[0]));
                }
                return result;
            }
            Class<?> cls = (Class<?>) type;
            if (cls == Object.class) {
                return constant(value); // a Constant's value: None is the constant None, not a missing field
            }
            if (value == PNone.NONE) {
                return cls == int.class ? 0 : null;
            }
            if (cls == String.class) {
                if (!(value instanceof String s)) {
                    throw Errors.typeError("AST string must be of type str");
                }
                return s;
            }
            if (cls == int.class || cls == boolean.class) {
                long number = value instanceof Boolean b ? (b ? 1 : 0) : value instanceof Long l ? l : 0;
                return cls == int.class ? (Object) (int) number : (Object) (number != 0);
            }
            if (!(value instanceof PTuple node) || node.items().length != 4 || !(node.items()[0] instanceof String name)) {
                throw Errors.typeError("expected some sort of " + cls.getSimpleName().toLowerCase() + ", but got " + PyObjectRepr.repr(value));
            }
            if (cls.isEnum()) {
                for (Object constant : cls.getEnumConstants()) {
                    if (((Enum<?>) constant).name().equals(name)) {
                        return constant;
                    }
                }
                throw Errors.typeError("expected some sort of " + cls.getSimpleName().toLowerCase() + ", but got " + name);
            }
            Class<?> recordClass = recordNamed(cls, name);
            if (recordClass == null) {
                throw Errors.typeError("expected some sort of " + cls.getSimpleName().toLowerCase() + ", but got " + name);
            }
            return record(recordClass, node.items());
        }

        private static Class<?> recordNamed(Class<?> cls, String name) {
            String recordName = PRODUCT_NAMES.getOrDefault(cls, cls.getSimpleName());
            if (cls.isRecord()) {
                return recordName.equals(name) ? cls : null;
            }
            for (Class<?> sub : cls.getPermittedSubclasses()) {
                if (sub.getSimpleName().equals(name)) {
                    return sub;
                }
            }
            return null;
        }

        private Object record(Class<?> cls, Object[] node) {
            Object[] names = ((PTuple) node[1]).items();
            Object[] values = ((PTuple) node[2]).items();
            RecordComponent[] components = cls.getRecordComponents();
            Object[] arguments = new Object[components.length];
            Class<?>[] types = new Class<?>[components.length];
            for (int i = 0; i < components.length; i++) {
                RecordComponent rc = components[i];
                types[i] = rc.getType();
                String field = Converter.snakeCase(rc.getName());
                int position = switch (field) {
                    case "lineno" -> 0;
                    case "col_offset" -> 1;
                    case "end_lineno" -> 2;
                    case "end_col_offset" -> 3;
                    default -> -1;
                };
                if (position >= 0) {
                    long number = node[3] instanceof PTuple positions && positions.items()[position] instanceof Long l ? l : 0;
                    if (position == 0 || position == 2) {
                        lastLine = (int) Math.max(lastLine, number);
                    }
                    arguments[i] = (int) number;
                    continue;
                }
                Object value = PNone.NONE;
                for (int k = 0; k < names.length; k++) {
                    if (field.equals(names[k])) {
                        value = values[k];
                    }
                }
                if (rc.getType() == String.class && value != PNone.NONE && !(value instanceof String)) {
                    boolean text = field.equals("kind") || field.equals("type_comment") || field.equals("tag");
                    throw Errors.typeError(text ? "AST string must be of type str" : "AST identifier must be of type str");
                }
                arguments[i] = read(value, rc.getGenericType());
            }
            try {
                return cls.getDeclaredConstructor(types).newInstance(arguments);
            } catch (ReflectiveOperationException e) {
                throw new IllegalStateException(e);
            }
        }

        private static Object constant(Object value) {
            return switch (value) {
                case PNone none -> ConstantValue.NONE;
                case PInt big -> big.value();
                case PBytes bytes -> bytes.bytes();
                case PComplex complex when complex.real() == 0.0 -> new Imaginary(complex.imag());
                case Boolean b -> b;
                case Long l -> l;
                case Double d -> d;
                case String s -> s;
                default -> {
                    if (value == Singletons.ELLIPSIS) {
                        yield ConstantValue.ELLIPSIS;
                    }
                    throw Errors.typeError("got an invalid type in Constant: " + PyObjectType.typeName(value));
                }
            };
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

        static String snakeCase(String name) {
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
