package dev.krait.runtime.compression;

/**
 * The container around deflate data, chosen by zlib's wbits: zlib (8..15), raw (-15..-9), gzip (25..31), and when
 * decompressing also 0 (zlib, the header's window), -8, 16 and 24 (gzip), and 32 or 40..47: zlib or gzip, as the
 * first bytes say.
 */
public enum ZlibFormat {
    ZLIB,
    RAW,
    GZIP,
    AUTO;

    /** The format for wbits, or null if wbits is not one zlib accepts. */
    public static ZlibFormat of(long wbits, boolean decompressing) {
        if (wbits >= 8 && wbits <= 15 || decompressing && wbits == 0) {
            return ZLIB;
        } else if (wbits >= -15 && wbits <= -9 || decompressing && wbits == -8) {
            return RAW;
        } else if (wbits >= 25 && wbits <= 31 || decompressing && (wbits == 24 || wbits == 16)) {
            return GZIP;
        } else if (decompressing && (wbits >= 40 && wbits <= 47 || wbits == 32)) {
            return AUTO;
        }
        return null;
    }
}
