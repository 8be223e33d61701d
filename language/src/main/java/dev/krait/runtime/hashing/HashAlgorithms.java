package dev.krait.runtime.hashing;

/** The hashes hashlib knows, by their hashlib names, and PBKDF2-HMAC over any of them. */
public final class HashAlgorithms {
    private HashAlgorithms() {
    }

    /** A fresh state of the hash {@code name} (hashlib's lower-case name; blake2 with its default parameters), or null. */
    public static HashState create(String name) {
        return switch (name) {
            case "md5" -> JdkHashState.create("MD5", 64);
            case "sha1" -> JdkHashState.create("SHA-1", 64);
            case "sha224" -> JdkHashState.create("SHA-224", 64);
            case "sha256" -> JdkHashState.create("SHA-256", 64);
            case "sha384" -> JdkHashState.create("SHA-384", 128);
            case "sha512" -> JdkHashState.create("SHA-512", 128);
            case "sha512_224" -> JdkHashState.create("SHA-512/224", 128);
            case "sha512_256" -> JdkHashState.create("SHA-512/256", 128);
            case "sha3_224" -> JdkHashState.create("SHA3-224", 144);
            case "sha3_256" -> JdkHashState.create("SHA3-256", 136);
            case "sha3_384" -> JdkHashState.create("SHA3-384", 104);
            case "sha3_512" -> JdkHashState.create("SHA3-512", 72);
            case "shake_128" -> new KeccakSponge(168);
            case "shake_256" -> new KeccakSponge(136);
            case "blake2b" -> blake2(true, 64, new byte[0], new byte[0], new byte[0], 1, 1, 0, 0, 0, 0, false);
            case "blake2s" -> blake2(false, 32, new byte[0], new byte[0], new byte[0], 1, 1, 0, 0, 0, 0, false);
            default -> null;
        };
    }

    /** A BLAKE2b ({@code big}) or BLAKE2s state; the arguments have been checked against the limits. */
    public static HashState blake2(boolean big, int digestSize, byte[] key, byte[] salt, byte[] person, int fanout, int depth,
                    long leafSize, long nodeOffset, int nodeDepth, int innerSize, boolean lastNode) {
        byte[] parameters = Blake2Parameters.block(big ? 8 : 4, digestSize, key.length, salt, person, fanout, depth, leafSize,
                        nodeOffset, nodeDepth, innerSize);
        return big ? Blake2b.create(parameters, key, lastNode) : Blake2s.create(parameters, key, lastNode);
    }

    /** HMAC (RFC 2104) of {@code message}, from states that have already taken in the inner and outer padded key. */
    private static byte[] hmac(HashState innerStart, HashState outerStart, byte[] message) {
        HashState inner = innerStart.copy();
        inner.update(message);
        HashState outer = outerStart.copy();
        outer.update(inner.digest(0));
        return outer.digest(0);
    }

    /** PBKDF2 (RFC 8018) with HMAC over the hash {@code name}; null if there is no such fixed-size hash. */
    public static byte[] pbkdf2(String name, byte[] password, byte[] salt, long iterations, int keyLength) {
        HashState probe = create(name);
        if (probe == null || probe.digest(0).length == 0) {
            // unknown, or extendable-output (no HMAC over shake)
            return null;
        }
        int blockSize = probe.blockSize();
        byte[] key = password;
        if (key.length > blockSize) {
            probe.update(key);
            key = probe.digest(0);
        }
        HashState innerStart = create(name);
        HashState outerStart = create(name);
        byte[] innerPad = new byte[blockSize];
        byte[] outerPad = new byte[blockSize];
        for (int i = 0; i < blockSize; i++) {
            byte k = i < key.length ? key[i] : 0;
            innerPad[i] = (byte) (k ^ 0x36);
            outerPad[i] = (byte) (k ^ 0x5C);
        }
        innerStart.update(innerPad);
        outerStart.update(outerPad);
        byte[] result = new byte[keyLength];
        int filled = 0;
        for (int blockIndex = 1; filled < keyLength; blockIndex++) {
            byte[] first = new byte[salt.length + 4];
            System.arraycopy(salt, 0, first, 0, salt.length);
            first[salt.length] = (byte) (blockIndex >>> 24);
            first[salt.length + 1] = (byte) (blockIndex >>> 16);
            first[salt.length + 2] = (byte) (blockIndex >>> 8);
            first[salt.length + 3] = (byte) blockIndex;
            byte[] u = hmac(innerStart, outerStart, first);
            byte[] t = u.clone();
            for (long n = 1; n < iterations; n++) {
                u = hmac(innerStart, outerStart, u);
                for (int i = 0; i < t.length; i++) {
                    t[i] ^= u[i];
                }
            }
            int take = Math.min(t.length, keyLength - filled);
            System.arraycopy(t, 0, result, filled, take);
            filled += take;
        }
        return result;
    }
}
