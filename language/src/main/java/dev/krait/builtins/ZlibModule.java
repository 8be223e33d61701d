package dev.krait.builtins;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.dsl.GenerateNodeFactory;
import com.oracle.truffle.api.dsl.Specialization;

import dev.krait.runtime.KraitContext;
import dev.krait.runtime.bytes.ByteSequences;
import dev.krait.runtime.compression.Checksums;
import dev.krait.runtime.compression.DeflateStream;
import dev.krait.runtime.compression.InflateStream;
import dev.krait.runtime.compression.ZlibError;
import dev.krait.runtime.compression.ZlibFormat;
import dev.krait.runtime.exceptions.Errors;
import dev.krait.runtime.objects.PModule;
import dev.krait.runtime.objects.PNone;
import dev.krait.runtime.protocol.PyObjectType;

/**
 * The {@code _krait_zlib} module under the bundled {@code zlib.py} (and binascii's checksums): deflate streams on
 * the JDK's zlib, held by zlib.py's objects as opaque values. zlib.py checks the arguments; a failure of the data
 * comes back as the message of the zlib.error to raise.
 */
public final class ZlibModule {
    private ZlibModule() {
    }

    public static PModule create(KraitContext context) {
        PModule module = context.newModule("_krait_zlib");
        context.getLanguage().getBuiltinRegistry().addFunctions(context, module, ZlibModuleFactory.getFactories(), null, "_krait_zlib");
        return module;
    }

    /** An int argument from the bundled module (a bool counts), with a TypeError for anything else. */
    private static long integer(Object value) {
        if (value instanceof Long l) {
            return l;
        } else if (value instanceof Boolean b) {
            return b ? 1 : 0;
        }
        throw Errors.typeError("_krait_zlib: expected an int, not " + PyObjectType.typeName(value));
    }

    private static DeflateStream deflateStream(Object value) {
        if (value instanceof DeflateStream stream) {
            if (stream.isEnded()) {
                throw Errors.valueError("_krait_zlib: the compression stream has ended");
            }
            return stream;
        }
        throw Errors.typeError("_krait_zlib: expected a compression stream");
    }

    private static InflateStream inflateStream(Object value) {
        if (value instanceof InflateStream stream) {
            return stream;
        }
        throw Errors.typeError("_krait_zlib: expected a decompression stream");
    }

    private static byte[] dictionary(Object zdict) {
        return zdict == PNone.NONE ? null : ByteSequences.require(zdict);
    }

    private static void checkWindow(DeflateStream stream, byte[] data) {
        if (stream.totalIn() + data.length > stream.inputLimit()) {
            throw Errors.notImplementedError("zlib: Krait compresses with a 32 KiB window; with wbits giving a " + (1 << stream.windowBits()) +
                            "-byte window it can compress at most " + stream.inputLimit() + " bytes");
        }
    }

    @Builtin(name = "crc32", params = {"data", "value", "/"})
    @GenerateNodeFactory
    public abstract static class Crc32Node extends BuiltinNode.Builtin2 {
        @Specialization
        @TruffleBoundary
        static long crc32(Object data, Object value) {
            byte[] bytes = ByteSequences.require(data);
            return Checksums.crc32(bytes, 0, bytes.length, integer(value));
        }
    }

    @Builtin(name = "adler32", params = {"data", "value", "/"})
    @GenerateNodeFactory
    public abstract static class Adler32Node extends BuiltinNode.Builtin2 {
        @Specialization
        @TruffleBoundary
        static long adler32(Object data, Object value) {
            return Checksums.adler32(ByteSequences.require(data), integer(value));
        }
    }

    @Builtin(name = "crc_hqx", params = {"data", "value", "/"})
    @GenerateNodeFactory
    public abstract static class CrcHqxNode extends BuiltinNode.Builtin2 {
        @Specialization
        @TruffleBoundary
        static long crcHqx(Object data, Object value) {
            return Checksums.crcHqx(ByteSequences.require(data), integer(value));
        }
    }

