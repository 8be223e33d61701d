package dev.krait.runtime.bytes;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;

import dev.krait.runtime.KraitContext;
import dev.krait.runtime.ModuleLoader;
import dev.krait.runtime.exceptions.Errors;
import dev.krait.runtime.exceptions.PException;
import dev.krait.runtime.objects.PBoxedValue;
import dev.krait.runtime.objects.PBytes;
import dev.krait.runtime.objects.PTuple;
import dev.krait.runtime.protocol.PyObjectCall;
import dev.krait.runtime.protocol.PyObjectGetAttr;
import dev.krait.runtime.protocol.PyObjectGetItem;
import dev.krait.runtime.protocol.PyObjectIsTrue;
import dev.krait.runtime.protocol.PyObjectType;

/**
 * {@code str.encode} and {@code bytes.decode} with a codec {@link Codecs} does not implement in Java (idna,
 * punycode, a codec a program registered): the codec registry of the bundled {@code codecs.py} finds it, and, as in
 * CPython, it must be a text encoding whose encoder gives bytes and whose decoder gives str, and an exception from
 * the codec gets a note naming it.
 */
final class RegisteredCodecs {
    private RegisteredCodecs() {
    }

    /**
     * The encoder (item 0) or decoder (item 1) of what the codec registry found, which is a 4-tuple; as in CPython
     * a plain tuple, or an object without {@code _is_text_encoding}, counts as a text encoding.
     */
    private static Object codecFunction(String encoding, String use, int item) {
        Object codecs = ModuleLoader.importModule(KraitContext.get(null), "codecs");
        Object info = PyObjectCall.call(PyObjectGetAttr.get(codecs, "lookup"), encoding);
        if (PyObjectType.classOf(info) != KraitContext.get(null).classes().tupleClass) {
            Object isText = PyObjectGetAttr.getOrNull(info, "_is_text_encoding");
            if (isText != null && !PyObjectIsTrue.isTrue(isText)) {
                throw Errors.lookupError("'" + encoding + "' is not a text encoding; use codecs." + use + "() to handle arbitrary codecs");
            }
        }
        return PyObjectGetItem.getItem(info, (long) item);
    }

    /** The first item of the (result, length consumed) tuple a codec function returns. */
    private static Object result(Object returned, String what) {
        if (!(returned instanceof PTuple tuple) || tuple.items().length != 2) {
            // CPython's two messages differ in a space
            throw Errors.typeError(what.equals("encoder") ? "encoder must return a tuple (object, integer)" : "decoder must return a tuple (object,integer)");
        }
        return tuple.items()[0];
    }

    @TruffleBoundary
    static byte[] encode(String text, String encoding, String errors) {
        Object encoder = codecFunction(encoding, "encode", 0);
        Object returned;
        try {
            returned = PyObjectCall.call(encoder, text, errors);
        } catch (PException e) {
            throw CharsetCodecs.withNote(e, "encoding with '" + encoding + "' codec failed");
        }
        Object encoded = result(returned, "encoder");
        if (!(encoded instanceof PBytes bytes)) {
            throw Errors.typeError("'" + encoding + "' encoder returned '" + PyObjectType.typeName(encoded) +
                            "' instead of 'bytes'; use codecs.encode() to encode to arbitrary types");
        }
        return bytes.bytes();
    }

    @TruffleBoundary
    static String decode(byte[] data, String encoding, String errors) {
        Object decoder = codecFunction(encoding, "decode", 1);
        Object returned;
        try {
            returned = PyObjectCall.call(decoder, ByteSequences.newBytes(data), errors);
        } catch (PException e) {
            throw CharsetCodecs.withNote(e, "decoding with '" + encoding + "' codec failed");
        }
        Object decoded = result(returned, "decoder");
        if (!(PBoxedValue.unwrap(decoded) instanceof String text)) {
            throw Errors.typeError("'" + encoding + "' decoder returned '" + PyObjectType.typeName(decoded) +
                            "' instead of 'str'; use codecs.decode() to decode to arbitrary types");
        }
        return text;
    }
}
