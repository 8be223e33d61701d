package dev.krait.builtins;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.dsl.GenerateNodeFactory;
import com.oracle.truffle.api.dsl.Specialization;

import dev.krait.runtime.KraitContext;
import dev.krait.runtime.exceptions.Errors;
import dev.krait.runtime.objects.PBaseException;
import dev.krait.runtime.objects.PNone;
import dev.krait.runtime.objects.PTuple;
import dev.krait.runtime.objects.PythonClass;
import dev.krait.runtime.protocol.PyIter;
import dev.krait.runtime.protocol.PyObjectRepr;
import dev.krait.runtime.protocol.PyObjectType;

/** {@code BaseException} and its attributes ({@code args}, {@code __cause__}, {@code __context__}, …). */
final class ExceptionBuiltins {
    private ExceptionBuiltins() {
    }

    static void installAttributes(KraitContext context) {
        PythonClass base = context.classes().baseException;
        BuiltinTypeInstaller.getset(context, base, "args", self -> context.newTuple(((PBaseException) self).getArgs()),
                        (self, value) -> ((PBaseException) self).setArgs(PyIter.toArray(notDeleted(value, "args")).clone()));
        BuiltinTypeInstaller.getset(context, base, "__cause__", self -> orNone(((PBaseException) self).getCause()), (self, value) -> {
            ((PBaseException) self).setCause(exceptionOrNull(notDeleted(value, "__cause__"), "cause"));
            ((PBaseException) self).setSuppressContext(true);
        });
        BuiltinTypeInstaller.getset(context, base, "__context__", self -> orNone(((PBaseException) self).getContext()),
                        (self, value) -> ((PBaseException) self).setContext(exceptionOrNull(notDeleted(value, "__context__"), "context")));
        BuiltinTypeInstaller.getset(context, base, "__suppress_context__", self -> ((PBaseException) self).getSuppressContext(), (self, value) -> {
            if (value == null) {
                throw Errors.typeError("can't delete numeric/char attribute"); // a member of CPython's exception struct
            }
            ((PBaseException) self).setSuppressContext(dev.krait.runtime.protocol.PyObjectIsTrue.isTrue(value));
        });
        BuiltinTypeInstaller.getset(context, base, "__traceback__", self -> dev.krait.runtime.FrameObjects.tracebackOf(context, (PBaseException) self),
                        (self, value) -> setTraceback((PBaseException) self, notDeleted(value, "__traceback__")));
        PythonClass stopIteration = context.classes().byName("StopIteration");
        BuiltinTypeInstaller.getset(context, stopIteration, "value", self -> {
            PBaseException exception = (PBaseException) self;
            if (exception.getAssignedMember() != null) {
                return exception.getAssignedMember();
            }
            Object[] args = exception.getArgs();
            return args.length > 0 ? args[0] : PNone.NONE;
        }, ExceptionBuiltins::assignMember);
        PythonClass systemExit = context.classes().byName("SystemExit");
        BuiltinTypeInstaller.getset(context, systemExit, "code", self -> {
            PBaseException exception = (PBaseException) self;
            if (exception.getAssignedMember() != null) {
                return exception.getAssignedMember();
            }
            Object[] args = exception.getArgs();
            return args.length == 0 ? PNone.NONE : args.length == 1 ? args[0] : context.newTuple(args);
        }, ExceptionBuiltins::assignMember);
        // BlockingIOError.characters_written: unset (AttributeError) until given or assigned
        BuiltinTypeInstaller.getset(context, context.classes().byName("BlockingIOError"), "characters_written", self -> {
            Object written = ((PBaseException) self).getAssignedMember();
            if (written == null) {
                throw Errors.attributeError("characters_written");
            }
            return written;
        }, (self, value) -> {
            PBaseException exception = (PBaseException) self;
            if (value == null && exception.getAssignedMember() == null) {
                throw Errors.attributeError("characters_written");
            }
            exception.setAssignedMember(value == null ? null : dev.krait.runtime.protocol.PyNumber.asSsizeArgument(value));
        });
    }

    /** Assigning StopIteration.value or SystemExit.code; deleting one leaves None, as CPython's members do. */
    /** A setter's value, or CPython's TypeError when the attribute is being deleted (the setter gets null then). */
    private static Object notDeleted(Object value, String name) {
        if (value == null) {
            throw Errors.typeError(name + " may not be deleted");
        }
        return value;
    }

    private static void assignMember(Object self, Object value) {
        ((PBaseException) self).setAssignedMember(value == null ? PNone.NONE : value);
    }

