package dev.krait.builtins;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.dsl.GenerateNodeFactory;
import com.oracle.truffle.api.dsl.Specialization;

import dev.krait.runtime.KraitContext;
import dev.krait.runtime.bytes.ByteSequences;
import dev.krait.runtime.exceptions.Errors;
import dev.krait.runtime.hashing.HashAlgorithms;
import dev.krait.runtime.hashing.HashState;
import dev.krait.runtime.objects.PModule;
import dev.krait.runtime.objects.PNone;
import dev.krait.runtime.protocol.PyObjectType;

/**
 * The {@code _krait_hashlib} module: the hash computations under the bundled {@code hashlib.py}, whose hash objects
 * hold a {@link HashState} as an opaque value. Arguments are checked by hashlib.py; these only compute.
 */
public final class HashlibModule {
    private HashlibModule() {
    }

    public static PModule create(KraitContext context) {
        PModule module = context.newModule("_krait_hashlib");
        context.getLanguage().getBuiltinRegistry().addFunctions(context, module, HashlibModuleFactory.getFactories(), null, "_krait_hashlib");
        return module;
    }

    /** An int argument from the bundled module (a bool counts), with a TypeError for anything else. */
    private static long integer(Object value) {
        if (value instanceof Long l) {
            return l;
        } else if (value instanceof Boolean b) {
            return b ? 1 : 0;
        }
        throw Errors.typeError("_krait_hashlib: expected an int, not " + PyObjectType.typeName(value));
    }

    private static HashState state(Object value) {
        if (value instanceof HashState state) {
            return state;
        }
        throw Errors.typeError("_krait_hashlib: expected a hash state");
    }

    /** {@code new(name)}: a fresh state of the hash named (hashlib's name), or None if there is no such hash. */
    @Builtin(name = "new", params = {"name", "/"})
    @GenerateNodeFactory
    public abstract static class NewNode extends BuiltinNode.Builtin1 {
        @Specialization
        @TruffleBoundary
        static Object create(Object name) {
            if (!(name instanceof String string)) {
                throw Errors.typeError("_krait_hashlib.new() expects a str");
            }
            HashState state = HashAlgorithms.create(string);
            return state == null ? PNone.NONE : state;
        }
    }

    /**
     * {@code blake2(big, digest_size, key, salt, person, fanout, depth, leaf_size, node_offset, node_depth,
     * inner_size, last_node)}: a BLAKE2b (big true) or BLAKE2s state; the parameters are within their limits.
     */
    @Builtin(name = "blake2", params = {"big", "digest_size", "key", "salt", "person", "fanout", "depth", "leaf_size", "node_offset",
                    "node_depth", "inner_size", "last_node", "/"})
    @GenerateNodeFactory
    public abstract static class Blake2Node extends BuiltinNode.BuiltinN {
        @Specialization
        @TruffleBoundary
        static Object create(Object[] args) {
            boolean big = integer(args[0]) != 0;
            int limit = big ? 64 : 32;
            long digestSize = integer(args[1]);
            byte[] key = ByteSequences.require(args[2]);
            byte[] salt = ByteSequences.require(args[3]);
            byte[] person = ByteSequences.require(args[4]);
            long[] bytesFields = {integer(args[5]), integer(args[6]), integer(args[9]), integer(args[10])};
            boolean fieldsFit = true;
            for (long field : bytesFields) {
                fieldsFit &= field >= 0 && field <= 255;
            }
            if (digestSize < 1 || digestSize > limit || key.length > limit || salt.length > limit / 4 || person.length > limit / 4 || !fieldsFit) {
                throw Errors.valueError("_krait_hashlib.blake2(): a parameter is out of range");
            }
            return HashAlgorithms.blake2(big, (int) digestSize, key, salt, person, (int) bytesFields[0], (int) bytesFields[1], integer(args[7]),
                            integer(args[8]), (int) bytesFields[2], (int) bytesFields[3], integer(args[11]) != 0);
        }
    }

