package dev.krait.builtins;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.dsl.GenerateNodeFactory;
import com.oracle.truffle.api.dsl.Specialization;

import dev.krait.runtime.KraitContext;
import dev.krait.runtime.bytes.ByteSequences;
import dev.krait.runtime.bytes.CharsetCodecs;
import dev.krait.runtime.bytes.EscapeCodecs;
import dev.krait.runtime.exceptions.Errors;
import dev.krait.runtime.objects.PBoxedValue;
import dev.krait.runtime.objects.PByteArray;
import dev.krait.runtime.objects.PModule;
import dev.krait.runtime.objects.PNone;

/**
 * The {@code _krait_charsets} module: the codecs of {@link CharsetCodecs} (charmap and CJK codecs on the JDK's
 * charsets) for the bundled {@code codecs.py} and {@code encodings} package, which check the arguments first.
 */
public final class CharsetCodecsModule {
    private CharsetCodecsModule() {
    }

    public static PModule create(KraitContext context) {
        PModule module = context.newModule("_krait_charsets");
        context.getLanguage().getBuiltinRegistry().addFunctions(context, module, CharsetCodecsModuleFactory.getFactories(), null, "_krait_charsets");
        return module;
    }

    private static String string(Object value) {
        if (PBoxedValue.unwrap(value) instanceof String s) {
            return s;
        }
        throw Errors.typeError("_krait_charsets: expected a str");
    }

    /** {@code resolve(name)}: the codec module an encoding name leads to through the aliases. */
    @Builtin(name = "resolve", params = {"name", "/"})
    @GenerateNodeFactory
    public abstract static class ResolveNode extends BuiltinNode.Builtin1 {
        @Specialization
        static Object resolve(Object name) {
            return CharsetCodecs.resolve(string(name));
        }
    }

    /**
     * {@code normalize_encoding(name, lower)}: as {@code encodings.normalize_encoding}, or with {@code lower} as
     * the codec registry normalizes a name before it searches.
     */
    @Builtin(name = "normalize_encoding", params = {"name", "lower", "/"})
    @GenerateNodeFactory
    public abstract static class NormalizeNode extends BuiltinNode.Builtin2 {
        @Specialization
        static Object normalize(Object name, Object lower) {
            return CharsetCodecs.normalize(string(name), Boolean.TRUE.equals(lower));
        }
    }

    /** {@code codec_name(module)}: the CodecInfo name of a codec module Krait builds on a charset, or None. */
    @Builtin(name = "codec_name", params = {"module", "/"})
    @GenerateNodeFactory
    public abstract static class CodecNameNode extends BuiltinNode.Builtin1 {
        @Specialization
        static Object codecName(Object module) {
            String name = CharsetCodecs.codecName(string(module));
            return name == null ? PNone.NONE : name;
        }
    }

    /** {@code aliases()}: CPython's alias table as a list of (alias, module) tuples. */
    @Builtin(name = "aliases", params = {})
    @GenerateNodeFactory
    public abstract static class AliasesNode extends BuiltinNode.Builtin0 {
        @Specialization
        @TruffleBoundary
        static Object aliases() {
            KraitContext context = KraitContext.get(null);
            String[][] pairs = CharsetCodecs.aliases();
            Object[] items = new Object[pairs.length];
            for (int i = 0; i < pairs.length; i++) {
                items[i] = context.newTuple(new Object[]{pairs[i][0], pairs[i][1]});
            }
            return context.newList(items);
        }
    }

    /** {@code decoding_table(module)}: the 256 characters of a single-byte codec (U+FFFE undefined), or None. */
    @Builtin(name = "decoding_table", params = {"module", "/"})
    @GenerateNodeFactory
    public abstract static class DecodingTableNode extends BuiltinNode.Builtin1 {
        @Specialization
        @TruffleBoundary
        static Object table(Object module) {
            char[] table = CharsetCodecs.decodingTable(string(module));
            return table == null ? PNone.NONE : new String(table);
        }
    }

    private static Object decoded(Object module, Object data, Object errors, boolean isFinal) {
        EscapeCodecs.Decoded decoded = CharsetCodecs.decode(string(module), ByteSequences.require(data), string(errors), isFinal);
        return KraitContext.get(null).newTuple(new Object[]{decoded.text(), (long) decoded.consumed()});
    }

    /** {@code decode(module, data, errors)}: (text, bytes consumed), the input being final. */
    @Builtin(name = "decode", params = {"module", "data", "errors", "/"})
    @GenerateNodeFactory
    public abstract static class DecodeNode extends BuiltinNode.Builtin3 {
        @Specialization
        @TruffleBoundary
        static Object decode(Object module, Object data, Object errors) {
            return decoded(module, data, errors, true);
        }
    }

