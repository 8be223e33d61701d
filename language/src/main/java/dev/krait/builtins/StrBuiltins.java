package dev.krait.builtins;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.dsl.GenerateNodeFactory;
import com.oracle.truffle.api.dsl.Specialization;

import dev.krait.runtime.KraitContext;
import dev.krait.runtime.exceptions.ErrorType;
import dev.krait.runtime.exceptions.Errors;
import dev.krait.runtime.exceptions.PException;
import dev.krait.runtime.objects.PBoxedValue;
import dev.krait.runtime.objects.PDict;
import dev.krait.runtime.objects.PList;
import dev.krait.runtime.objects.PNone;
import dev.krait.runtime.objects.PTuple;
import dev.krait.runtime.objects.PythonClass;
import dev.krait.runtime.protocol.BinaryOperator;
import dev.krait.runtime.protocol.BuiltinArithmetic;
import dev.krait.runtime.protocol.ExceptionMatching;
import dev.krait.runtime.protocol.PyObjectGetItem;
import dev.krait.runtime.protocol.PyObjectRichCompare;
import dev.krait.runtime.protocol.PyIter;
import dev.krait.runtime.protocol.PyNumber;
import dev.krait.runtime.protocol.PyObjectRepr;
import dev.krait.runtime.protocol.PyObjectType;
import dev.krait.runtime.protocol.StringFormatting;
import dev.krait.runtime.text.StrFormat;
import dev.krait.runtime.text.StrMethods;

/** {@code str}. */
final class StrBuiltins {
    private StrBuiltins() {
    }

    static String self(Object self, String method) {
        if (PBoxedValue.unwrap(self) instanceof String s) {
            return s;
        }
        throw OperatorMethods.descriptorError(method, "str", self);
    }

    static String arg(Object value, String what) {
        if (PBoxedValue.unwrap(value) instanceof String s) {
            return s;
        }
        throw Errors.typeError(what + " must be str, not " + PyObjectType.typeName(value));
    }

    /** The argument of {@code __format__}. */
    static String formatSpec(Object value) {
        if (PBoxedValue.unwrap(value) instanceof String s) {
            return s;
        }
        throw Errors.typeError("__format__() argument must be str, not " + (value == PNone.NONE ? "None" : PyObjectType.typeName(value)));
    }

    static String mustBeStr(Object value) {
        if (PBoxedValue.unwrap(value) instanceof String s) {
            return s;
        }
        throw Errors.typeError("must be str, not " + PyObjectType.typeName(value));
    }

    static String tupleItem(Object value, String method) {
        if (PBoxedValue.unwrap(value) instanceof String s) {
            return s;
        }
        throw Errors.typeError("tuple for " + method + " must only contain str, not " + PyObjectType.typeName(value));
    }

    /** An optional start/end index: null when absent or None. */
    static Long optIndex(Object value) {
        if (value == PNone.NO_VALUE || value == PNone.NONE) {
            return null;
        }
        return PyNumber.clampedSliceIndex(value, " or None");
    }

    static String optChars(Object value, String method) {
        if (value == PNone.NO_VALUE || value == PNone.NONE) {
            return null;
        }
        if (PBoxedValue.unwrap(value) instanceof String s) {
            return s;
        }
        throw Errors.typeError(method + " arg must be None or str");
    }

    /** split/rsplit's separator: Argument Clinic's "must be str or None, not int". */
    static String optSeparator(Object value) {
        if (value == PNone.NO_VALUE || value == PNone.NONE) {
            return null;
        }
        if (PBoxedValue.unwrap(value) instanceof String s) {
            return s;
        }
        throw Errors.typeError("must be str or None, not " + dev.krait.runtime.protocol.PyObjectType.typeName(value));
    }

    static PList list(String[] parts) {
        // an Object[] copy: the list may later hold anything (a String[] would refuse an int)
        return KraitContext.get(null).newList(java.util.Arrays.copyOf(parts, parts.length, Object[].class));
    }

