package dev.krait.runtime.hashing;

/**
 * The Keccak-f[1600] sponge of FIPS 202 with the SHAKE domain padding: {@code shake_128} (rate 168 bytes) and
 * {@code shake_256} (rate 136 bytes), whose digest has any length asked for.
 */
final class KeccakSponge extends HashState {
    private static final long[] ROUND_CONSTANTS = {
                    0x0000000000000001L, 0x0000000000008082L, 0x800000000000808AL, 0x8000000080008000L,
                    0x000000000000808BL, 0x0000000080000001L, 0x8000000080008081L, 0x8000000000008009L,
                    0x000000000000008AL, 0x0000000000000088L, 0x0000000080008009L, 0x000000008000000AL,
                    0x000000008000808BL, 0x800000000000008BL, 0x8000000000008089L, 0x8000000000008003L,
                    0x8000000000008002L, 0x8000000000000080L, 0x000000000000800AL, 0x800000008000000AL,
                    0x8000000080008081L, 0x8000000000008080L, 0x0000000080000001L, 0x8000000080008008L};

    /** The rotation of lane (x, y), at index x + 5y. */
    private static final int[] ROTATIONS = {
                    0, 1, 62, 28, 27,
                    36, 44, 6, 55, 20,
                    3, 10, 43, 25, 39,
                    41, 45, 15, 21, 8,
                    18, 2, 61, 56, 14};

    /** The domain bits and first padding bit of SHAKE. */
    private static final int SHAKE_PADDING = 0x1F;

    private final long[] lanes;
    private final int rate;
    /** How many bytes of the current block have been absorbed. */
    private int position;

    KeccakSponge(int rate) {
        this(new long[25], rate, 0);
    }

    private KeccakSponge(long[] lanes, int rate, int position) {
        this.lanes = lanes;
        this.rate = rate;
        this.position = position;
    }

    private static void xorByte(long[] lanes, int index, int value) {
        lanes[index >>> 3] ^= (long) (value & 0xFF) << (8 * (index & 7));
    }

    @Override
    public void update(byte[] data, int offset, int length) {
        for (int i = 0; i < length; i++) {
            xorByte(lanes, position, data[offset + i]);
            position++;
            if (position == rate) {
                permute(lanes);
                position = 0;
            }
        }
    }

    @Override
    public byte[] digest(int length) {
        long[] state = lanes.clone();
        xorByte(state, position, SHAKE_PADDING);
        xorByte(state, rate - 1, 0x80);
        permute(state);
        byte[] out = new byte[length];
        int offset = 0;
        while (true) {
            for (int i = 0; i < rate && offset < length; i++) {
                out[offset++] = (byte) (state[i >>> 3] >>> (8 * (i & 7)));
            }
            if (offset == length) {
                return out;
            }
            permute(state);
        }
    }

    @Override
    public HashState copy() {
        return new KeccakSponge(lanes.clone(), rate, position);
    }

    @Override
    public int blockSize() {
        return rate;
    }

    private static void permute(long[] a) {
        long[] c = new long[5];
        long[] b = new long[25];
        for (int round = 0; round < 24; round++) {
            for (int x = 0; x < 5; x++) {
                c[x] = a[x] ^ a[x + 5] ^ a[x + 10] ^ a[x + 15] ^ a[x + 20];
            }
            for (int x = 0; x < 5; x++) {
                long d = c[(x + 4) % 5] ^ Long.rotateLeft(c[(x + 1) % 5], 1);
                for (int y = 0; y < 25; y += 5) {
                    a[x + y] ^= d;
                }
            }
            for (int x = 0; x < 5; x++) {
                for (int y = 0; y < 5; y++) {
                    b[y + 5 * ((2 * x + 3 * y) % 5)] = Long.rotateLeft(a[x + 5 * y], ROTATIONS[x + 5 * y]);
                }
            }
            for (int y = 0; y < 25; y += 5) {
                for (int x = 0; x < 5; x++) {
                    a[x + y] = b[x + y] ^ (~b[(x + 1) % 5 + y] & b[(x + 2) % 5 + y]);
                }
            }
            a[0] ^= ROUND_CONSTANTS[round];
        }
    }
}
