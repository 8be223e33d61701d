package dev.krait.runtime.hashing;

/** BLAKE2s (RFC 7693): 32-bit words, 64-byte blocks, 10 rounds, digests of 1 to 32 bytes. */
final class Blake2s extends HashState {
    static final int BLOCK_BYTES = 64;

    private static final int[] IV = {
                    0x6A09E667, 0xBB67AE85, 0x3C6EF372, 0xA54FF53A, 0x510E527F, 0x9B05688C, 0x1F83D9AB, 0x5BE0CD19};

    private final int[] h;
    private final byte[] buffer;
    private int buffered;
    /** The byte count so far (BLAKE2s counts in 64 bits, so the high part stays 0). */
    private long countLow;
    private long countHigh;
    private final int digestSize;
    private final boolean lastNode;

    private Blake2s(int[] h, byte[] buffer, int buffered, long countLow, long countHigh, int digestSize, boolean lastNode) {
        this.h = h;
        this.buffer = buffer;
        this.buffered = buffered;
        this.countLow = countLow;
        this.countHigh = countHigh;
        this.digestSize = digestSize;
        this.lastNode = lastNode;
    }

    /** A new state from the parameter block (which gives the digest size and key length) and the key. */
    static Blake2s create(byte[] parameters, byte[] key, boolean lastNode) {
        int[] h = new int[8];
        for (int i = 0; i < 8; i++) {
            h[i] = IV[i] ^ word(parameters, 4 * i);
        }
        Blake2s state = new Blake2s(h, new byte[BLOCK_BYTES], 0, 0, 0, parameters[0] & 0xFF, lastNode);
        if (key.length > 0) {
            byte[] block = new byte[BLOCK_BYTES];
            System.arraycopy(key, 0, block, 0, key.length);
            state.update(block, 0, BLOCK_BYTES);
        }
        return state;
    }

    private static int word(byte[] data, int at) {
        int value = 0;
        for (int i = 3; i >= 0; i--) {
            value = (value << 8) | (data[at + i] & 0xFF);
        }
        return value;
    }

    @Override
    public void update(byte[] data, int offset, int length) {
        int i = offset;
        int end = offset + length;
        while (i < end) {
            if (buffered == BLOCK_BYTES) {
                addToCount(BLOCK_BYTES);
                compress(h, buffer, countLow, countHigh, false, false);
                buffered = 0;
            }
            int take = Math.min(BLOCK_BYTES - buffered, end - i);
            System.arraycopy(data, i, buffer, buffered, take);
            buffered += take;
            i += take;
        }
    }

    private void addToCount(int bytes) {
        long before = countLow;
        countLow += bytes;
        if (Long.compareUnsigned(countLow, before) < 0) {
            countHigh++;
        }
    }

    @Override
    public byte[] digest(int length) {
        Blake2s last = (Blake2s) copy();
        last.addToCount(last.buffered);
        java.util.Arrays.fill(last.buffer, last.buffered, BLOCK_BYTES, (byte) 0);
        compress(last.h, last.buffer, last.countLow, last.countHigh, true, lastNode);
        byte[] out = new byte[digestSize];
        for (int i = 0; i < digestSize; i++) {
            out[i] = (byte) (last.h[i >>> 2] >>> (8 * (i & 3)));
        }
        return out;
    }

    @Override
    public HashState copy() {
        return new Blake2s(h.clone(), buffer.clone(), buffered, countLow, countHigh, digestSize, lastNode);
    }

    @Override
    public int blockSize() {
        return BLOCK_BYTES;
    }

    private static void compress(int[] h, byte[] block, long countLow, long countHigh, boolean last, boolean lastNode) {
        int[] m = new int[16];
        for (int i = 0; i < 16; i++) {
            m[i] = word(block, 4 * i);
        }
        int[] v = new int[16];
        System.arraycopy(h, 0, v, 0, 8);
        System.arraycopy(IV, 0, v, 8, 8);
        v[12] ^= (int) countLow;
        v[13] ^= (int) (countLow >>> 32);
        if (last) {
            v[14] = ~v[14];
            if (lastNode) {
                v[15] = ~v[15];
            }
        }
        for (int round = 0; round < 10; round++) {
            byte[] s = Blake2Parameters.SIGMA[round % 10];
            mix(v, 0, 4, 8, 12, m[s[0]], m[s[1]]);
            mix(v, 1, 5, 9, 13, m[s[2]], m[s[3]]);
            mix(v, 2, 6, 10, 14, m[s[4]], m[s[5]]);
            mix(v, 3, 7, 11, 15, m[s[6]], m[s[7]]);
            mix(v, 0, 5, 10, 15, m[s[8]], m[s[9]]);
            mix(v, 1, 6, 11, 12, m[s[10]], m[s[11]]);
            mix(v, 2, 7, 8, 13, m[s[12]], m[s[13]]);
            mix(v, 3, 4, 9, 14, m[s[14]], m[s[15]]);
        }
        for (int i = 0; i < 8; i++) {
            h[i] ^= v[i] ^ v[i + 8];
        }
    }

    private static void mix(int[] v, int a, int b, int c, int d, int x, int y) {
        v[a] = v[a] + v[b] + x;
        v[d] = Integer.rotateRight(v[d] ^ v[a], 16);
        v[c] = v[c] + v[d];
        v[b] = Integer.rotateRight(v[b] ^ v[c], 12);
        v[a] = v[a] + v[b] + y;
        v[d] = Integer.rotateRight(v[d] ^ v[a], 8);
        v[c] = v[c] + v[d];
        v[b] = Integer.rotateRight(v[b] ^ v[c], 7);
    }
}
