package dev.krait.builtins;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.dsl.Cached;
import com.oracle.truffle.api.dsl.GenerateNodeFactory;
import com.oracle.truffle.api.dsl.Specialization;
import com.oracle.truffle.api.exception.AbstractTruffleException;
import com.oracle.truffle.api.interop.ExceptionType;
import com.oracle.truffle.api.interop.InteropException;
import com.oracle.truffle.api.interop.InteropLibrary;
import com.oracle.truffle.api.library.CachedLibrary;
import com.oracle.truffle.api.source.Source;
import com.oracle.truffle.api.source.SourceSection;
import com.oracle.truffle.api.strings.TruffleString;

import dev.krait.runtime.KraitContext;
import dev.krait.runtime.exceptions.Errors;
import dev.krait.runtime.bytes.ByteSequences;
import dev.krait.runtime.objects.PBoxedValue;
import dev.krait.runtime.objects.PBytes;
import dev.krait.runtime.objects.PDict;
import dev.krait.runtime.objects.PModule;
import dev.krait.runtime.objects.PNone;
import dev.krait.runtime.protocol.PyNumber;

/**
 * The {@code _krait_re} module: the bundled {@code re.py} compiles and runs its patterns with TRegex, Truffle's
 * regular expression engine (the {@code regex} language, Python flavor). A compiled pattern is TRegex's regex object,
 * which Python code holds as an opaque foreign value; matching it gives the match's spans as a tuple.
 */
public final class RegexModule {
    /** How a compiled regex is anchored: {@code re.search}, {@code re.match}, {@code re.fullmatch}, or a search that
     * must not return an empty match where it starts (the next match after an empty one, in finditer/sub/split). */
    private static final String[] VARIANT_OPTIONS = {"", ",MatchingMode=match", ",MatchingMode=fullmatch", ",MustAdvance=true"};

    /** The flag values of CPython's {@code re}, in the order of TRegex's flag members. */
    private static final String[] FLAG_MEMBERS = {"IGNORECASE", "LOCALE", "MULTILINE", "DOTALL", "UNICODE", "VERBOSE", "ASCII"};
    private static final int[] FLAG_VALUES = {2, 4, 8, 16, 32, 64, 256};

    private RegexModule() {
    }

    public static PModule create(KraitContext context) {
        PModule module = context.newModule("_krait_re");
        context.getLanguage().getBuiltinRegistry().addFunctions(context, module, RegexModuleFactory.getFactories(), null, "_krait_re");
        return module;
    }

    /** Added to a variant for a bytes pattern, which TRegex matches in Latin-1 (one character per byte). */
    private static final int BYTES_VARIANT = 4;

    /**
     * {@code compile(pattern, flags, variant)}: TRegex's regex object for a pattern (a str, or a bytes pattern
     * decoded as Latin-1 with {@code variant + 4}) with the flag letters {@code flags} ("iLmsxau"), or, for a pattern
     * with a syntax error, the tuple {@code (message, position)} from which re.py makes its {@code re.error}.
     */
    @Builtin(name = "compile", params = {"pattern", "flags", "variant", "/"})
    @GenerateNodeFactory
    public abstract static class CompileNode extends BuiltinNode.Builtin3 {
        @Specialization
        @TruffleBoundary
        Object compile(Object patternObject, String flags, long variant) {
            if (!(PBoxedValue.unwrap(patternObject) instanceof String pattern)) {
                throw Errors.typeError("_krait_re.compile() expects a str");
            }
            KraitContext context = KraitContext.get(this);
            boolean isBytes = variant >= BYTES_VARIANT;
            String options = (isBytes ? "Flavor=Python,Encoding=LATIN-1,PythonLocale=C" : "Flavor=Python,Encoding=UTF-32") + VARIANT_OPTIONS[(int) variant % BYTES_VARIANT];
            Source source = Source.newBuilder("regex", options + '/' + pattern + '/' + flags, "re").mimeType("application/tregex").internal(true).build();
            Object regex;
            try {
                regex = context.getEnv().parseInternal(source).call();
            } catch (AbstractTruffleException e) {
                InteropLibrary errors = InteropLibrary.getUncached(e);
                try {
                    if (errors.getExceptionType(e) != ExceptionType.PARSE_ERROR) {
                        throw e;
                    }
                    long position = 0;
                    if (errors.hasSourceLocation(e)) {
                        // TRegex counts UTF-16 chars; Python counts code points.
                        SourceSection section = errors.getSourceLocation(e);
                        position = pattern.codePointCount(0, Math.min(section.getCharIndex(), pattern.length()));
                    }
                    return context.newTuple(new Object[]{e.getMessage(), position});
                } catch (InteropException unexpected) {
                    throw e;
                }
            }
            if (InteropLibrary.getUncached(regex).isNull(regex)) {
                throw Errors.notImplementedError("re: this pattern is beyond the regular expression engine: " + pattern);
            }
            return regex;
        }
    }