    /** {@code decode_partial(module, data, errors)}: (text, bytes consumed), leaving an unfinished last character. */
    @Builtin(name = "decode_partial", params = {"module", "data", "errors", "/"})
    @GenerateNodeFactory
    public abstract static class DecodePartialNode extends BuiltinNode.Builtin3 {
        @Specialization
        @TruffleBoundary
        static Object decode(Object module, Object data, Object errors) {
            return decoded(module, data, errors, false);
        }
    }

    /** The 8 state bytes of a stateful codec, kept in a bytearray the codec updates (also when it raises). */
    private static PByteArray state(Object state) {
        if (!(state instanceof PByteArray bytes) || bytes.length() != 8) {
            throw Errors.typeError("_krait_charsets: a codec state is a bytearray of 8 bytes");
        }
        return bytes;
    }

    private static void store(PByteArray target, byte[] state) {
        for (int k = 0; k < state.length; k++) {
            target.set(k, state[k] & 0xFF);
        }
    }

    /** {@code encode_partial(module, text, errors)}: (bytes, characters used) of an incremental encoder's call. */
    @Builtin(name = "encode_partial", params = {"module", "text", "errors", "/"})
    @GenerateNodeFactory
    public abstract static class EncodePartialNode extends BuiltinNode.Builtin3 {
        @Specialization
        @TruffleBoundary
        static Object encode(Object module, Object text, Object errors) {
            Object[] part = CharsetCodecs.encodePart(string(module), string(text), string(errors));
            return KraitContext.get(null).newTuple(new Object[]{ByteSequences.newBytes((byte[]) part[0]), (long) (int) part[1]});
        }
    }

    /** {@code pair_starts(module)}: the characters that may combine with the next into one sequence. */
    @Builtin(name = "pair_starts", params = {"module", "/"})
    @GenerateNodeFactory
    public abstract static class PairStartsNode extends BuiltinNode.Builtin1 {
        @Specialization
        static Object pairStarts(Object module) {
            return CharsetCodecs.pairStarts(string(module));
        }
    }

    /** {@code initial_state(module, decoder)}: a fresh encoder's or decoder's state bytes, None for a stateless codec. */
    @Builtin(name = "initial_state", params = {"module", "decoder", "/"})
    @GenerateNodeFactory
    public abstract static class InitialStateNode extends BuiltinNode.Builtin2 {
        @Specialization
        @TruffleBoundary
        static Object initialState(Object module, Object decoder) {
            byte[] state = CharsetCodecs.initialState(string(module), Boolean.TRUE.equals(decoder));
            return state == null ? PNone.NONE : ByteSequences.newBytes(state);
        }
    }

    /**
     * {@code decode_stateful(module, data, errors, final, state)}: (text, bytes consumed) of a stateful codec
     * (ISO-2022, hz) from the state in the bytearray {@code state}, which it updates.
     */
    @Builtin(name = "decode_stateful", params = {"module", "data", "errors", "final", "state", "/"})
    @GenerateNodeFactory
    public abstract static class DecodeStatefulNode extends BuiltinNode.BuiltinN {
        @Specialization
        @TruffleBoundary
        static Object decode(Object[] args) {
            PByteArray target = state(args[4]);
            byte[] state = target.toBytes();
            try {
                EscapeCodecs.Decoded decoded = CharsetCodecs.decode(string(args[0]), ByteSequences.require(args[1]), string(args[2]), Boolean.TRUE.equals(args[3]), state);
                return KraitContext.get(null).newTuple(new Object[]{decoded.text(), (long) decoded.consumed()});
            } finally {
                store(target, state);
            }
        }
    }

    /** {@code encode_stateful(module, text, errors, final, state)}: the bytes of a stateful codec, as decode_stateful. */
    @Builtin(name = "encode_stateful", params = {"module", "text", "errors", "final", "state", "/"})
    @GenerateNodeFactory
    public abstract static class EncodeStatefulNode extends BuiltinNode.BuiltinN {
        @Specialization
        @TruffleBoundary
        static Object encode(Object[] args) {
            PByteArray target = state(args[4]);
            byte[] state = target.toBytes();
            try {
                return ByteSequences.newBytes(CharsetCodecs.encode(string(args[0]), string(args[1]), string(args[2]), Boolean.TRUE.equals(args[3]), state));
            } finally {
                store(target, state);
            }
        }
    }

    /** {@code encode(module, text, errors)}: (bytes, length of text). */
    @Builtin(name = "encode", params = {"module", "text", "errors", "/"})
    @GenerateNodeFactory
    public abstract static class EncodeNode extends BuiltinNode.Builtin3 {
        @Specialization
        @TruffleBoundary
        static Object encode(Object module, Object text, Object errors) {
            String s = string(text);
            byte[] encoded = CharsetCodecs.encode(string(module), s, string(errors));
            return KraitContext.get(null).newTuple(new Object[]{ByteSequences.newBytes(encoded), (long) s.codePointCount(0, s.length())});
        }
    }
}
