package dev.krait.runtime.hashing;

/**
 * The parameter block of BLAKE2 (RFC 7693 and the BLAKE2 paper's tree-hashing fields), as little-endian bytes: 64
 * bytes for BLAKE2b, 32 for BLAKE2s. Its words are xored into the initial state.
 */
final class Blake2Parameters {
    private Blake2Parameters() {
    }

    /**
     * The block for a hash of {@code wordBytes}-byte words (8 for BLAKE2b, 4 for BLAKE2s); salt and person are at most
     * 2 * wordBytes bytes, shorter ones padded with zeros.
     */
    static byte[] block(int wordBytes, int digestSize, int keyLength, byte[] salt, byte[] person, int fanout, int depth,
                    long leafSize, long nodeOffset, int nodeDepth, int innerSize) {
        byte[] block = new byte[8 * wordBytes];
        block[0] = (byte) digestSize;
        block[1] = (byte) keyLength;
        block[2] = (byte) fanout;
        block[3] = (byte) depth;
        putLittleEndian(block, 4, leafSize, 4);
        int offsetBytes = wordBytes == 8 ? 8 : 6;
        putLittleEndian(block, 8, nodeOffset, offsetBytes);
        block[8 + offsetBytes] = (byte) nodeDepth;
        block[9 + offsetBytes] = (byte) innerSize;
        int saltAt = 4 * wordBytes;
        System.arraycopy(salt, 0, block, saltAt, salt.length);
        System.arraycopy(person, 0, block, saltAt + 2 * wordBytes, person.length);
        return block;
    }

    private static void putLittleEndian(byte[] block, int at, long value, int count) {
        for (int i = 0; i < count; i++) {
            block[at + i] = (byte) (value >>> (8 * i));
        }
    }

    static final byte[][] SIGMA = {
                    {0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15},
                    {14, 10, 4, 8, 9, 15, 13, 6, 1, 12, 0, 2, 11, 7, 5, 3},
                    {11, 8, 12, 0, 5, 2, 15, 13, 10, 14, 3, 6, 7, 1, 9, 4},
                    {7, 9, 3, 1, 13, 12, 11, 14, 2, 6, 5, 10, 4, 0, 15, 8},
                    {9, 0, 5, 7, 2, 4, 10, 15, 14, 1, 11, 12, 6, 8, 3, 13},
                    {2, 12, 6, 10, 0, 11, 8, 3, 4, 13, 7, 5, 15, 14, 1, 9},
                    {12, 5, 1, 15, 14, 13, 4, 10, 0, 7, 6, 3, 9, 2, 8, 11},
                    {13, 11, 7, 14, 12, 1, 3, 9, 5, 0, 15, 4, 8, 6, 2, 10},
                    {6, 15, 14, 9, 11, 3, 0, 8, 12, 2, 13, 7, 1, 4, 10, 5},
                    {10, 2, 8, 4, 7, 6, 1, 5, 15, 11, 9, 14, 3, 12, 13, 0}};
}