    /** {@code compressor(level, wbits, strategy, zdict)}: a new compression stream (zdict None for none). */
    @Builtin(name = "compressor", params = {"level", "wbits", "strategy", "zdict", "/"})
    @GenerateNodeFactory
    public abstract static class CompressorNode extends BuiltinNode.BuiltinN {
        @Specialization
        @TruffleBoundary
        static Object create(Object[] args) {
            long level = integer(args[0]);
            long wbits = integer(args[1]);
            long strategy = integer(args[2]);
            if (level < -1 || level > 9 || ZlibFormat.of(wbits, false) == null || strategy < 0 || strategy > 2) {
                throw Errors.valueError("_krait_zlib.compressor(): bad level, wbits or strategy");
            }
            return new DeflateStream((int) level, wbits, (int) strategy, dictionary(args[3]));
        }
    }

    /** {@code compress(stream, data)}: the compressed output the data gives so far. */
    @Builtin(name = "compress", params = {"stream", "data", "/"})
    @GenerateNodeFactory
    public abstract static class CompressNode extends BuiltinNode.Builtin2 {
        @Specialization
        @TruffleBoundary
        static Object compress(Object streamArgument, Object data) {
            DeflateStream stream = deflateStream(streamArgument);
            byte[] bytes = ByteSequences.require(data);
            checkWindow(stream, bytes);
            return ByteSequences.newBytes(stream.compress(bytes));
        }
    }

    /** {@code compress_all(stream, data)}: all of data compressed and the stream ended, as zlib.compress() does. */
    @Builtin(name = "compress_all", params = {"stream", "data", "/"})
    @GenerateNodeFactory
    public abstract static class CompressAllNode extends BuiltinNode.Builtin2 {
        @Specialization
        @TruffleBoundary
        static Object compressAll(Object streamArgument, Object data) {
            DeflateStream stream = deflateStream(streamArgument);
            byte[] bytes = ByteSequences.require(data);
            checkWindow(stream, bytes);
            return ByteSequences.newBytes(stream.compressAll(bytes));
        }
    }

    /** {@code flush(stream, mode)}: flushes with zlib's mode (Z_FINISH ends the stream). */
    @Builtin(name = "flush", params = {"stream", "mode", "/"})
    @GenerateNodeFactory
    public abstract static class FlushNode extends BuiltinNode.Builtin2 {
        @Specialization
        @TruffleBoundary
        static Object flush(Object stream, Object mode) {
            return ByteSequences.newBytes(deflateStream(stream).flush((int) integer(mode)));
        }
    }

    /** {@code decompressor(wbits, zdict)}: a new decompression stream (zdict None for none). */
    @Builtin(name = "decompressor", params = {"wbits", "zdict", "/"})
    @GenerateNodeFactory
    public abstract static class DecompressorNode extends BuiltinNode.Builtin2 {
        @Specialization
        @TruffleBoundary
        static Object create(Object wbitsArgument, Object zdict) {
            long wbits = integer(wbitsArgument);
            if (ZlibFormat.of(wbits, true) == null) {
                throw Errors.valueError("_krait_zlib.decompressor(): bad wbits");
            }
            return new InflateStream(wbits, dictionary(zdict));
        }
    }

    /**
     * {@code decompress(stream, data, max_length)}: {@code (output, unconsumed, eof)}, or the message of the
     * zlib.error the data calls for.
     */
    @Builtin(name = "decompress", params = {"stream", "data", "max_length", "/"})
    @GenerateNodeFactory
    public abstract static class DecompressNode extends BuiltinNode.Builtin3 {
        @Specialization
        @TruffleBoundary
        static Object decompress(Object stream, Object data, Object maxLength) {
            try {
                InflateStream.Result result = inflateStream(stream).decompress(ByteSequences.require(data), integer(maxLength));
                return KraitContext.get(null).newTuple(new Object[]{ByteSequences.newBytes(result.output()),
                                ByteSequences.newBytes(result.unconsumed()), result.eof()});
            } catch (ZlibError e) {
                return e.getMessage();
            }
        }
    }
}
