package dev.krait.runtime.bytes;

/**
 * A codec of CPython's {@code encodings} package that Krait builds on a JDK charset: its module name ({@code cp1252}),
 * the name its CodecInfo carries ({@code cp1252}, {@code iso8859-2}) and the name its errors give ('charmap' for the
 * single-byte codecs, the module name for the multibyte ones).
 */
abstract class CharsetCodec {
    final String module;
    final String name;
    final String errorName;

    CharsetCodec(String module, String name, String errorName) {
        this.module = module;
        this.name = name;
        this.errorName = errorName;
    }

    /** The text of data and how many bytes that used: all when final, else all but an unfinished last character. */
    abstract EscapeCodecs.Decoded decode(byte[] data, String errors, boolean isFinal);

    abstract byte[] encode(String text, String errors);
}