    /** {@code info(regex)}: {@code (groups, groupindex, flags)}, flags including those set inside the pattern. */
    @Builtin(name = "info", params = {"regex", "/"})
    @GenerateNodeFactory
    public abstract static class InfoNode extends BuiltinNode.Builtin1 {
        @Specialization
        @TruffleBoundary
        Object info(Object regex) {
            KraitContext context = KraitContext.get(this);
            InteropLibrary lib = InteropLibrary.getUncached();
            try {
                int groupCount = lib.asInt(lib.readMember(regex, "groupCount"));
                PDict groupIndex = context.newDict();
                Object groups = lib.readMember(regex, "groups");
                if (!lib.isNull(groups) && lib.hasMembers(groups)) {
                    Object names = lib.getMembers(groups);
                    long count = lib.getArraySize(names);
                    for (long i = 0; i < count; i++) {
                        String name = lib.asString(lib.readArrayElement(names, i));
                        groupIndex.setItem(name, (long) lib.asInt(lib.readMember(groups, name)));
                    }
                }
                Object flags = lib.readMember(regex, "flags");
                long flagValue = 0;
                for (int i = 0; i < FLAG_MEMBERS.length; i++) {
                    if (lib.asBoolean(lib.readMember(flags, FLAG_MEMBERS[i]))) {
                        flagValue |= FLAG_VALUES[i];
                    }
                }
                return context.newTuple(new Object[]{(long) groupCount - 1, groupIndex, flagValue});
            } catch (InteropException e) {
                throw Errors.runtimeError("re: unexpected regex object from the regular expression engine: " + e.getMessage());
            }
        }
    }

    /**
     * {@code exec(regex, string, pos, endpos)}: None if no match, else the tuple {@code (lastindex, start0, end0,
     * start1, end1, …, text0, text1, …)} in code points, -1 for a group that did not take part (and for no
     * lastindex) and None for its text. The search starts at {@code pos}; the string ends at {@code endpos}
     * ({@code $} matches there); both are clamped to the string as CPython does. The groups' texts come along, and
     * the clamping is done here, because slicing a long str or taking its len() in Python scans the whole str.
     * {@code string} is what a str pattern was given: anything else than a str is CPython's TypeError.
     */
    @Builtin(name = "exec", params = {"regex", "string", "pos", "endpos", "/"})
    @GenerateNodeFactory
    public abstract static class ExecNode extends BuiltinNode.BuiltinN {
        /** finditer, sub and split match one string many times: its UTF-32 form is made once. */
        private RegexInput lastInput;

        @Specialization
        Object exec(Object[] args,
                        @Cached TruffleString.FromJavaStringNode fromJavaString,
                        @Cached TruffleString.SwitchEncodingNode switchEncoding,
                        @Cached TruffleString.SubstringNode substring,
                        @Cached TruffleString.ToJavaStringNode toJavaString,
                        @CachedLibrary(limit = "3") InteropLibrary regexes,
                        @CachedLibrary(limit = "3") InteropLibrary results,
                        @CachedLibrary(limit = "3") InteropLibrary numbers) {
            Object subject = args[1] instanceof String ? args[1] : PBoxedValue.unwrap(args[1]);
            if (!(subject instanceof String string)) {
                throw notAString(args[1]);
            }
            RegexInput input = lastInput;
            if (input == null || input.string != string) {
                input = RegexInput.ofString(string, fromJavaString, switchEncoding);
                lastInput = input;
            }
            return run(this, input, args, substring, toJavaString, regexes, results, numbers);
        }

