package dev.krait.builtins;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;

import dev.krait.runtime.KraitContext;
import dev.krait.runtime.objects.PDict;
import dev.krait.runtime.objects.PTuple;
import dev.krait.runtime.objects.PythonClass;
import dev.krait.runtime.protocol.PyObjectRepr;

/**
 * CPython's struct sequences ({@code sys.version_info}, {@code sys.float_info}, …): tuple subclasses whose items are
 * also named attributes, printed as {@code sys.float_info(max=..., ...)}.
 */
final class StructSequence {
    private StructSequence() {
    }

    /** A struct sequence type {@code module.name} with the given fields, and an instance holding {@code values}. */
    @TruffleBoundary
    static PTuple make(KraitContext context, String module, String name, String[] fields, Object[] values) {
        var classes = context.classes();
        PDict namespace = context.newDict();
        namespace.setItem("__module__", module);
        PythonClass cls = ClassBuilder.createClass(context, classes.typeClass, name, new Object[]{classes.tupleClass}, namespace, context.newDict());
        for (int i = 0; i < fields.length; i++) {
            int index = i;
            BuiltinTypeInstaller.getset(context, cls, fields[i], self -> ((PTuple) self).get(index), null);
        }
        String qualified = module + "." + name;
        OperatorMethods.define(context, cls, "__repr__", OperatorMethods.UNARY, self -> self instanceof PTuple, args -> {
            PTuple tuple = (PTuple) args[0];
            StringBuilder sb = new StringBuilder(qualified).append('(');
            for (int i = 0; i < fields.length; i++) {
                sb.append(i == 0 ? "" : ", ").append(fields[i]).append('=').append(PyObjectRepr.repr(tuple.get(i)));
            }
            return sb.append(')').toString();
        });
        cls.defineOwn("n_fields", (long) fields.length);
        cls.defineOwn("n_sequence_fields", (long) fields.length);
        return new PTuple(cls, context.getShape(), values);
    }
}