    @Builtin(name = "__new__", params = {"cls", "*args", "**kwargs"})
    @GenerateNodeFactory
    abstract static class NewNode extends BuiltinNode.Builtin3 {
        @Specialization
        @TruffleBoundary
        static Object newStr(Object cls, Object args, Object kwargs) {
            KraitContext context = KraitContext.get(null);
            PythonClass strClass = context.classes().strClass;
            if (cls != strClass) {
                return PBoxedValue.box(context, "str", strClass, cls, PBoxedValue.unwrap(newStr(strClass, args, kwargs)));
            }
            Object[] bound = ConstructorArgs.bind("str", args, kwargs, new String[]{"object", "encoding", "errors"});
            if (bound[1] != PNone.NO_VALUE || bound[2] != PNone.NO_VALUE) {
                if (bound[0] == PNone.NO_VALUE) {
                    return "";
                }
                if (bound[0] instanceof String) {
                    throw Errors.typeError("decoding str is not supported");
                }
                byte[] data = dev.krait.runtime.bytes.ByteSequences.dataOrNull(bound[0]);
                if (data != null) {
                    return dev.krait.runtime.bytes.Codecs.decode(data, dev.krait.runtime.bytes.Codecs.argument("str", "encoding", bound[1], "utf-8"),
                                    dev.krait.runtime.bytes.Codecs.argument("str", "errors", bound[2], "strict"));
                }
                throw Errors.typeError("decoding to str: need a bytes-like object, " + PyObjectType.typeName(bound[0]) + " found");
            }
            if (bound[0] == PNone.NO_VALUE) {
                return "";
            }
            // str(x) returns what x.__str__ returned, an instance of a str subclass too
            return PyObjectRepr.strObject(bound[0]);
        }
    }

    @Builtin(name = "__len__", params = {"self", "/"})
    @GenerateNodeFactory
    abstract static class LenNode extends BuiltinNode.Builtin1 {
        @Specialization
        static long len(Object self) {
            return StrMethods.len(self(self, "__len__"));
        }
    }

    @Builtin(name = "__repr__", params = {"self", "/"})
    @GenerateNodeFactory
    abstract static class ReprNode extends BuiltinNode.Builtin1 {
        @Specialization
        static String repr(Object self) {
            return PyObjectRepr.repr(self(self, "__repr__"));
        }
    }

    @Builtin(name = "__str__", params = {"self", "/"})
    @GenerateNodeFactory
    abstract static class StrNode extends BuiltinNode.Builtin1 {
        @Specialization
        static String str(Object self) {
            return self(self, "__str__");
        }
    }

    @Builtin(name = "__format__", params = {"self", "format_spec", "/"})
    @GenerateNodeFactory
    abstract static class FormatSpecNode extends BuiltinNode.Builtin2 {
        @Specialization
        static String format(Object self, Object spec) {
            return StringFormatting.formatBuiltinValue(self, self(self, "__format__"), formatSpec(spec));
        }
    }

    @Builtin(name = "__hash__", params = {"self", "/"})
    @GenerateNodeFactory
    abstract static class HashNode extends BuiltinNode.Builtin1 {
        @Specialization
        static long hash(Object self) {
            return dev.krait.runtime.storage.Hashing.stringHash(self(self, "__hash__"));
        }
    }

    @Builtin(name = "join", params = {"self", "iterable", "/"})
    @GenerateNodeFactory
    abstract static class JoinNode extends BuiltinNode.Builtin2 {
        @Specialization
        @TruffleBoundary
        static String join(Object self, Object iterable) {
            String separator = self(self, "join");
            Object[] items = PyIter.sequenceFast(iterable, "can only join an iterable");
            String[] parts = new String[items.length];
            for (int i = 0; i < items.length; i++) {
                if (!(PBoxedValue.unwrap(items[i]) instanceof String s)) {
                    throw Errors.typeError("sequence item " + i + ": expected str instance, " + PyObjectType.typeName(items[i]) + " found");
                }
                parts[i] = s;
            }
            return StrMethods.join(separator, parts);
        }
    }

