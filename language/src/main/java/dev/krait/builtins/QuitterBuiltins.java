package dev.krait.builtins;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.dsl.GenerateNodeFactory;
import com.oracle.truffle.api.dsl.Specialization;

import dev.krait.runtime.KraitContext;
import dev.krait.runtime.ObjectAttributes;
import dev.krait.runtime.exceptions.ErrorType;
import dev.krait.runtime.exceptions.PException;
import dev.krait.runtime.objects.PModule;
import dev.krait.runtime.objects.PNone;
import dev.krait.runtime.objects.PythonObject;
import dev.krait.runtime.protocol.PyObjectCall;
import dev.krait.runtime.protocol.PyObjectGetAttr;
import dev.krait.runtime.protocol.PyObjectRepr;

/**
 * {@code exit} and {@code quit}: the {@code _sitebuiltins.Quitter} objects CPython's {@code site} module puts in
 * builtins. Their repr tells a REPL user how to leave; calling one closes {@code sys.stdin} and raises
 * {@code SystemExit(code)}.
 */
final class QuitterBuiltins {
    private QuitterBuiltins() {
    }

    static void install(KraitContext context, PModule builtins) {
        var cls = context.classes().byName("Quitter");
        for (String name : new String[]{"exit", "quit"}) {
            PythonObject quitter = context.newObject(cls);
            ObjectAttributes.put(quitter, "name", name);
            ObjectAttributes.put(quitter, "eof", "Ctrl-D (i.e. EOF)");
            ObjectAttributes.put(builtins, name, quitter);
        }
    }

    @Builtin(name = "__init__", params = {"self", "name", "eof"})
    @GenerateNodeFactory
    abstract static class InitNode extends BuiltinNode.Builtin3 {
        @Specialization
        static Object init(Object self, Object name, Object eof) {
            ObjectAttributes.put((PythonObject) self, "name", name);
            ObjectAttributes.put((PythonObject) self, "eof", eof);
            return PNone.NONE;
        }
    }

    @Builtin(name = "__repr__", params = {"self"})
    @GenerateNodeFactory
    abstract static class ReprNode extends BuiltinNode.Builtin1 {
        @Specialization
        @TruffleBoundary
        static String repr(Object self) {
            return "Use " + PyObjectRepr.str(PyObjectGetAttr.get(self, "name")) + "() or " + PyObjectRepr.str(PyObjectGetAttr.get(self, "eof")) +
                            " to exit";
        }
    }

    @Builtin(name = "__call__", params = {"self", "code="})
    @GenerateNodeFactory
    abstract static class CallNode extends BuiltinNode.Builtin2 {
        @Specialization
        @TruffleBoundary
        static Object call(Object self, Object code) {
            KraitContext context = KraitContext.get(null);
            try {
                PModule sys = context.getModule("sys");
                Object stdin = sys == null ? null : ObjectAttributes.get(sys, "stdin");
                if (stdin != null) {
                    PyObjectCall.call(PyObjectGetAttr.get(stdin, "close"));
                }
            } catch (PException e) {
                // as CPython's Quitter: a stdin that cannot be closed does not stop the exit
            }
            Object[] args = {code == PNone.NO_VALUE ? PNone.NONE : code};
            throw PException.raise(context.newException(ErrorType.SystemExit, args), null);
        }
    }
}
