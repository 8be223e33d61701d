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
        static Object create(String name) {
            HashState state = HashAlgorithms.create(name);
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
            return HashAlgorithms.blake2((long) args[0] != 0, (int) (long) args[1], ByteSequences.require(args[2]), ByteSequences.require(args[3]),
                            ByteSequences.require(args[4]), (int) (long) args[5], (int) (long) args[6], (long) args[7], (long) args[8],
                            (int) (long) args[9], (int) (long) args[10], (long) args[11] != 0);
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
        static Object digest(Object state, long length) {
            return ByteSequences.newBytes(state(state).digest((int) length));
        }
    }

    /** {@code hexdigest(state, length)}: the digest so far as lower-case hex. */
    @Builtin(name = "hexdigest", params = {"state", "length", "/"})
    @GenerateNodeFactory
    public abstract static class HexDigestNode extends BuiltinNode.Builtin2 {
        @Specialization
        @TruffleBoundary
        static Object hexdigest(Object state, long length) {
            return java.util.HexFormat.of().formatHex(state(state).digest((int) length));
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
            byte[] key = HashAlgorithms.pbkdf2((String) args[0], ByteSequences.require(args[1]), ByteSequences.require(args[2]),
                            (long) args[3], (int) (long) args[4]);
            return key == null ? PNone.NONE : ByteSequences.newBytes(key);
        }
    }
}