    @Builtin(name = "split", params = {"self", "sep=", "maxsplit="})
    @GenerateNodeFactory
    abstract static class SplitNode extends BuiltinNode.Builtin3 {
        @Specialization
        static Object split(Object self, Object sep, Object maxsplit) {
            long max = maxsplit == PNone.NO_VALUE ? -1 : PyNumber.asSsizeArgument(maxsplit);
            String separator = optSeparator(sep);
            if (separator != null && separator.isEmpty()) {
                throw Errors.valueError("empty separator");
            }
            return list(StrMethods.split(self(self, "split"), separator, max));
        }
    }

    @Builtin(name = "rsplit", params = {"self", "sep=", "maxsplit="})
    @GenerateNodeFactory
    abstract static class RSplitNode extends BuiltinNode.Builtin3 {
        @Specialization
        static Object rsplit(Object self, Object sep, Object maxsplit) {
            long max = maxsplit == PNone.NO_VALUE ? -1 : PyNumber.asSsizeArgument(maxsplit);
            String separator = optSeparator(sep);
            if (separator != null && separator.isEmpty()) {
                throw Errors.valueError("empty separator");
            }
            return list(StrMethods.rsplit(self(self, "rsplit"), separator, max));
        }
    }

    @Builtin(name = "splitlines", params = {"self", "keepends="})
    @GenerateNodeFactory
    abstract static class SplitLinesNode extends BuiltinNode.Builtin2 {
        @Specialization
        static Object splitlines(Object self, Object keepends) {
            boolean keep = keepends != PNone.NO_VALUE && dev.krait.runtime.protocol.PyObjectIsTrue.isTrue(keepends);
            return list(StrMethods.splitlines(self(self, "splitlines"), keep));
        }
    }

    @Builtin(name = "strip", params = {"self", "chars=", "/"})
    @GenerateNodeFactory
    abstract static class StripNode extends BuiltinNode.Builtin2 {
        @Specialization
        static String strip(Object self, Object chars) {
            return StrMethods.strip(self(self, "strip"), optChars(chars, "strip"));
        }
    }

    @Builtin(name = "lstrip", params = {"self", "chars=", "/"})
    @GenerateNodeFactory
    abstract static class LStripNode extends BuiltinNode.Builtin2 {
        @Specialization
        static String lstrip(Object self, Object chars) {
            return StrMethods.lstrip(self(self, "lstrip"), optChars(chars, "lstrip"));
        }
    }

    @Builtin(name = "rstrip", params = {"self", "chars=", "/"})
    @GenerateNodeFactory
    abstract static class RStripNode extends BuiltinNode.Builtin2 {
        @Specialization
        static String rstrip(Object self, Object chars) {
            return StrMethods.rstrip(self(self, "rstrip"), optChars(chars, "rstrip"));
        }
    }

    @Builtin(name = "upper", params = {"self", "/"})
    @GenerateNodeFactory
    abstract static class UpperNode extends BuiltinNode.Builtin1 {
        @Specialization
        static String upper(Object self) {
            return StrMethods.upper(self(self, "upper"));
        }
    }

    @Builtin(name = "lower", params = {"self", "/"})
    @GenerateNodeFactory
    abstract static class LowerNode extends BuiltinNode.Builtin1 {
        @Specialization
        static String lower(Object self) {
            return StrMethods.lower(self(self, "lower"));
        }
    }

    @Builtin(name = "casefold", params = {"self", "/"})
    @GenerateNodeFactory
    abstract static class CasefoldNode extends BuiltinNode.Builtin1 {
        @Specialization
        static String casefold(Object self) {
            return StrMethods.casefold(self(self, "casefold"));
        }
    }

    @Builtin(name = "swapcase", params = {"self", "/"})
    @GenerateNodeFactory
    abstract static class SwapcaseNode extends BuiltinNode.Builtin1 {
        @Specialization
        static String swapcase(Object self) {
            return StrMethods.swapcase(self(self, "swapcase"));
        }
    }

    @Builtin(name = "title", params = {"self", "/"})
    @GenerateNodeFactory
    abstract static class TitleNode extends BuiltinNode.Builtin1 {
        @Specialization
        static String title(Object self) {
            return StrMethods.title(self(self, "title"));
        }
    }

