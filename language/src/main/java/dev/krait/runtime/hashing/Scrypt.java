package dev.krait.runtime.hashing;

/**
 * The scrypt key derivation function (RFC 7914): PBKDF2-HMAC-SHA256 around N-fold sequential memory-hard mixing of
 * p blocks of 128r bytes with BlockMix over the Salsa20/8 core. The parameters are checked by the caller.
 */
public final class Scrypt {
    private Scrypt() {
    }

    /** The bytes of memory the derivation needs, as OpenSSL counts them against maxmem. */
    public static long memoryNeeded(long n, long r, long p) {
        return 128 * r * (n + 2) + 128 * r * p;
    }

    public static byte[] derive(byte[] password, byte[] salt, int n, int r, int p, int keyLength) {
        int blockWords = 32 * r;
        byte[] b = HashAlgorithms.pbkdf2("sha256", password, salt, 1, p * 128 * r);
        int[] x = new int[blockWords];
        int[] v = new int[n * blockWords];
        int[] scratch = new int[blockWords];
        for (int block = 0; block < p; block++) {
            int offset = block * 128 * r;
            for (int i = 0; i < blockWords; i++) {
                x[i] = littleEndian(b, offset + 4 * i);
            }
            roMix(x, v, scratch, n, r);
            for (int i = 0; i < blockWords; i++) {
                int word = x[i];
                b[offset + 4 * i] = (byte) word;
                b[offset + 4 * i + 1] = (byte) (word >>> 8);
                b[offset + 4 * i + 2] = (byte) (word >>> 16);
                b[offset + 4 * i + 3] = (byte) (word >>> 24);
            }
        }
        return HashAlgorithms.pbkdf2("sha256", password, b, 1, keyLength);
    }

    private static int littleEndian(byte[] data, int at) {
        return (data[at] & 0xFF) | (data[at + 1] & 0xFF) << 8 | (data[at + 2] & 0xFF) << 16 | (data[at + 3] & 0xFF) << 24;
    }

    /** scryptROMix: fills v with the successive BlockMix results, then mixes x with entries of v it picks. */
    private static void roMix(int[] x, int[] v, int[] scratch, int n, int r) {
        int blockWords = 32 * r;
        for (int i = 0; i < n; i++) {
            System.arraycopy(x, 0, v, i * blockWords, blockWords);
            blockMix(x, scratch, r);
        }
        for (int i = 0; i < n; i++) {
            // Integerify: the first word of the last 64-byte block, modulo n (a power of 2)
            int j = x[(2 * r - 1) * 16] & (n - 1);
            for (int k = 0; k < blockWords; k++) {
                x[k] ^= v[j * blockWords + k];
            }
            blockMix(x, scratch, r);
        }
    }

    /** scryptBlockMix: chains Salsa20/8 over the 2r 64-byte blocks, even results first, then odd ones. */
    private static void blockMix(int[] b, int[] y, int r) {
        int[] state = new int[16];
        System.arraycopy(b, (2 * r - 1) * 16, state, 0, 16);
        for (int i = 0; i < 2 * r; i++) {
            for (int k = 0; k < 16; k++) {
                state[k] ^= b[i * 16 + k];
            }
            salsa20x8(state);
            int target = (i % 2 == 0 ? i / 2 : r + i / 2) * 16;
            System.arraycopy(state, 0, y, target, 16);
        }
        System.arraycopy(y, 0, b, 0, 32 * r);
    }

    /** The Salsa20/8 core: four double rounds (columns, then rows) on the 16 words, added to their input. */
    private static void salsa20x8(int[] in) {
        int[] x = in.clone();
        for (int round = 0; round < 8; round += 2) {
            quarter(x, 0, 4, 8, 12);
            quarter(x, 5, 9, 13, 1);
            quarter(x, 10, 14, 2, 6);
            quarter(x, 15, 3, 7, 11);
            quarter(x, 0, 1, 2, 3);
            quarter(x, 5, 6, 7, 4);
            quarter(x, 10, 11, 8, 9);
            quarter(x, 15, 12, 13, 14);
        }
        for (int i = 0; i < 16; i++) {
            in[i] += x[i];
        }
    }

    /** One quarter-round: b, c, d and a in turn take in the rotated sum of the two words before them. */
    private static void quarter(int[] x, int a, int b, int c, int d) {
        x[b] ^= Integer.rotateLeft(x[a] + x[d], 7);
        x[c] ^= Integer.rotateLeft(x[b] + x[a], 9);
        x[d] ^= Integer.rotateLeft(x[c] + x[b], 13);
        x[a] ^= Integer.rotateLeft(x[d] + x[c], 18);
    }
}
