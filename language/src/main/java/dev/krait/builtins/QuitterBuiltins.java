package dev.krait.builtins;

import com.oracle.truffle.api.dsl.GenerateNodeFactory;
import com.oracle.truffle.api.dsl.Specialization;

import dev.krait.runtime.KraitContext;
import dev.krait.runtime.ObjectAttributes;
import dev.krait.runtime.exceptions.ErrorType;
import dev.krait.runtime.exceptions.PException;
import dev.krait.runtime.objects.PModule;
import dev.krait.runtime.objects.PNone;
import dev.krait.runtime.objects.PythonObject;

/**
 * {@code exit} and {@code quit}: the objects CPython's {@code site} module puts in builtins. Their repr tells a
 * REPL user how to leave; calling one raises {@code SystemExit(code)}.
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

    @Builtin(name = "__repr__", params = {"self", "/"})
    @GenerateNodeFactory
    abstract static class ReprNode extends BuiltinNode.Builtin1 {
        @Specialization
        static String repr(Object self) {
            PythonObject quitter = (PythonObject) self;
            return "Use " + ObjectAttributes.get(quitter, "name") + "() or " + ObjectAttributes.get(quitter, "eof") + " to exit";
        }
    }

    @Builtin(name = "__call__", params = {"self", "code=", "/"})
    @GenerateNodeFactory
    abstract static class CallNode extends BuiltinNode.Builtin2 {
        @Specialization
        static Object call(Object self, Object code) {
            KraitContext context = KraitContext.get(null);
            Object[] args = code == PNone.NO_VALUE ? new Object[0] : new Object[]{code};
            throw PException.raise(context.newException(ErrorType.SystemExit, args), null);
        }
    }
}