    @Builtin(name = "capitalize", params = {"self", "/"})
    @GenerateNodeFactory
    abstract static class CapitalizeNode extends BuiltinNode.Builtin1 {
        @Specialization
        static String capitalize(Object self) {
            return StrMethods.capitalize(self(self, "capitalize"));
        }
    }

    @Builtin(name = "replace", params = {"self", "old", "new", "count=", "/"})
    @GenerateNodeFactory
    abstract static class ReplaceNode extends BuiltinNode.BuiltinN {
        @Specialization
        static String replace(Object[] args) {
            long count = args[3] == PNone.NO_VALUE ? -1 : PyNumber.asSize(args[3]);
            return StrMethods.replace(self(args[0], "replace"), arg(args[1], "replace() argument 1"), arg(args[2], "replace() argument 2"), count);
        }
    }

    @Builtin(name = "startswith", params = {"self", "prefix", "start=", "end=", "/"})
    @GenerateNodeFactory
    abstract static class StartsWithNode extends BuiltinNode.BuiltinN {
        @Specialization
        @TruffleBoundary
        static boolean startswith(Object[] args) {
            String s = self(args[0], "startswith");
            Long start = optIndex(args[2]);
            Long end = optIndex(args[3]);
            if (args[1] instanceof PTuple tuple) {
                for (Object prefix : tuple.items()) {
                    if (StrMethods.startswith(s, tupleItem(prefix, "startswith"), start, end)) {
                        return true;
                    }
                }
                return false;
            }
            if (!(PBoxedValue.unwrap(args[1]) instanceof String prefix)) {
                throw Errors.typeError("startswith first arg must be str or a tuple of str, not " + PyObjectType.typeName(args[1]));
            }
            return StrMethods.startswith(s, prefix, start, end);
        }
    }

    @Builtin(name = "endswith", params = {"self", "suffix", "start=", "end=", "/"})
    @GenerateNodeFactory
    abstract static class EndsWithNode extends BuiltinNode.BuiltinN {
        @Specialization
        @TruffleBoundary
        static boolean endswith(Object[] args) {
            String s = self(args[0], "endswith");
            Long start = optIndex(args[2]);
            Long end = optIndex(args[3]);
            if (args[1] instanceof PTuple tuple) {
                for (Object suffix : tuple.items()) {
                    if (StrMethods.endswith(s, tupleItem(suffix, "endswith"), start, end)) {
                        return true;
                    }
                }
                return false;
            }
            if (!(PBoxedValue.unwrap(args[1]) instanceof String suffix)) {
                throw Errors.typeError("endswith first arg must be str or a tuple of str, not " + PyObjectType.typeName(args[1]));
            }
            return StrMethods.endswith(s, suffix, start, end);
        }
    }

    @Builtin(name = "find", params = {"self", "sub", "start=", "end=", "/"})
    @GenerateNodeFactory
    abstract static class FindNode extends BuiltinNode.BuiltinN {
        @Specialization
        static long find(Object[] args) {
            return StrMethods.find(self(args[0], "find"), mustBeStr(args[1]), optIndex(args[2]), optIndex(args[3]));
        }
    }

    @Builtin(name = "rfind", params = {"self", "sub", "start=", "end=", "/"})
    @GenerateNodeFactory
    abstract static class RFindNode extends BuiltinNode.BuiltinN {
        @Specialization
        static long rfind(Object[] args) {
            return StrMethods.rfind(self(args[0], "rfind"), mustBeStr(args[1]), optIndex(args[2]), optIndex(args[3]));
        }
    }

    @Builtin(name = "index", params = {"self", "sub", "start=", "end=", "/"})
    @GenerateNodeFactory
    abstract static class IndexNode extends BuiltinNode.BuiltinN {
        @Specialization
        static long index(Object[] args) {
            return StrMethods.index(self(args[0], "index"), mustBeStr(args[1]), optIndex(args[2]), optIndex(args[3]));
        }
    }

