package dev.krait.builtins;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.dsl.GenerateNodeFactory;
import com.oracle.truffle.api.dsl.Specialization;

import dev.krait.runtime.KraitContext;
import dev.krait.runtime.ObjectAttributes;
import dev.krait.runtime.bytes.ByteSequences;
import dev.krait.runtime.exceptions.Errors;
import dev.krait.runtime.objects.PBoxedValue;
import dev.krait.runtime.objects.PModule;
import dev.krait.runtime.objects.PNone;
import dev.krait.runtime.protocol.PyObjectType;
import dev.krait.runtime.text.UnicodeDatabase;

/**
 * The {@code unicodedata} module: character properties, names and normalization of Unicode 15.0, as CPython 3.12
 * has them ({@link UnicodeDatabase}).
 */
public final class UnicodedataModule {
    private UnicodedataModule() {
    }

    public static PModule create(KraitContext context) {
        PModule module = context.newModule("unicodedata");
        context.getLanguage().getBuiltinRegistry().addFunctions(context, module, UnicodedataModuleFactory.getFactories(), null, "unicodedata");
        ObjectAttributes.put(module, "unidata_version", UnicodeDatabase.VERSION);
        return module;
    }

    /** How Argument Clinic names a wrong argument's type: None by itself, anything else by its type. */
    static String shownType(Object value) {
        return value == PNone.NONE ? "None" : PyObjectType.typeName(value);
    }

    static String text(Object value) {
        return PBoxedValue.unwrap(value) instanceof String s ? s : null;
    }

    /** The one character a function takes, with CPython's TypeError for anything else. */
    static int character(String function, String argument, Object value) {
        String s = text(value);
        if (s == null || s.isEmpty() || s.codePointCount(0, s.length()) != 1) {
            throw Errors.typeError(function + "() argument " + argument + "must be a unicode character, not " + shownType(value));
        }
        return s.codePointAt(0);
    }

    static int character(String function, Object value) {
        return character(function, "", value);
    }

    static String form(String function, Object value) {
        String s = text(value);
        if (s == null) {
            throw Errors.typeError(function + "() argument 1 must be str, not " + shownType(value));
        }
        return s;
    }

    static java.text.Normalizer.Form normalizationForm(String form) {
        java.text.Normalizer.Form normalization = UnicodeDatabase.form(form);
        if (normalization == null) {
            throw Errors.valueError("invalid normalization form");
        }
        return normalization;
    }

    static String unistr(String function, Object value) {
        String s = text(value);
        if (s == null) {
            throw Errors.typeError(function + "() argument 2 must be str, not " + shownType(value));
        }
        return s;
    }

    @Builtin(name = "name", params = {"chr", "default=", "/"})
    @GenerateNodeFactory
    abstract static class NameNode extends BuiltinNode.Builtin2 {
        @Specialization
        @TruffleBoundary
        static Object name(Object chr, Object defaultValue) {
            return nameOrDefault(UnicodeDatabase.name(character("name", "1 ", chr)), defaultValue);
        }
    }

    /** {@code name(chr, default)}'s answer for a name a database gave (null: none): it, the default, or ValueError. */
    static Object nameOrDefault(String name, Object defaultValue) {
        if (name != null) {
            return name;
        }
        if (defaultValue != PNone.NO_VALUE) {
            return defaultValue;
        }
        throw Errors.valueError("no such name");
    }

    @Builtin(name = "lookup", params = {"name", "/"})
    @GenerateNodeFactory
    abstract static class LookupNode extends BuiltinNode.Builtin1 {
        @Specialization
        @TruffleBoundary
        static Object lookup(Object nameArgument) {
            return lookupName(nameArgument, UnicodeDatabase::lookup, true);
        }
    }

    /** {@code lookup(name)} in a database (today's or Unicode 3.2.0's): the character, or CPython's KeyError. */
    static String lookupName(Object nameArgument, java.util.function.ToIntFunction<String> database, boolean namedSequences) {
        String name = text(nameArgument);
        if (name == null) {
            name = new String(ByteSequences.require(nameArgument), java.nio.charset.StandardCharsets.ISO_8859_1);
        }
        if (UnicodeDatabase.isNameTooLong(name)) {
            throw Errors.keyError("name too long");
        }
        int cp = database.applyAsInt(name);
        if (cp < 0) {
            String sequence = namedSequences ? UnicodeDatabase.namedSequence(name) : null;
            if (sequence != null) {
                return sequence;
            }
            throw Errors.keyError("undefined character name '" + name + "'");
        }
        return Character.toString(cp);
    }

