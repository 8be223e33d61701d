package dev.krait.translator;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;

import com.oracle.truffle.api.TruffleFile;

import dev.krait.KraitLanguage;

/**
 * Tells Truffle which files are Python source ({@code .py}) and in which encoding to read them: PEP 263's coding
 * declaration in the first two lines, UTF-8 otherwise. A UTF-8 byte order mark survives the decoding as U+FEFF;
 * {@link SourceCompiler} drops it from file sources (a string given to exec keeps it, and it is a SyntaxError there).
 */
public final class PythonFileDetector implements TruffleFile.FileTypeDetector {
    /** Enough bytes for the two lines a coding declaration may be on. */
    private static final int HEAD_BYTES = 4096;

    @Override
    public String findMimeType(TruffleFile file) throws IOException {
        String name = file.getName();
        return name != null && name.endsWith(".py") ? KraitLanguage.MIME_TYPE : null;
    }

    @Override
    public Charset findEncoding(TruffleFile file) throws IOException {
        byte[] head;
        try (InputStream in = file.newInputStream()) {
            head = in.readNBytes(HEAD_BYTES);
        }
        String declared = SourceBytes.declaredEncoding(head, SourceBytes.startsWithByteOrderMark(head) ? 3 : 0);
        if (declared == null) {
            return StandardCharsets.UTF_8;
        }
        String name = SourceBytes.normalName(declared);
        try {
            return Charset.forName(name.replace('_', '-'));
        } catch (IllegalArgumentException e) {
            // not a charset Java knows by this name (cp1252 is windows-1252 there)
            if (name.toLowerCase(java.util.Locale.ROOT).startsWith("cp")) {
                try {
                    return Charset.forName("windows-" + name.substring(2));
                } catch (IllegalArgumentException unknown) {
                    return StandardCharsets.UTF_8;
                }
            }
            return StandardCharsets.UTF_8;
        }
    }
}