    @Builtin(name = "rindex", params = {"self", "sub", "start=", "end=", "/"})
    @GenerateNodeFactory
    abstract static class RIndexNode extends BuiltinNode.BuiltinN {
        @Specialization
        static long rindex(Object[] args) {
            return StrMethods.rindex(self(args[0], "rindex"), mustBeStr(args[1]), optIndex(args[2]), optIndex(args[3]));
        }
    }

    @Builtin(name = "count", params = {"self", "sub", "start=", "end=", "/"})
    @GenerateNodeFactory
    abstract static class CountNode extends BuiltinNode.BuiltinN {
        @Specialization
        static long count(Object[] args) {
            return StrMethods.count(self(args[0], "count"), mustBeStr(args[1]), optIndex(args[2]), optIndex(args[3]));
        }
    }

    @Builtin(name = "format", params = {"self", "*args", "**kwargs"})
    @GenerateNodeFactory
    abstract static class FormatNode extends BuiltinNode.Builtin3 {
        @Specialization
        @TruffleBoundary
        static String format(Object self, Object args, Object kwargs) {
            java.util.Map<String, Object> keywords = new java.util.LinkedHashMap<>();
            for (Object entry : ((PDict) kwargs).storage().itemsArray()) {
                Object[] item = (Object[]) entry;
                keywords.put((String) item[0], item[1]);
            }
            return StringFormatting.strFormat(self(self, "format"), ((PTuple) args).items(), keywords);
        }
    }

    @Builtin(name = "center", params = {"self", "width", "fillchar=", "/"})
    @GenerateNodeFactory
    abstract static class CenterNode extends BuiltinNode.Builtin3 {
        @Specialization
        static String center(Object self, Object width, Object fill) {
            return StrMethods.center(self(self, "center"), PyNumber.asSize(width), fill == PNone.NO_VALUE ? " " : arg(fill, "The fill character"));
        }
    }

    @Builtin(name = "ljust", params = {"self", "width", "fillchar=", "/"})
    @GenerateNodeFactory
    abstract static class LJustNode extends BuiltinNode.Builtin3 {
        @Specialization
        static String ljust(Object self, Object width, Object fill) {
            return StrMethods.ljust(self(self, "ljust"), PyNumber.asSize(width), fill == PNone.NO_VALUE ? " " : arg(fill, "The fill character"));
        }
    }

    @Builtin(name = "rjust", params = {"self", "width", "fillchar=", "/"})
    @GenerateNodeFactory
    abstract static class RJustNode extends BuiltinNode.Builtin3 {
        @Specialization
        static String rjust(Object self, Object width, Object fill) {
            return StrMethods.rjust(self(self, "rjust"), PyNumber.asSize(width), fill == PNone.NO_VALUE ? " " : arg(fill, "The fill character"));
        }
    }

    @Builtin(name = "zfill", params = {"self", "width", "/"})
    @GenerateNodeFactory
    abstract static class ZFillNode extends BuiltinNode.Builtin2 {
        @Specialization
        static String zfill(Object self, Object width) {
            return StrMethods.zfill(self(self, "zfill"), PyNumber.asSize(width));
        }
    }

    @Builtin(name = "partition", params = {"self", "sep", "/"})
    @GenerateNodeFactory
    abstract static class PartitionNode extends BuiltinNode.Builtin2 {
        @Specialization
        static Object partition(Object self, Object sep) {
            return KraitContext.get(null).newTuple(StrMethods.partition(self(self, "partition"), mustBeStr(sep)));
        }
    }

    @Builtin(name = "rpartition", params = {"self", "sep", "/"})
    @GenerateNodeFactory
    abstract static class RPartitionNode extends BuiltinNode.Builtin2 {
        @Specialization
        static Object rpartition(Object self, Object sep) {
            return KraitContext.get(null).newTuple(StrMethods.rpartition(self(self, "rpartition"), mustBeStr(sep)));
        }
    }

    @Builtin(name = "removeprefix", params = {"self", "prefix", "/"})
    @GenerateNodeFactory
    abstract static class RemovePrefixNode extends BuiltinNode.Builtin2 {
        @Specialization
        static String removeprefix(Object self, Object prefix) {
            return StrMethods.removeprefix(self(self, "removeprefix"), arg(prefix, "removeprefix() argument"));
        }
    }