    @Builtin(name = "category", params = {"chr", "/"})
    @GenerateNodeFactory
    abstract static class CategoryNode extends BuiltinNode.Builtin1 {
        @Specialization
        static Object category(Object chr) {
            return UnicodeDatabase.category(character("category", chr));
        }
    }

    @Builtin(name = "bidirectional", params = {"chr", "/"})
    @GenerateNodeFactory
    abstract static class BidirectionalNode extends BuiltinNode.Builtin1 {
        @Specialization
        static Object bidirectional(Object chr) {
            return UnicodeDatabase.bidirectional(character("bidirectional", chr));
        }
    }

    @Builtin(name = "combining", params = {"chr", "/"})
    @GenerateNodeFactory
    abstract static class CombiningNode extends BuiltinNode.Builtin1 {
        @Specialization
        static Object combining(Object chr) {
            return (long) UnicodeDatabase.combining(character("combining", chr));
        }
    }

    @Builtin(name = "east_asian_width", params = {"chr", "/"})
    @GenerateNodeFactory
    abstract static class EastAsianWidthNode extends BuiltinNode.Builtin1 {
        @Specialization
        static Object eastAsianWidth(Object chr) {
            return UnicodeDatabase.eastAsianWidth(character("east_asian_width", chr));
        }
    }

    @Builtin(name = "mirrored", params = {"chr", "/"})
    @GenerateNodeFactory
    abstract static class MirroredNode extends BuiltinNode.Builtin1 {
        @Specialization
        static Object mirrored(Object chr) {
            return (long) UnicodeDatabase.mirrored(character("mirrored", chr));
        }
    }

    @Builtin(name = "decomposition", params = {"chr", "/"})
    @GenerateNodeFactory
    abstract static class DecompositionNode extends BuiltinNode.Builtin1 {
        @Specialization
        static Object decomposition(Object chr) {
            return UnicodeDatabase.decomposition(character("decomposition", chr));
        }
    }

    @Builtin(name = "decimal", params = {"chr", "default=", "/"})
    @GenerateNodeFactory
    abstract static class DecimalNode extends BuiltinNode.Builtin2 {
        @Specialization
        @TruffleBoundary
        static Object decimal(Object chr, Object defaultValue) {
            int value = UnicodeDatabase.decimal(character("decimal", "1 ", chr));
            if (value >= 0) {
                return (long) value;
            }
            if (defaultValue != PNone.NO_VALUE) {
                return defaultValue;
            }
            throw Errors.valueError("not a decimal");
        }
    }

    @Builtin(name = "digit", params = {"chr", "default=", "/"})
    @GenerateNodeFactory
    abstract static class DigitNode extends BuiltinNode.Builtin2 {
        @Specialization
        @TruffleBoundary
        static Object digit(Object chr, Object defaultValue) {
            int value = UnicodeDatabase.digit(character("digit", "1 ", chr));
            if (value >= 0) {
                return (long) value;
            }
            if (defaultValue != PNone.NO_VALUE) {
                return defaultValue;
            }
            throw Errors.valueError("not a digit");
        }
    }

    @Builtin(name = "numeric", params = {"chr", "default=", "/"})
    @GenerateNodeFactory
    abstract static class NumericNode extends BuiltinNode.Builtin2 {
        @Specialization
        @TruffleBoundary
        static Object numeric(Object chr, Object defaultValue) {
            double value = UnicodeDatabase.numeric(character("numeric", "1 ", chr));
            if (!Double.isNaN(value)) {
                return value;
            }
            if (defaultValue != PNone.NO_VALUE) {
                return defaultValue;
            }
            throw Errors.valueError("not a numeric character");
        }
    }

    @Builtin(name = "normalize", params = {"form", "unistr", "/"})
    @GenerateNodeFactory
    abstract static class NormalizeNode extends BuiltinNode.Builtin2 {
        @Specialization
        @TruffleBoundary
        static Object normalize(Object form, Object unistr) {
            String f = form("normalize", form);
            String s = unistr("normalize", unistr);
            if (s.isEmpty()) {
                // the empty string is returned as it is, whatever the form (CPython checks the form later)
                return unistr;
            }
            return UnicodeDatabase.normalize(normalizationForm(f), s);
        }
    }

    @Builtin(name = "is_normalized", params = {"form", "unistr", "/"})
    @GenerateNodeFactory
    abstract static class IsNormalizedNode extends BuiltinNode.Builtin2 {
        @Specialization
        @TruffleBoundary
        static Object isNormalized(Object form, Object unistr) {
            String f = form("is_normalized", form);
            String s = unistr("is_normalized", unistr);
            if (s.isEmpty()) {
                return true;
            }
            return UnicodeDatabase.isNormalized(normalizationForm(f), s);
        }
    }
}
