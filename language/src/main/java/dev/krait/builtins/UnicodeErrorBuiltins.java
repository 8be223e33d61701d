package dev.krait.builtins;

import dev.krait.runtime.KraitContext;
import dev.krait.runtime.bytes.Codecs;
import dev.krait.runtime.objects.PBaseException;
import dev.krait.runtime.objects.PBytes;
import dev.krait.runtime.objects.PNone;
import dev.krait.runtime.objects.PythonClass;
import dev.krait.runtime.protocol.PyObjectRepr;

/**
 * UnicodeDecodeError and UnicodeEncodeError: the attributes {@code encoding, object, start, end, reason} (their five
 * arguments) and CPython's message ("'utf-8' codec can't decode byte 0xff in position 0: invalid start byte");
 * UnicodeTranslateError: {@code object, start, end, reason} (its four arguments; its encoding is None) and its
 * message ("can't translate character '\x62' in position 1: reason").
 */
final class UnicodeErrorBuiltins {
    private UnicodeErrorBuiltins() {
    }

    private static final String[] ATTRIBUTES = {"encoding", "object", "start", "end", "reason"};

    static void install(KraitContext context) {
        for (String name : new String[]{"UnicodeDecodeError", "UnicodeEncodeError", "UnicodeTranslateError"}) {
            PythonClass cls = context.classes().byName(name);
            boolean decode = name.equals("UnicodeDecodeError");
            boolean translate = name.equals("UnicodeTranslateError");
            // a UnicodeTranslateError's arguments are the last four attributes
            int skipped = translate ? 1 : 0;
            int count = ATTRIBUTES.length - skipped;
            if (translate) {
                // no encoding argument: None until a program sets one
                cls.defineOwn("encoding", PNone.NONE);
            }
            for (int i = 0; i < count; i++) {
                int position = i;
                BuiltinTypeInstaller.getset(context, cls, ATTRIBUTES[i + skipped], self -> {
                    Object[] args = ((PBaseException) self).getArgs();
                    return args.length == count ? args[position] : PNone.NONE;
                }, (self, value) -> {
                    // an error handler may change the object, positions or reason (codecs then go on with them);
                    // Krait keeps them in args, so args shows the change too (CPython's args keep the originals)
                    if (value == null) {
                        throw dev.krait.runtime.exceptions.Errors.typeError("can't delete attribute");
                    }
                    PBaseException exception = (PBaseException) self;
                    Object[] args = exception.getArgs();
                    if (args.length == count) {
                        Object[] changed = args.clone();
                        changed[position] = value;
                        exception.setArgs(changed);
                    }
                });
            }
            OperatorMethods.define(context, cls, "__str__", OperatorMethods.UNARY, v -> v instanceof PBaseException,
                            a -> translate ? translateMessage((PBaseException) a[0]) : message((PBaseException) a[0], decode));
        }
    }

    private static String translateMessage(PBaseException exception) {
        Object[] args = exception.getArgs();
        if (args.length != 4 || !(args[0] instanceof String text) || !(args[1] instanceof Long start) || !(args[2] instanceof Long end) ||
                        !(args[3] instanceof String reason)) {
            return PyObjectRepr.exceptionStr(exception);
        }
        if (end == start + 1 && start >= 0 && start < text.codePointCount(0, text.length())) {
            int cp = text.codePointAt(text.offsetByCodePoints(0, (int) (long) start));
            return "can't translate character '" + Codecs.escape(cp) + "' in position " + start + ": " + reason;
        }
        return "can't translate characters in position " + start + "-" + (end - 1) + ": " + reason;
    }

    private static String message(PBaseException exception, boolean decode) {
        Object[] args = exception.getArgs();
        if (args.length != ATTRIBUTES.length || !(args[0] instanceof String encoding) || !(args[2] instanceof Long start) ||
                        !(args[3] instanceof Long end) || !(args[4] instanceof String reason)) {
            return PyObjectRepr.exceptionStr(exception);
        }
        String head = "'" + encoding + "' codec can't " + (decode ? "decode" : "encode") + " ";
        if (end == start + 1) {
            if (decode && args[1] instanceof PBytes bytes && start >= 0 && start < bytes.length()) {
                return head + String.format("byte 0x%02x in position %d: %s", bytes.get((int) (long) start), start, reason);
            }
            if (!decode && args[1] instanceof String text && start >= 0 && start < text.codePointCount(0, text.length())) {
                int cp = text.codePointAt(text.offsetByCodePoints(0, (int) (long) start));
                return head + "character '" + Codecs.escape(cp) + "' in position " + start + ": " + reason;
            }
        }
        return head + (decode ? "bytes" : "characters") + " in position " + start + "-" + (end - 1) + ": " + reason;
    }
}