    /** {@code update(state, data)}: feeds a bytes-like object into the state. */
    @Builtin(name = "update", params = {"state", "data", "/"})
    @GenerateNodeFactory
    public abstract static class UpdateNode extends BuiltinNode.Builtin2 {
        @Specialization
        @TruffleBoundary
        static Object update(Object state, Object data) {
            state(state).update(ByteSequences.require(data));
            return PNone.NONE;
        }
    }

    /** {@code digest(state, length)}: the digest so far as bytes (length is for shake only). */
    @Builtin(name = "digest", params = {"state", "length", "/"})
    @GenerateNodeFactory
    public abstract static class DigestNode extends BuiltinNode.Builtin2 {
        @Specialization
        @TruffleBoundary
        static Object digest(Object state, Object length) {
            return ByteSequences.newBytes(state(state).digest((int) integer(length)));
        }
    }

    /** {@code hexdigest(state, length)}: the digest so far as lower-case hex. */
    @Builtin(name = "hexdigest", params = {"state", "length", "/"})
    @GenerateNodeFactory
    public abstract static class HexDigestNode extends BuiltinNode.Builtin2 {
        @Specialization
        @TruffleBoundary
        static Object hexdigest(Object state, Object length) {
            return java.util.HexFormat.of().formatHex(state(state).digest((int) integer(length)));
        }
    }

    @Builtin(name = "copy", params = {"state", "/"})
    @GenerateNodeFactory
    public abstract static class CopyNode extends BuiltinNode.Builtin1 {
        @Specialization
        @TruffleBoundary
        static Object copy(Object state) {
            return state(state).copy();
        }
    }

    @Builtin(name = "block_size", params = {"state", "/"})
    @GenerateNodeFactory
    public abstract static class BlockSizeNode extends BuiltinNode.Builtin1 {
        @Specialization
        @TruffleBoundary
        static long blockSize(Object state) {
            return state(state).blockSize();
        }
    }

    /** {@code pbkdf2(name, password, salt, iterations, dklen)}: the derived key, or None for an unknown hash. */
    @Builtin(name = "pbkdf2", params = {"name", "password", "salt", "iterations", "dklen", "/"})
    @GenerateNodeFactory
    public abstract static class Pbkdf2Node extends BuiltinNode.BuiltinN {
        @Specialization
        @TruffleBoundary
        static Object pbkdf2(Object[] args) {
            if (!(args[0] instanceof String name)) {
                throw Errors.typeError("_krait_hashlib.pbkdf2() expects a str");
            }
            byte[] key = HashAlgorithms.pbkdf2(name, ByteSequences.require(args[1]), ByteSequences.require(args[2]), integer(args[3]),
                            (int) integer(args[4]));
            return key == null ? PNone.NONE : ByteSequences.newBytes(key);
        }
    }

    /**
     * {@code scrypt(password, salt, n, r, p, maxmem, dklen)}: the derived key; hashlib.py has checked the arguments
     * and the memory the derivation needs.
     */
    @Builtin(name = "scrypt", params = {"password", "salt", "n", "r", "p", "dklen", "/"})
    @GenerateNodeFactory
    public abstract static class ScryptNode extends BuiltinNode.BuiltinN {
        @Specialization
        @TruffleBoundary
        static Object scrypt(Object[] args) {
            long n = integer(args[2]);
            long r = integer(args[3]);
            long p = integer(args[4]);
            long dklen = integer(args[5]);
            if (n < 2 || (n & (n - 1)) != 0 || r < 1 || p < 1 || dklen < 1 || dklen > Integer.MAX_VALUE ||
                            dev.krait.runtime.hashing.Scrypt.memoryNeeded(n, r, p) > Integer.MAX_VALUE) {
                throw Errors.valueError("_krait_hashlib.scrypt(): a parameter is out of range");
            }
            return ByteSequences.newBytes(dev.krait.runtime.hashing.Scrypt.derive(ByteSequences.require(args[0]), ByteSequences.require(args[1]),
                            (int) n, (int) r, (int) p, (int) dklen));
        }
    }
}