        @TruffleBoundary
        private static RuntimeException notAString(Object value) {
            if (value instanceof PBytes || value instanceof dev.krait.runtime.objects.PByteArray || value instanceof dev.krait.runtime.objects.PMemoryView ||
                            value instanceof dev.krait.runtime.objects.PArray || value instanceof dev.krait.runtime.objects.PMmap) {
                return Errors.typeError("cannot use a string pattern on a bytes-like object");
            }
            return Errors.typeError("expected string or bytes-like object, got '" + dev.krait.runtime.protocol.PyObjectType.typeName(value) + "'");
        }
    }

    /** {@code exec_bytes(regex, data, pos, endpos)}: {@code exec} for a bytes pattern, on bytes; the texts are bytes. */
    @Builtin(name = "exec_bytes", params = {"regex", "data", "pos", "endpos", "/"})
    @GenerateNodeFactory
    public abstract static class ExecBytesNode extends BuiltinNode.BuiltinN {
        private RegexInput lastInput;

        @Specialization
        Object exec(Object[] args,
                        @Cached TruffleString.FromByteArrayNode fromByteArray,
                        @Cached TruffleString.SubstringNode substring,
                        @Cached TruffleString.ToJavaStringNode toJavaString,
                        @CachedLibrary(limit = "3") InteropLibrary regexes,
                        @CachedLibrary(limit = "3") InteropLibrary results,
                        @CachedLibrary(limit = "3") InteropLibrary numbers) {
            if (!(args[1] instanceof PBytes data)) {
                throw Errors.typeError("_krait_re.exec_bytes() expects bytes");
            }
            RegexInput input = lastInput;
            if (input == null || input.data != data) {
                input = new RegexInput(null, data, fromByteArray.execute(data.bytes(), TruffleString.Encoding.ISO_8859_1, false), data.length());
                lastInput = input;
            }
            return run(this, input, args, substring, toJavaString, regexes, results, numbers);
        }
    }

    /**
     * {@code scan(regex, advancing, string, pos, endpos, limit, split)}: the successive matches of {@code regex} in
     * a str or bytes (as the Pattern checked it), {@code advancing} after an empty match (which may not be empty at
     * the same place), at most {@code limit} of them (0: all), as a list: with {@code split} false Pattern.findall's
     * (each match as its text, its one group's, or the tuple of its groups', an unmatched group as the empty text),
     * else Pattern.split's (the texts between the matches, each followed by the match's groups, None for unmatched).
     */
    @Builtin(name = "scan", params = {"regex", "advancing", "string", "pos", "endpos", "limit", "split", "/"})
    @GenerateNodeFactory
    public abstract static class ScanNode extends BuiltinNode.BuiltinN {
        @Specialization
        Object scan(Object[] args,
                        @Cached TruffleString.FromJavaStringNode fromJavaString,
                        @Cached TruffleString.SwitchEncodingNode switchEncoding,
                        @Cached TruffleString.FromByteArrayNode fromByteArray,
                        @Cached TruffleString.SubstringNode substring,
                        @Cached TruffleString.ToJavaStringNode toJavaString,
                        @CachedLibrary(limit = "3") InteropLibrary regexes,
                        @CachedLibrary(limit = "3") InteropLibrary results,
                        @CachedLibrary(limit = "3") InteropLibrary numbers) {
            RegexInput input;
            Object empty;
            boolean split = args[6] == Boolean.TRUE;
            if (args[2] instanceof PBytes data) {
                input = new RegexInput(null, data, fromByteArray.execute(data.bytes(), TruffleString.Encoding.ISO_8859_1, false), data.length());
                empty = split ? PNone.NONE : null;
            } else if (PBoxedValue.unwrap(args[2]) instanceof String string) {
                input = RegexInput.ofString(string, fromJavaString, switchEncoding);
                empty = split ? PNone.NONE : "";
            } else {
                throw Errors.typeError("_krait_re.scan() expects a str or bytes");
            }
            Object search = args[0];
            Object advancing = args[1];
            int pos = input.clamp(args[3] instanceof Long l ? l : position(args[3]));
            int end = input.clamp(args[4] instanceof Long l ? l : position(args[4]));
            long limit = args[5] instanceof Long l ? l : position(args[5]);
            java.util.ArrayList<Object> found = new java.util.ArrayList<>();
            int last = 0;
            long count = 0;
            try {
                int groupCount = numbers.asInt(regexes.readMember(search, "groupCount"));
                boolean mustAdvance = false;
                while (pos <= end && (limit == 0 || count < limit)) {
                    Object result = regexes.invokeMember(mustAdvance ? advancing : search, "exec", input.encoded, pos, end, 0, end);
                    boolean isMatch = results.asBoolean(results.readMember(result, "isMatch"));
                    if (!isMatch && mustAdvance && pos < end) {
                        // TRegex's advancing search misses some matches of patterns made only of anchors
                        result = regexes.invokeMember(search, "exec", input.encoded, pos + 1, end, 0, end);
                        isMatch = results.asBoolean(results.readMember(result, "isMatch"));
                    }
                    if (!isMatch) {
                        break;
                    }
                    int start = numbers.asInt(results.invokeMember(result, "getStart", 0));
                    int stop = numbers.asInt(results.invokeMember(result, "getEnd", 0));
                    count++;
                    if (split) {
                        add(found, input.text(last, start, substring, toJavaString));
                        for (int i = 1; i < groupCount; i++) {
                            add(found, groupText(input, result, i, empty, substring, toJavaString, results, numbers));
                        }
                        last = stop;
                    } else if (groupCount <= 2) {
                        int group = groupCount - 1;
                        add(found, groupText(input, result, group, empty, substring, toJavaString, results, numbers));
                    } else {
                        Object[] texts = new Object[groupCount - 1];
                        for (int i = 1; i < groupCount; i++) {
                            texts[i - 1] = groupText(input, result, i, empty, substring, toJavaString, results, numbers);
                        }
                        add(found, KraitContext.get(this).newTuple(texts));
                    }
                    mustAdvance = start == stop;
                    pos = stop;
                }
            } catch (InteropException e) {
                throw unexpected(e);
            }
            if (split) {
                add(found, input.text(last, input.length, substring, toJavaString));
            }
            return KraitContext.get(this).newList(toArray(found));
        }

