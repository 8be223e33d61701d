package dev.krait.builtins;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.dsl.GenerateNodeFactory;
import com.oracle.truffle.api.dsl.Specialization;

import dev.krait.runtime.KraitContext;
import dev.krait.runtime.bytes.ByteSequences;
import dev.krait.runtime.bytes.Codecs;
import dev.krait.runtime.bytes.EscapeCodecs;
import dev.krait.runtime.exceptions.Errors;
import dev.krait.runtime.objects.PModule;
import dev.krait.runtime.objects.PNone;

/**
 * The {@code _krait_codecs} module: the escape codecs of {@link EscapeCodecs} and the stateful decoding of the
 * Unicode codecs of {@link Codecs} for the bundled {@code codecs.py}, which checks the arguments (bytes-like data, a
 * str errors name) before calling these; their warnings name the caller of the codecs.py function.
 */
public final class EscapeCodecsModule {
    private EscapeCodecsModule() {
    }

    public static PModule create(KraitContext context) {
        PModule module = context.newModule("_krait_codecs");
        context.getLanguage().getBuiltinRegistry().addFunctions(context, module, EscapeCodecsModuleFactory.getFactories(), null, "_krait_codecs");
        return module;
    }

    private static String errors(Object value) {
        if (value instanceof String s) {
            return s;
        }
        throw Errors.typeError("_krait_codecs: errors must be a str");
    }

    private static Object decoded(EscapeCodecs.Decoded decoded) {
        return KraitContext.get(null).newTuple(new Object[]{decoded.text(), (long) decoded.consumed()});
    }

    /** {@code unicode_escape_decode(data, errors, final)}: (text, bytes consumed). */
    @Builtin(name = "unicode_escape_decode", params = {"data", "errors", "final", "/"})
    @GenerateNodeFactory
    public abstract static class UnicodeEscapeDecodeNode extends BuiltinNode.Builtin3 {
        @Specialization
        @TruffleBoundary
        static Object decode(Object data, Object errors, Object isFinal) {
            return decoded(EscapeCodecs.unicodeEscapeDecode(ByteSequences.require(data), errors(errors), Boolean.TRUE.equals(isFinal), 2));
        }
    }

    /** {@code raw_unicode_escape_decode(data, errors, final)}: (text, bytes consumed). */
    @Builtin(name = "raw_unicode_escape_decode", params = {"data", "errors", "final", "/"})
    @GenerateNodeFactory
    public abstract static class RawUnicodeEscapeDecodeNode extends BuiltinNode.Builtin3 {
        @Specialization
        @TruffleBoundary
        static Object decode(Object data, Object errors, Object isFinal) {
            return decoded(EscapeCodecs.rawUnicodeEscapeDecode(ByteSequences.require(data), errors(errors), Boolean.TRUE.equals(isFinal)));
        }
    }

    /** {@code escape_decode(data, errors)}: the bytes the escapes stand for; errors may be None (strict). */
    @Builtin(name = "escape_decode", params = {"data", "errors", "/"})
    @GenerateNodeFactory
    public abstract static class EscapeDecodeNode extends BuiltinNode.Builtin2 {
        @Specialization
        @TruffleBoundary
        static Object decode(Object data, Object errors) {
            return ByteSequences.newBytes(EscapeCodecs.escapeDecode(ByteSequences.require(data), errors == PNone.NONE ? null : errors(errors), 2));
        }
    }

    /** {@code escape_encode(data)}: the bytes with a bytes literal's escapes. */
    @Builtin(name = "escape_encode", params = {"data", "/"})
    @GenerateNodeFactory
    public abstract static class EscapeEncodeNode extends BuiltinNode.Builtin1 {
        @Specialization
        @TruffleBoundary
        static Object encode(Object data) {
            return ByteSequences.newBytes(EscapeCodecs.escapeEncode(ByteSequences.require(data)));
        }
    }

    /** {@code decode(data, encoding, errors, final)}: (text, bytes consumed) of a UTF, ASCII or Latin-1 codec. */
    @Builtin(name = "decode", params = {"data", "encoding", "errors", "final", "/"})
    @GenerateNodeFactory
    public abstract static class DecodeNode extends BuiltinNode.BuiltinN {
        @Specialization
        @TruffleBoundary
        static Object decode(Object[] args) {
            return decoded(Codecs.decodeStateful(ByteSequences.require(args[0]), (String) args[1], errors(args[2]), Boolean.TRUE.equals(args[3])));
        }
    }

    /**
     * {@code ex_decode(data, width, errors, byteorder, final)}: (text, bytes consumed, byte order) of UTF-16 (width
     * 2) or UTF-32 (width 4), the byte order -1, 0 (a byte order mark decides) or 1.
     */
    @Builtin(name = "ex_decode", params = {"data", "width", "errors", "byteorder", "final", "/"})
    @GenerateNodeFactory
    public abstract static class ExDecodeNode extends BuiltinNode.BuiltinN {
        @Specialization
        @TruffleBoundary
        static Object decode(Object[] args) {
            Codecs.DecodedWithOrder decoded = Codecs.decodeWithOrder(ByteSequences.require(args[0]), (int) (long) (Long) args[1], errors(args[2]),
                            (int) (long) (Long) args[3], Boolean.TRUE.equals(args[4]));
            return KraitContext.get(null).newTuple(new Object[]{decoded.text(), (long) decoded.consumed(), (long) decoded.byteorder()});
        }
    }
}
