package dev.krait.builtins;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.dsl.GenerateNodeFactory;
import com.oracle.truffle.api.dsl.Specialization;

import dev.krait.runtime.KraitContext;
import dev.krait.runtime.exceptions.Errors;
import dev.krait.runtime.objects.PModule;
import dev.krait.runtime.objects.PNone;
import dev.krait.runtime.text.UnicodeDatabase320;

/**
 * The {@code _krait_ucd_3_2_0} module: the functions of {@code unicodedata} answering from Unicode 3.2.0
 * ({@link UnicodeDatabase320}), with the same argument checks and messages; the bundled {@code _krait_ucd.py} makes
 * them the methods of {@code unicodedata.ucd_3_2_0}.
 */
public final class Ucd320Module {
    private Ucd320Module() {
    }

    public static PModule create(KraitContext context) {
        PModule module = context.newModule("_krait_ucd_3_2_0");
        context.getLanguage().getBuiltinRegistry().addFunctions(context, module, Ucd320ModuleFactory.getFactories(), null, "unicodedata");
        dev.krait.runtime.ObjectAttributes.put(module, "unidata_version", UnicodeDatabase320.VERSION);
        return module;
    }

    @Builtin(name = "name", params = {"chr", "default=", "/"})
    @GenerateNodeFactory
    abstract static class NameNode extends BuiltinNode.Builtin2 {
        @Specialization
        @TruffleBoundary
        static Object name(Object chr, Object defaultValue) {
            return UnicodedataModule.nameOrDefault(UnicodeDatabase320.name(UnicodedataModule.character("name", "1 ", chr)), defaultValue);
        }
    }

    @Builtin(name = "lookup", params = {"name", "/"})
    @GenerateNodeFactory
    abstract static class LookupNode extends BuiltinNode.Builtin1 {
        @Specialization
        @TruffleBoundary
        static Object lookup(Object nameArgument) {
            return UnicodedataModule.lookupName(nameArgument, UnicodeDatabase320::lookup, false);
        }
    }

    @Builtin(name = "category", params = {"chr", "/"})
    @GenerateNodeFactory
    abstract static class CategoryNode extends BuiltinNode.Builtin1 {
        @Specialization
        static Object category(Object chr) {
            return UnicodeDatabase320.category(UnicodedataModule.character("category", chr));
        }
    }

    @Builtin(name = "bidirectional", params = {"chr", "/"})
    @GenerateNodeFactory
    abstract static class BidirectionalNode extends BuiltinNode.Builtin1 {
        @Specialization
        static Object bidirectional(Object chr) {
            return UnicodeDatabase320.bidirectional(UnicodedataModule.character("bidirectional", chr));
        }
    }

    @Builtin(name = "combining", params = {"chr", "/"})
    @GenerateNodeFactory
    abstract static class CombiningNode extends BuiltinNode.Builtin1 {
        @Specialization
        static Object combining(Object chr) {
            return (long) UnicodeDatabase320.combining(UnicodedataModule.character("combining", chr));
        }
    }

    @Builtin(name = "east_asian_width", params = {"chr", "/"})
    @GenerateNodeFactory
    abstract static class EastAsianWidthNode extends BuiltinNode.Builtin1 {
        @Specialization
        static Object eastAsianWidth(Object chr) {
            return UnicodeDatabase320.eastAsianWidth(UnicodedataModule.character("east_asian_width", chr));
        }
    }

    @Builtin(name = "mirrored", params = {"chr", "/"})
    @GenerateNodeFactory
    abstract static class MirroredNode extends BuiltinNode.Builtin1 {
        @Specialization
        static Object mirrored(Object chr) {
            return (long) UnicodeDatabase320.mirrored(UnicodedataModule.character("mirrored", chr));
        }
    }

    @Builtin(name = "decomposition", params = {"chr", "/"})
    @GenerateNodeFactory
    abstract static class DecompositionNode extends BuiltinNode.Builtin1 {
        @Specialization
        static Object decomposition(Object chr) {
            return UnicodeDatabase320.decomposition(UnicodedataModule.character("decomposition", chr));
        }
    }

    @Builtin(name = "decimal", params = {"chr", "default=", "/"})
    @GenerateNodeFactory
    abstract static class DecimalNode extends BuiltinNode.Builtin2 {
        @Specialization
        @TruffleBoundary
        static Object decimal(Object chr, Object defaultValue) {
            int value = UnicodeDatabase320.decimal(UnicodedataModule.character("decimal", "1 ", chr));
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
            int value = UnicodeDatabase320.digit(UnicodedataModule.character("digit", "1 ", chr));
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
            double value = UnicodeDatabase320.numeric(UnicodedataModule.character("numeric", "1 ", chr));
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
            String f = UnicodedataModule.form("normalize", form);
            String s = UnicodedataModule.unistr("normalize", unistr);
            if (s.isEmpty()) {
                // the empty string is returned as it is, whatever the form (CPython checks the form later)
                return unistr;
            }
            return UnicodeDatabase320.normalize(UnicodedataModule.normalizationForm(f), s);
        }
    }

    @Builtin(name = "is_normalized", params = {"form", "unistr", "/"})
    @GenerateNodeFactory
    abstract static class IsNormalizedNode extends BuiltinNode.Builtin2 {
        @Specialization
        @TruffleBoundary
        static Object isNormalized(Object form, Object unistr) {
            String f = UnicodedataModule.form("is_normalized", form);
            String s = UnicodedataModule.unistr("is_normalized", unistr);
            if (s.isEmpty()) {
                return true;
            }
            return UnicodeDatabase320.isNormalized(UnicodedataModule.normalizationForm(f), s);
        }
    }
}