        @TruffleBoundary
        private static void add(java.util.ArrayList<Object> found, Object item) {
            found.add(item);
        }

        @TruffleBoundary
        private static Object[] toArray(java.util.ArrayList<Object> found) {
            return found.toArray();
        }

        private static Object groupText(RegexInput input, Object result, int group, Object empty, TruffleString.SubstringNode substring,
                        TruffleString.ToJavaStringNode toJavaString, InteropLibrary results, InteropLibrary numbers) throws InteropException {
            int start = numbers.asInt(results.invokeMember(result, "getStart", group));
            if (start < 0) {
                return empty != null ? empty : input.text(0, 0, null, null);
            }
            int end = numbers.asInt(results.invokeMember(result, "getEnd", group));
            return input.text(start, end, substring, toJavaString);
        }
    }

    /**
     * {@code substitute(regex, advancing, string, template, count)}: Pattern.subn's {@code (text, n)} for a str or
     * bytes and a template of its type: a list {@code [literal, group, literal, group, ...]} whose literals are
     * of the string's type (str or bytes) and groups are group numbers; at most {@code count} matches (0: all)
     * are replaced. Patterns made only of anchors are found as in scan.
     */
    @Builtin(name = "substitute", params = {"regex", "advancing", "string", "template", "count", "/"})
    @GenerateNodeFactory
    public abstract static class SubstituteNode extends BuiltinNode.BuiltinN {
        @Specialization
        Object substitute(Object[] args,
                        @Cached TruffleString.FromJavaStringNode fromJavaString,
                        @Cached TruffleString.SwitchEncodingNode switchEncoding,
                        @Cached TruffleString.FromByteArrayNode fromByteArray,
                        @Cached TruffleString.SubstringNode substring,
                        @Cached TruffleString.ToJavaStringNode toJavaString,
                        @CachedLibrary(limit = "3") InteropLibrary regexes,
                        @CachedLibrary(limit = "3") InteropLibrary results,
                        @CachedLibrary(limit = "3") InteropLibrary numbers) {
            RegexInput input;
            if (args[2] instanceof PBytes data) {
                input = new RegexInput(null, data, fromByteArray.execute(data.bytes(), TruffleString.Encoding.ISO_8859_1, false), data.length());
            } else if (PBoxedValue.unwrap(args[2]) instanceof String string) {
                input = RegexInput.ofString(string, fromJavaString, switchEncoding);
            } else {
                throw Errors.typeError("_krait_re.substitute() expects a str or bytes");
            }
            if (!(args[3] instanceof dev.krait.runtime.objects.PList templateList)) {
                throw Errors.typeError("_krait_re.substitute() expects a list");
            }
            Object[] template = templateList.storage();
            int templateSize = templateList.size();
            Object search = args[0];
            Object advancing = args[1];
            long limit = args[4] instanceof Long l ? l : position(args[4]);
            Output output = new Output(input.data != null);
            int pos = 0;
            int end = input.length;
            int last = 0;
            long count = 0;
            try {
                boolean mustAdvance = false;
                while (pos <= end && (limit == 0 || count < limit)) {
                    Object result = regexes.invokeMember(mustAdvance ? advancing : search, "exec", input.encoded, pos, end, 0, end);
                    boolean isMatch = results.asBoolean(results.readMember(result, "isMatch"));
                    if (!isMatch && mustAdvance && pos < end) {
                        result = regexes.invokeMember(search, "exec", input.encoded, pos + 1, end, 0, end);
                        isMatch = results.asBoolean(results.readMember(result, "isMatch"));
                    }
                    if (!isMatch) {
                        break;
                    }
                    int start = numbers.asInt(results.invokeMember(result, "getStart", 0));
                    int stop = numbers.asInt(results.invokeMember(result, "getEnd", 0));
                    count++;
                    output.append(input.text(last, start, substring, toJavaString));
                    output.append(template[0]);
                    for (int i = 1; i < templateSize; i += 2) {
                        int group = (int) (long) (Long) template[i];
                        int groupStart = numbers.asInt(results.invokeMember(result, "getStart", group));
                        if (groupStart >= 0) {
                            int groupEnd = numbers.asInt(results.invokeMember(result, "getEnd", group));
                            output.append(input.text(groupStart, groupEnd, substring, toJavaString));
                        }
                        if (i + 1 < templateSize) {
                            output.append(template[i + 1]);
                        }
                    }
                    last = stop;
                    mustAdvance = start == stop;
                    pos = stop;
                }
            } catch (InteropException e) {
                throw unexpected(e);
            }
            if (count == 0) {
                return KraitContext.get(this).newTuple(new Object[]{PNone.NONE, 0L});
            }
            output.append(input.text(last, end, substring, toJavaString));
            return KraitContext.get(this).newTuple(new Object[]{output.result(), count});
        }
    }