    @Builtin(name = "removesuffix", params = {"self", "suffix", "/"})
    @GenerateNodeFactory
    abstract static class RemoveSuffixNode extends BuiltinNode.Builtin2 {
        @Specialization
        static String removesuffix(Object self, Object suffix) {
            return StrMethods.removesuffix(self(self, "removesuffix"), arg(suffix, "removesuffix() argument"));
        }
    }

    @Builtin(name = "expandtabs", params = {"self", "tabsize="})
    @GenerateNodeFactory
    abstract static class ExpandTabsNode extends BuiltinNode.Builtin2 {
        @Specialization
        static String expandtabs(Object self, Object tabsize) {
            return StrMethods.expandtabs(self(self, "expandtabs"), tabsize == PNone.NO_VALUE ? 8 : PyNumber.asSize(tabsize));
        }
    }

    @Builtin(name = "isdigit", params = {"self", "/"})
    @GenerateNodeFactory
    abstract static class IsDigitNode extends BuiltinNode.Builtin1 {
        @Specialization
        static boolean test(Object self) {
            return StrMethods.isdigit(self(self, "isdigit"));
        }
    }

    @Builtin(name = "isdecimal", params = {"self", "/"})
    @GenerateNodeFactory
    abstract static class IsDecimalNode extends BuiltinNode.Builtin1 {
        @Specialization
        static boolean test(Object self) {
            return StrMethods.isdecimal(self(self, "isdecimal"));
        }
    }

    @Builtin(name = "isnumeric", params = {"self", "/"})
    @GenerateNodeFactory
    abstract static class IsNumericNode extends BuiltinNode.Builtin1 {
        @Specialization
        static boolean test(Object self) {
            return StrMethods.isnumeric(self(self, "isnumeric"));
        }
    }

    @Builtin(name = "isalpha", params = {"self", "/"})
    @GenerateNodeFactory
    abstract static class IsAlphaNode extends BuiltinNode.Builtin1 {
        @Specialization
        static boolean test(Object self) {
            return StrMethods.isalpha(self(self, "isalpha"));
        }
    }

    @Builtin(name = "isalnum", params = {"self", "/"})
    @GenerateNodeFactory
    abstract static class IsAlnumNode extends BuiltinNode.Builtin1 {
        @Specialization
        static boolean test(Object self) {
            return StrMethods.isalnum(self(self, "isalnum"));
        }
    }

    @Builtin(name = "isspace", params = {"self", "/"})
    @GenerateNodeFactory
    abstract static class IsSpaceNode extends BuiltinNode.Builtin1 {
        @Specialization
        static boolean test(Object self) {
            return StrMethods.isspace(self(self, "isspace"));
        }
    }

    @Builtin(name = "isupper", params = {"self", "/"})
    @GenerateNodeFactory
    abstract static class IsUpperNode extends BuiltinNode.Builtin1 {
        @Specialization
        static boolean test(Object self) {
            return StrMethods.isupper(self(self, "isupper"));
        }
    }

    @Builtin(name = "islower", params = {"self", "/"})
    @GenerateNodeFactory
    abstract static class IsLowerNode extends BuiltinNode.Builtin1 {
        @Specialization
        static boolean test(Object self) {
            return StrMethods.islower(self(self, "islower"));
        }
    }

    @Builtin(name = "istitle", params = {"self", "/"})
    @GenerateNodeFactory
    abstract static class IsTitleNode extends BuiltinNode.Builtin1 {
        @Specialization
        static boolean test(Object self) {
            return StrMethods.istitle(self(self, "istitle"));
        }
    }

    @Builtin(name = "isidentifier", params = {"self", "/"})
    @GenerateNodeFactory
    abstract static class IsIdentifierNode extends BuiltinNode.Builtin1 {
        @Specialization
        static boolean test(Object self) {
            return StrMethods.isidentifier(self(self, "isidentifier"));
        }
    }

