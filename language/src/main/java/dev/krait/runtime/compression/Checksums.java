package dev.krait.runtime.compression;

/**
 * The running checksums of zlib and binascii, each continuing from a given value: CRC-32 (ISO 3309, reflected
 * polynomial 0xEDB88320), Adler-32 (RFC 1950) and CRC-CCITT as binhex uses it (polynomial 0x1021, not reflected).
 */
public final class Checksums {
    private static final int[] CRC32_TABLE = new int[256];
    private static final int[] CRC_HQX_TABLE = new int[256];

    static {
        for (int n = 0; n < 256; n++) {
            int c = n;
            for (int k = 0; k < 8; k++) {
                c = (c & 1) != 0 ? 0xEDB88320 ^ (c >>> 1) : c >>> 1;
            }
            CRC32_TABLE[n] = c;
            int h = n << 8;
            for (int k = 0; k < 8; k++) {
                h = (h & 0x8000) != 0 ? (h << 1) ^ 0x1021 : h << 1;
            }
            CRC_HQX_TABLE[n] = h & 0xFFFF;
        }
    }

    private Checksums() {
    }

    public static long crc32(byte[] data, int offset, int length, long start) {
        int c = ~(int) start;
        for (int i = offset; i < offset + length; i++) {
            c = CRC32_TABLE[(c ^ data[i]) & 0xFF] ^ (c >>> 8);
        }
        return ~c & 0xFFFFFFFFL;
    }

    public static long adler32(byte[] data, long start) {
        long a = start & 0xFFFF;
        long b = (start >>> 16) & 0xFFFF;
        int i = 0;
        while (i < data.length) {
            // 5552 bytes is the most that can be summed before the 32-bit sums could overflow; longs leave room too.
            int end = Math.min(data.length, i + 5552);
            for (; i < end; i++) {
                a += data[i] & 0xFF;
                b += a;
            }
            a %= 65521;
            b %= 65521;
        }
        return (b << 16) | a;
    }

    public static long crcHqx(byte[] data, long start) {
        int c = (int) start & 0xFFFF;
        for (byte value : data) {
            c = ((c << 8) & 0xFF00) ^ CRC_HQX_TABLE[((c >>> 8) ^ value) & 0xFF];
        }
        return c;
    }
}
