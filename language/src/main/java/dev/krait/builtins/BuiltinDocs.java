package dev.krait.builtins;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;

import dev.krait.runtime.objects.PBuiltinFunction;
import dev.krait.runtime.objects.PNone;
import dev.krait.runtime.objects.PythonClass;

/**
 * The docstrings of Krait's builtin types, functions and methods. The text lives in two resource files next to the
 * bundled library, not in Java code: {@code docs/types.txt} (about 12 KB, read when the builtin types are set up,
 * since each type's namespace holds its {@code __doc__} string) and {@code docs/functions.txt} (read on the first
 * {@code __doc__} of a builtin function or method).
 *
 * <p>
 * Format of both files: an entry starts with a line {@code == key [key...]} naming what it documents (a type
 * {@code dict}, a method {@code dict.get}, a function of builtins {@code len}, or {@code *.__add__} for a special
 * method of any builtin type); the lines up to the next entry are the docstring, trailing blank lines dropped. Lines
 * before the first entry are comments.
 */
final class BuiltinDocs {
    private static final String TYPES = "/dev/krait/docs/types.txt";
    private static final String FUNCTIONS = "/dev/krait/docs/functions.txt";

    private BuiltinDocs() {
    }

    /** Loaded on first use: initialising this holder class reads the file. */
    private static final class Functions {
        static final Map<String, String> DOCS = load(FUNCTIONS);
    }

    /** Read when the builtin types are set up: each type's namespace holds its docstring, as in CPython. */
    private static final class Types {
        static final Map<String, String> DOCS = load(TYPES);
    }

    /** Gives each builtin type without one its {@code __doc__}: its docstring, or None where it has none. */
    static void installTypeDocs(Iterable<PythonClass> classes) {
        for (PythonClass cls : classes) {
            if (cls.getOwn("__doc__") == null) {
                String doc = Types.DOCS.get(cls.getName());
                cls.defineOwn("__doc__", doc != null ? doc : PNone.NONE);
            }
        }
    }

    /**
     * What {@code type.__doc__} shows for a builtin type whose namespace entry {@code __doc__} is a descriptor serving
     * its instances' docstrings (function, property, type itself, ...): the type's own docstring; without one, as in
     * CPython, the descriptor itself (looked up on the class, it gives itself).
     */
    @TruffleBoundary
    static Object docBehindDescriptor(PythonClass cls, Object descriptor) {
        String doc = cls.isBuiltin() ? Types.DOCS.get(cls.getName()) : null;
        return doc != null ? doc : descriptor;
    }

    /** The {@code __doc__} of a builtin function or method: the one it was given, else its entry in the file, else null. */
    @TruffleBoundary
    static Object docOf(PBuiltinFunction function) {
        Object doc = function.getDoc();
        if (doc != null) {
            return doc;
        }
        String name = function.getName();
        if (function.getOwner() == null) {
            String module = function.getModuleName();
            if (module == null || module.equals("builtins")) {
                return Functions.DOCS.get(name);
            }
            return Functions.DOCS.get(module + "." + name);
        }
        String own = Functions.DOCS.get(function.getOwner().getName() + "." + name);
        return own != null ? own : Functions.DOCS.get("*." + name);
    }

    /** Parses a docs file; read as one string and cut with indexOf, which keeps the start-up cost of the types' file small. */
    private static Map<String, String> load(String resource) {
        String text;
        try (InputStream in = BuiltinDocs.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + resource);
            }
            text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Map<String, String> docs = new HashMap<>(512);
        int entry = text.startsWith("== ") ? 0 : text.indexOf("\n== ") + 1;
        while (entry > 0 || (entry == 0 && text.startsWith("== "))) {
            int headerEnd = text.indexOf('\n', entry);
            if (headerEnd < 0) {
                headerEnd = text.length();
            }
            int next = text.indexOf("\n== ", headerEnd - 1);
            int bodyEnd = next < 0 ? text.length() : next;
            int end = bodyEnd;
            while (end > headerEnd && Character.isWhitespace(text.charAt(end - 1))) {
                end--;
            }
            String doc = headerEnd + 1 <= end ? text.substring(headerEnd + 1, end) : "";
            for (int key = entry + 3; key < headerEnd;) {
                int keyEnd = text.indexOf(' ', key);
                if (keyEnd < 0 || keyEnd > headerEnd) {
                    keyEnd = headerEnd;
                }
                if (keyEnd > key) {
                    docs.put(text.substring(key, keyEnd), doc);
                }
                key = keyEnd + 1;
            }
            if (next < 0) {
                break;
            }
            entry = next + 1;
        }
        return docs;
    }
}