    @Builtin(name = "isprintable", params = {"self", "/"})
    @GenerateNodeFactory
    abstract static class IsPrintableNode extends BuiltinNode.Builtin1 {
        @Specialization
        static boolean test(Object self) {
            return StrMethods.isprintable(self(self, "isprintable"));
        }
    }

    @Builtin(name = "isascii", params = {"self", "/"})
    @GenerateNodeFactory
    abstract static class IsAsciiNode extends BuiltinNode.Builtin1 {
        @Specialization
        static boolean test(Object self) {
            return StrMethods.isascii(self(self, "isascii"));
        }
    }

    @Builtin(name = "__getitem__", params = {"self", "key", "/"})
    @GenerateNodeFactory
    abstract static class GetItemNode extends BuiltinNode.Builtin2 {
        @Specialization
        static Object getitem(Object self, Object key) {
            return dev.krait.runtime.protocol.SequenceOps.strGetItem(self(self, "__getitem__"), key);
        }
    }

    @Builtin(name = "__contains__", params = {"self", "key", "/"})
    @GenerateNodeFactory
    abstract static class ContainsNode extends BuiltinNode.Builtin2 {
        @Specialization
        static boolean contains(Object self, Object key) {
            return dev.krait.runtime.protocol.PyObjectGetItem.contains(self(self, "__contains__"), key);
        }
    }

    @Builtin(name = "__iter__", params = {"self", "/"})
    @GenerateNodeFactory
    abstract static class IterNode extends BuiltinNode.Builtin1 {
        @Specialization
        static Object iter(Object self) {
            return PyIter.getIter(self(self, "__iter__"));
        }
    }
    @Builtin(name = "format_map", params = {"self", "mapping", "/"})
    @GenerateNodeFactory
    abstract static class FormatMapNode extends BuiltinNode.Builtin2 {
        @Specialization
        static String formatMap(Object self, Object mapping) {
            return StrFormat.formatMap(self(self, "format_map"), mapping, StringFormatting.INSTANCE);
        }
    }

    @Builtin(name = "maketrans", params = {"x", "y=", "z=", "/"}, staticMethod = true)
    @GenerateNodeFactory
    abstract static class MakeTransNode extends BuiltinNode.Builtin3 {
        @Specialization
        @TruffleBoundary
        static Object maketrans(Object x, Object y, Object z) {
            KraitContext context = KraitContext.get(null);
            PDict result = context.newDict();
            if (y == PNone.NO_VALUE) {
                if (!(x instanceof PDict mapping)) {
                    throw Errors.typeError("if you give only one argument to maketrans it must be a dict");
                }
                for (Object entry : mapping.storage().itemsArray()) {
                    Object[] item = (Object[]) entry;
                    // a str subclass's instance counts as its str
                    Object value = PBoxedValue.unwrap(item[0]);
                    Object key = value instanceof String text ? StrMethods.maketransKey(text)
                                    : value != item[0] && BuiltinArithmetic.isInt(value) ? item[0] : StrMethods.maketransKey(item[0]);
                    result.setItem(key, item[1]);
                }
                return result;
            }
            if (!(PBoxedValue.unwrap(x) instanceof String from)) {
                throw Errors.typeError("first maketrans argument must be a string if there is a second argument");
            }
            String to = arg(y, "maketrans() argument 2");
            String delete = z == PNone.NO_VALUE ? null : arg(z, "maketrans() argument 3");
            for (java.util.Map.Entry<Long, Object> entry : StrMethods.maketrans(from, to, delete).entrySet()) {
                result.setItem(entry.getKey(), entry.getValue() == null ? PNone.NONE : entry.getValue());
            }
            return result;
        }
    }