    /** Sets {@code __traceback__} to a traceback object's entries, or to none. */
    static void setTraceback(PBaseException exception, Object value) {
        if (value instanceof dev.krait.runtime.objects.PTracebackObject traceback) {
            exception.setTraceback(traceback.entry());
        } else if (value == PNone.NONE) {
            exception.setTraceback(null);
        } else {
            throw Errors.typeError("__traceback__ must be a traceback or None");
        }
    }

    private static Object orNone(Object value) {
        return value == null ? PNone.NONE : value;
    }

    private static PBaseException exceptionOrNull(Object value, String what) {
        if (value == PNone.NONE) {
            return null;
        }
        if (value instanceof PBaseException e) {
            return e;
        }
        throw Errors.typeError("exception " + what + " must be None or derive from BaseException");
    }

    @Builtin(name = "__new__", params = {"cls", "*args", "**kwargs"})
    @GenerateNodeFactory
    abstract static class NewNode extends BuiltinNode.Builtin3 {
        @Specialization
        @TruffleBoundary
        static Object newException(Object cls, Object args, Object kwargs) {
            KraitContext context = KraitContext.get(null);
            PBaseException exception = (PBaseException) ClassBuilder.allocate(context, (PythonClass) cls);
            exception.setArgs(((PTuple) args).items());
            return exception;
        }
    }

    @Builtin(name = "__init__", params = {"self", "*args", "**kwargs"})
    @GenerateNodeFactory
    abstract static class InitNode extends BuiltinNode.Builtin3 {
        @Specialization
        static Object init(Object self, Object args, Object kwargs) {
            if (((dev.krait.runtime.objects.PDict) kwargs).size() > 0) {
                throw Errors.typeError(PyObjectType.typeName(self) + "() takes no keyword arguments");
            }
            ((PBaseException) self).setArgs(((PTuple) args).items());
            return PNone.NONE;
        }
    }

    @Builtin(name = "__str__", params = {"self", "/"})
    @GenerateNodeFactory
    abstract static class StrNode extends BuiltinNode.Builtin1 {
        @Specialization
        static String str(Object self) {
            return PyObjectRepr.exceptionStr((PBaseException) self);
        }
    }

    @Builtin(name = "__repr__", params = {"self", "/"})
    @GenerateNodeFactory
    abstract static class ReprNode extends BuiltinNode.Builtin1 {
        @Specialization
        static String repr(Object self) {
            return PyObjectRepr.exceptionRepr((PBaseException) self);
        }
    }

    @Builtin(name = "with_traceback", params = {"self", "tb", "/"})
    @GenerateNodeFactory
    abstract static class WithTracebackNode extends BuiltinNode.Builtin2 {
        @Specialization
        static Object withTraceback(Object self, Object tb) {
            setTraceback((PBaseException) self, tb);
            return self;
        }
    }

    @Builtin(name = "add_note", params = {"self", "note", "/"})
    @GenerateNodeFactory
    abstract static class AddNoteNode extends BuiltinNode.Builtin2 {
        @Specialization
        @TruffleBoundary
        static Object addNote(Object self, Object note) {
            if (!(note instanceof String)) {
                throw Errors.typeError("note must be a str, not '" + PyObjectType.typeName(note) + "'");
            }
            PBaseException exception = (PBaseException) self;
            Object notes = dev.krait.runtime.ObjectAttributes.get(exception, "__notes__");
            if (notes == null) {
                notes = KraitContext.get(null).newList(new Object[0]);
                dev.krait.runtime.ObjectAttributes.put(exception, "__notes__", notes);
            }
            if (!(notes instanceof dev.krait.runtime.objects.PList list)) {
                throw Errors.typeError("Cannot add note: __notes__ is not a list");
            }
            list.append(note);
            return PNone.NONE;
        }
    }

    /** {@code __setstate__(state)}: what unpickling does with {@code __reduce__}'s dict: sets each item as an attribute. */
    @Builtin(name = "__setstate__", params = {"self", "state", "/"})
    @GenerateNodeFactory
    abstract static class SetStateNode extends BuiltinNode.Builtin2 {
        @Specialization
        @TruffleBoundary
        static Object setState(Object self, Object state) {
            if (state == PNone.NONE) {
                return PNone.NONE;
            }
            if (!(state instanceof dev.krait.runtime.objects.PDict dict)) {
                throw Errors.typeError("state is not a dictionary");
            }
            for (Object entry : dict.storage().itemsArray()) {
                Object[] item = (Object[]) entry;
                if (!(dev.krait.runtime.objects.PBoxedValue.unwrap(item[0]) instanceof String name)) {
                    throw Errors.typeError("attribute name must be string, not '" + PyObjectType.typeName(item[0]) + "'");
                }
                dev.krait.runtime.protocol.PyObjectSetAttr.set(self, name, item[1]);
            }
            return PNone.NONE;
        }
    }
}