    /** The text sub() builds: a str, or bytes. */
    static final class Output {
        private final StringBuilder text;
        private final java.io.ByteArrayOutputStream data;

        Output(boolean isBytes) {
            this.text = isBytes ? null : new StringBuilder();
            this.data = isBytes ? new java.io.ByteArrayOutputStream() : null;
        }

        @TruffleBoundary
        void append(Object piece) {
            if (text != null) {
                text.append((String) PBoxedValue.unwrap(piece));
            } else {
                data.writeBytes(((PBytes) piece).bytes());
            }
        }

        @TruffleBoundary
        Object result() {
            return text != null ? text.toString() : ByteSequences.newBytes(data.toByteArray());
        }
    }

    /** A match of {@code args[0]} (the regex) in {@code input} from {@code args[2]} to {@code args[3]}, as exec returns it. */
    private static Object run(com.oracle.truffle.api.nodes.Node node, RegexInput input, Object[] args, TruffleString.SubstringNode substring,
                    TruffleString.ToJavaStringNode toJavaString, InteropLibrary regexes, InteropLibrary results, InteropLibrary numbers) {
        Object regex = args[0];
        long pos = args[2] instanceof Long l ? l : position(args[2]);
        long endpos = args[3] instanceof Long l ? l : position(args[3]);
        int start = input.clamp(pos);
        int end = input.clamp(endpos);
        if (start > end) {
            return PNone.NONE;
        }
        try {
            Object result = regexes.invokeMember(regex, "exec", input.encoded, start, end, 0, end);
            if (!results.asBoolean(results.readMember(result, "isMatch"))) {
                return PNone.NONE;
            }
            int groupCount = numbers.asInt(regexes.readMember(regex, "groupCount"));
            Object[] items = new Object[1 + 3 * groupCount];
            items[0] = (long) numbers.asInt(results.readMember(result, "lastGroup"));
            for (int i = 0; i < groupCount; i++) {
                int groupStart = numbers.asInt(results.invokeMember(result, "getStart", i));
                int groupEnd = numbers.asInt(results.invokeMember(result, "getEnd", i));
                items[1 + 2 * i] = (long) groupStart;
                items[2 + 2 * i] = (long) groupEnd;
                items[1 + 2 * groupCount + i] = groupStart < 0 ? PNone.NONE : input.text(groupStart, groupEnd, substring, toJavaString);
            }
            return KraitContext.get(node).newTuple(items);
        } catch (InteropException e) {
            throw unexpected(e);
        }
    }