    @Builtin(name = "translate", params = {"self", "table", "/"})
    @GenerateNodeFactory
    abstract static class TranslateNode extends BuiltinNode.Builtin2 {
        @Specialization
        @TruffleBoundary
        static String translate(Object self, Object table) {
            KraitContext context = KraitContext.get(null);
            PythonClass lookupError = context.classes().errorClass(ErrorType.LookupError);
            return StrMethods.translate(self(self, "translate"), codePoint -> {
                Object value;
                try {
                    value = PyObjectGetItem.getItem(table, (long) codePoint);
                } catch (PException e) {
                    if (ExceptionMatching.matches(context, e, lookupError)) {
                        return StrMethods.TranslateTable.KEEP;
                    }
                    throw e;
                }
                return value == PNone.NONE ? null : value;
            });
        }
    }

    @Builtin(name = "encode", params = {"self", "encoding=", "errors="})
    @GenerateNodeFactory
    abstract static class EncodeNode extends BuiltinNode.Builtin3 {
        @Specialization
        @TruffleBoundary
        static Object encode(Object self, Object encoding, Object errors) {
            String s = self(self, "encode");
            return dev.krait.runtime.bytes.ByteSequences.newBytes(dev.krait.runtime.bytes.Codecs.encode(s,
                            dev.krait.runtime.bytes.Codecs.argument("encode", "encoding", encoding, "utf-8"),
                            dev.krait.runtime.bytes.Codecs.argument("encode", "errors", errors, "strict")));
        }
    }

    /** CPython's compact string layout: a 40-byte header for ASCII, 56 otherwise, then 1, 2 or 4 bytes per code point and a NUL. */
    @Builtin(name = "__sizeof__", params = {"self", "/"})
    @GenerateNodeFactory
    abstract static class SizeOfNode extends BuiltinNode.Builtin1 {
        @Specialization
        @TruffleBoundary
        static long sizeof(Object self) {
            String s = self(self, "__sizeof__");
            int max = 0;
            for (int i = 0; i < s.length();) {
                int cp = s.codePointAt(i);
                max = Math.max(max, cp);
                i += Character.charCount(cp);
            }
            long n = StrMethods.len(s);
            if (max < 128) {
                return 41 + n;
            }
            int kind = max < 256 ? 1 : max < 65536 ? 2 : 4;
            return 56 + kind * (n + 1);
        }
    }

    @Builtin(name = "__getnewargs__", params = {"self", "/"})
    @GenerateNodeFactory
    abstract static class GetNewArgsNode extends BuiltinNode.Builtin1 {
        @Specialization
        static Object getnewargs(Object self) {
            return KraitContext.get(null).newTuple(new Object[]{self(self, "__getnewargs__")});
        }
    }

    static boolean isStr(Object value) {
        return value instanceof String;
    }

    /** {@code + * %} and the comparisons; like CPython's sequence slots, {@code +} and {@code *} raise for bad operands. */
    static void installOperators(KraitContext context) {
        PythonClass cls = context.classes().strClass;
        OperatorMethods.define(context, cls, "__add__", OperatorMethods.BINARY, StrBuiltins::isStr, args -> {
            if (!(PBoxedValue.unwrap(args[1]) instanceof String other)) {
                throw Errors.typeError("can only concatenate str (not \"" + PyObjectType.typeName(args[1]) + "\") to str");
            }
            return ((String) args[0]).concat(other);
        });
        for (String name : new String[]{"__mul__", "__rmul__"}) {
            OperatorMethods.define(context, cls, name, OperatorMethods.BINARY, StrBuiltins::isStr, args -> {
                return BuiltinArithmetic.binary(BinaryOperator.MUL, args[0], PyNumber.repeatIndex(args[1]));
            });
        }
        OperatorMethods.define(context, cls, "__mod__", OperatorMethods.BINARY, StrBuiltins::isStr,
                        args -> StringFormatting.percent((String) args[0], args[1]));
        OperatorMethods.define(context, cls, "__rmod__", OperatorMethods.BINARY, StrBuiltins::isStr, args -> args[1] instanceof String format
                        ? StringFormatting.percent(format, args[0])
                        : OperatorMethods.notImplemented());
        OperatorMethods.comparisons(context, cls, StrBuiltins::isStr, (op, self, other) -> other instanceof String
                        ? PyObjectRichCompare.builtinCompare(op, self, other, false)
                        : OperatorMethods.notImplemented());
    }
}
