package dev.krait.builtins;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.dsl.GenerateNodeFactory;
import com.oracle.truffle.api.dsl.Specialization;

import dev.krait.runtime.KraitContext;
import dev.krait.runtime.ObjectAttributes;
import dev.krait.runtime.objects.PGetSetDescriptor;
import dev.krait.runtime.objects.PythonClass;
import dev.krait.runtime.objects.PythonObject;
import dev.krait.runtime.exceptions.Errors;
import dev.krait.runtime.objects.PBaseException;
import dev.krait.runtime.objects.PNone;
import dev.krait.runtime.objects.PTuple;

/** {@code SyntaxError(msg, (filename, lineno, offset, text[, end_lineno, end_offset]))} and its attributes. */
final class SyntaxErrorBuiltins {
    private SyntaxErrorBuiltins() {
    }

    private static final String[] DETAILS = {"filename", "lineno", "offset", "text", "end_lineno", "end_offset"};

    /**
     * The attributes are members of the type, as CPython's ({@code SyntaxError.msg} is a member_descriptor); their
     * values live in the instance's attributes under the same names, None until set.
     */
    static void installMembers(KraitContext context) {
        PythonClass cls = context.classes().byName("SyntaxError");
        for (String name : new String[]{"msg", "filename", "lineno", "offset", "text", "end_lineno", "end_offset", "print_file_and_line"}) {
            cls.defineOwn(name, new PGetSetDescriptor(context.classes().memberDescriptorClass, context.getShape(), name, cls, instance -> {
                Object value = instance instanceof PythonObject object ? ObjectAttributes.get(object, name) : null;
                return value == null ? PNone.NONE : value;
            }, (instance, value) -> {
                if (value != null) {
                    ObjectAttributes.put((PythonObject) instance, name, value);
                } else {
                    ObjectAttributes.remove((PythonObject) instance, name);
                }
            }));
        }
    }

    @Builtin(name = "__init__", params = {"self", "*args"})
    @GenerateNodeFactory
    abstract static class InitNode extends BuiltinNode.Builtin2 {
        @Specialization
        @TruffleBoundary
        static Object init(Object self, Object args) {
            PBaseException exception = (PBaseException) self;
            Object[] items = ((PTuple) args).items();
            exception.setArgs(items);
            ObjectAttributes.put(exception, "msg", items.length > 0 ? items[0] : PNone.NONE);
            for (String name : DETAILS) {
                ObjectAttributes.put(exception, name, PNone.NONE);
            }
            ObjectAttributes.put(exception, "print_file_and_line", PNone.NONE);
            if (items.length == 2) {
                if (!(items[1] instanceof PTuple details) || details.length() < 4 || details.length() > 6) {
                    throw Errors.indexError("tuple index out of range");
                }
                for (int i = 0; i < details.length(); i++) {
                    ObjectAttributes.put(exception, DETAILS[i], details.get(i));
                }
            }
            return PNone.NONE;
        }
    }
}