    /** pos or endpos given as another integer (a bool, an object with __index__), as CPython's ssize_t. */
    @TruffleBoundary
    private static long position(Object value) {
        Object index = PyNumber.index(value);
        if (index instanceof Long l) {
            return l;
        }
        throw Errors.overflowError("Python int too large to convert to C ssize_t");
    }

    @TruffleBoundary
    private static RuntimeException unexpected(InteropException e) {
        return Errors.runtimeError("re: the regular expression engine failed: " + e.getMessage());
    }

    /**
     * {@code text(string, start, end)}: {@code string[start:end]} for 0 <= start <= end (clamped to the end), of a
     * str or of bytes.
     */
    @Builtin(name = "text", params = {"string", "start", "end", "/"})
    @GenerateNodeFactory
    public abstract static class TextNode extends BuiltinNode.Builtin3 {
        private RegexInput lastInput;

        @Specialization
        Object text(Object stringObject, long start, long end,
                        @Cached TruffleString.FromJavaStringNode fromJavaString,
                        @Cached TruffleString.SwitchEncodingNode switchEncoding,
                        @Cached TruffleString.SubstringNode substring,
                        @Cached TruffleString.ToJavaStringNode toJavaString) {
            if (stringObject instanceof PBytes data) {
                return bytesText(data, start, end);
            }
            if (!(PBoxedValue.unwrap(stringObject) instanceof String string)) {
                throw Errors.typeError("_krait_re.text() expects a str");
            }
            RegexInput input = lastInput;
            if (input == null || input.string != string) {
                input = RegexInput.ofString(string, fromJavaString, switchEncoding);
                lastInput = input;
            }
            return input.text((int) start, input.clamp(end), substring, toJavaString);
        }

        @TruffleBoundary
        private static Object bytesText(PBytes data, long start, long end) {
            int to = (int) Math.min(end, data.length());
            return ByteSequences.newBytes(java.util.Arrays.copyOfRange(data.bytes(), (int) start, to));
        }
    }

    /**
     * What is being matched: a str (its UTF-32 form for TRegex, and whether code point and char indexes agree), or
     * bytes (Latin-1 for TRegex).
     */
    static final class RegexInput {
        final String string;
        final PBytes data;
        final TruffleString encoded;
        final int length;
        final boolean surrogates;

        RegexInput(String string, PBytes data, TruffleString encoded, int length) {
            this.string = string;
            this.data = data;
            this.encoded = encoded;
            this.length = length;
            this.surrogates = string != null && string.length() != length;
        }

        static RegexInput ofString(String string, TruffleString.FromJavaStringNode fromJavaString, TruffleString.SwitchEncodingNode switchEncoding) {
            TruffleString utf32 = switchEncoding.execute(fromJavaString.execute(string, TruffleString.Encoding.UTF_16), TruffleString.Encoding.UTF_32);
            return new RegexInput(string, null, utf32, utf32.byteLength(TruffleString.Encoding.UTF_32) / 4);
        }

        /** A code point index of Python's pos or endpos, kept within the string. */
        int clamp(long index) {
            return index < 0 ? 0 : (int) Math.min(index, length);
        }

        Object text(int start, int end, TruffleString.SubstringNode substring, TruffleString.ToJavaStringNode toJavaString) {
            if (data != null) {
                return bytesSlice(data, start, end);
            }
            if (!surrogates) {
                return substring(string, start, end);
            }
            return toJavaString.execute(substring.execute(encoded, start, end - start, TruffleString.Encoding.UTF_32, true));
        }

        @TruffleBoundary
        private static Object bytesSlice(PBytes data, int start, int end) {
            return ByteSequences.newBytes(java.util.Arrays.copyOfRange(data.bytes(), start, end));
        }

        @TruffleBoundary
        private static String substring(String string, int start, int end) {
            return string.substring(start, end);
        }
    }
}
