package dev.krait.builtins;

import java.util.Map;
import java.util.WeakHashMap;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.dsl.GenerateNodeFactory;
import com.oracle.truffle.api.dsl.Specialization;

import dev.krait.runtime.KraitContext;
import dev.krait.runtime.ObjectAttributes;
import dev.krait.runtime.exceptions.Errors;
import dev.krait.runtime.objects.PDict;
import dev.krait.runtime.objects.PGetSetDescriptor;
import dev.krait.runtime.objects.PNone;
import dev.krait.runtime.objects.PTuple;
import dev.krait.runtime.objects.PythonClass;
import dev.krait.runtime.objects.PythonObject;
import dev.krait.runtime.protocol.PyIter;
import dev.krait.runtime.protocol.PyObjectRepr;
import dev.krait.runtime.protocol.PyObjectType;

/**
 * CPython's struct sequences ({@code os.stat_result}, {@code time.struct_time}, {@code sys.version_info}, …): tuple
 * subclasses whose items are also named, read-only attributes. The first {@code n_sequence_fields} fields are the
 * tuple's items; the others ({@code st_atime_ns}, {@code tm_zone}) are attributes only, kept in the instance's
 * storage under their names. The types are not subclassable; some (those of {@code sys}) cannot be instantiated
 * from Python. Python code makes its own through {@code _krait_structseq.structseq}, which calls
 * {@link #newType} through {@code posix._structseq_new_type}.
 */
public final class StructSequence {
    private StructSequence() {
    }

    /**
     * The shape of one struct sequence type: its dotted name; its slots (null for an unnamed one, which only the
     * tuple shows); the names of its named slots in order (CPython's member list); how many slots are tuple items; and
     * for each slot the slot whose value it takes when constructed without one (-1: none).
     */
    private record Layout(String qualified, String[] slots, String[] members, int sequenceFields, int[] fallback, boolean instantiable) {
        int unnamed() {
            return slots.length - members.length;
        }
    }

    /** The layout of every struct sequence type (weakly: a type of a closed context goes away). */
    private static final Map<PythonClass, Layout> LAYOUTS = new WeakHashMap<>();

    @TruffleBoundary
    private static Layout layout(Object cls) {
        synchronized (LAYOUTS) {
            return cls instanceof PythonClass c ? LAYOUTS.get(c) : null;
        }
    }

    /** Whether {@code cls} is a struct sequence type (which cannot be subclassed). */
    @TruffleBoundary
    static boolean isStructSequenceType(PythonClass cls) {
        return layout(cls) != null;
    }

    /**
     * A new struct sequence type {@code module.name}: {@code slots} are all its fields (null for an unnamed one), the
     * first {@code sequenceFields} of them the tuple's items; {@code slotDocs} (or null) their docstrings;
     * {@code fallback} (or null) for each slot the slot it copies when constructed without a value for it.
     */
    @TruffleBoundary
    public static PythonClass newType(KraitContext context, String module, String name, String doc, String[] slots, String[] slotDocs,
                    int sequenceFields, int[] fallback, boolean instantiable) {
        var classes = context.classes();
        PDict namespace = context.newDict();
        namespace.setItem("__module__", module);
        namespace.setItem("__doc__", doc == null ? PNone.NONE : doc);
        namespace.setItem("__slots__", context.emptyTuple());
        PythonClass cls = ClassBuilder.createClass(context, classes.typeClass, name, new Object[]{classes.tupleClass}, namespace, context.newDict());
        String qualified = module.equals("builtins") ? name : module + "." + name;
        cls.setTypeName(qualified);
        // not member_descriptor, as in CPython: Krait takes those for __slots__ entries, kept in the instance
        PythonClass getsetClass = classes.byName("getset_descriptor");
        java.util.List<String> members = new java.util.ArrayList<>();
        for (int i = 0; i < slots.length; i++) {
            int index = i;
            String field = slots[i];
            if (field == null) {
                continue;
            }
            members.add(field);
            PGetSetDescriptor descriptor;
            if (i < sequenceFields) {
                descriptor = new PGetSetDescriptor(getsetClass, context.getShape(), field, cls, self -> {
                    checkApplies(cls, field, self);
                    return ((PTuple) self).get(index);
                }, StructSequence::readonly);
            } else {
                descriptor = new PGetSetDescriptor(getsetClass, context.getShape(), field, cls, self -> {
                    checkApplies(cls, field, self);
                    Object value = ObjectAttributes.get((PythonObject) self, field);
                    return value == null ? PNone.NONE : value;
                }, StructSequence::readonly);
            }
            if (slotDocs != null && slotDocs[i] != null) {
                descriptor.withDoc(slotDocs[i]);
            }
            cls.defineOwn(field, descriptor);
        }
        Layout layout = new Layout(qualified, slots.clone(), members.toArray(new String[0]), sequenceFields, fallback, instantiable);
        Object[] matchArgs = new Object[sequenceFields - layout.unnamed()];
        System.arraycopy(layout.members, 0, matchArgs, 0, matchArgs.length);
        cls.defineOwn("__match_args__", context.newTuple(matchArgs));
        cls.defineOwn("n_fields", (long) slots.length);
        cls.defineOwn("n_sequence_fields", (long) sequenceFields);
        cls.defineOwn("n_unnamed_fields", (long) layout.unnamed());
        synchronized (LAYOUTS) {
            LAYOUTS.put(cls, layout);
        }
        context.getLanguage().getBuiltinRegistry().addFunctions(context, cls, StructSequenceFactory.getFactories(), cls, module);
        return cls;
    }

    private static void readonly(Object self, Object value) {
        throw Errors.attributeError("readonly attribute");
    }

    private static void checkApplies(PythonClass owner, String field, Object self) {
        if (!(self instanceof PTuple) || !PyObjectType.isInstance(self, owner)) {
            throw Errors.typeError("descriptor '" + field + "' for '" + owner.getName() + "' objects doesn't apply to a '" +
                            PyObjectType.typeName(self) + "' object");
        }
    }

    /** An instance of the struct sequence type {@code cls} holding {@code values}, one per slot (missing ones None). */
    @TruffleBoundary
    public static PTuple instance(KraitContext context, PythonClass cls, Object[] values) {
        Layout layout = layout(cls);
        Object[] all = new Object[layout.slots.length];
        for (int i = 0; i < all.length; i++) {
            all[i] = i < values.length && values[i] != null ? values[i] : PNone.NONE;
        }
        if (layout.fallback != null) {
            for (int i = 0; i < all.length; i++) {
                if (all[i] == PNone.NONE && layout.fallback[i] >= 0) {
                    all[i] = all[layout.fallback[i]];
                }
            }
        }
        Object[] items = new Object[layout.sequenceFields];
        System.arraycopy(all, 0, items, 0, items.length);
        PTuple tuple = new PTuple(cls, context.getShape(), items);
        for (int i = layout.sequenceFields; i < all.length; i++) {
            ObjectAttributes.put(tuple, layout.slots[i], all[i]);
        }
        return tuple;
    }

    /** A one-off struct sequence type {@code module.name} (all fields in the sequence, not instantiable) and its instance. */
    @TruffleBoundary
    static PTuple make(KraitContext context, String module, String name, String[] fields, Object[] values) {
        PythonClass cls = newType(context, module, name, null, fields, null, fields.length, null, false);
        return instance(context, cls, values);
    }

    private static Layout layoutOf(Object self, String method) {
        Layout layout = self instanceof PTuple ? layout(PyObjectType.classOf(KraitContext.get(null), self)) : null;
        if (layout == null) {
            throw Errors.typeError("descriptor '" + method + "' requires a struct sequence object but received a '" + PyObjectType.typeName(self) + "'");
        }
        return layout;
    }

    @Builtin(name = "__new__", params = {"cls", "*args", "**kwargs"})
    @GenerateNodeFactory
    abstract static class NewNode extends BuiltinNode.Builtin3 {
        @Specialization
        @TruffleBoundary
        static Object construct(Object cls, Object args, Object kwargs) {
            Layout layout = layout(cls);
            if (layout == null) {
                throw Errors.typeError("structseq.__new__(X): X is not a struct sequence type");
            }
            if (!layout.instantiable) {
                throw Errors.typeError("cannot create '" + layout.qualified + "' instances");
            }
            Object[] bound = ConstructorArgs.bind("structseq", args, kwargs, new String[]{"sequence", "dict"});
            Object sequence = bound[0];
            Object dict = bound[1];
            if (sequence == PNone.NO_VALUE) {
                throw Errors.typeError("structseq() missing required argument 'sequence' (pos 1)");
            }
            if (dict == PNone.NO_VALUE) {
                dict = PNone.NONE;
            }
            if (dict != PNone.NONE && !(dict instanceof PDict)) {
                throw Errors.typeError(layout.qualified + "() takes a dict as second arg, if any");
            }
            Object[] items = PyIter.sequenceFast(sequence, "constructor requires a sequence");
            int min = layout.sequenceFields;
            int max = layout.slots.length;
            if (items.length < min) {
                throw Errors.typeError(layout.qualified + "() takes " + (min == max ? "a " : "an at least ") + min + "-sequence (" + items.length +
                                "-sequence given)");
            }
            if (items.length > max) {
                throw Errors.typeError(layout.qualified + "() takes " + (min == max ? "a " : "an at most ") + max + "-sequence (" + items.length +
                                "-sequence given)");
            }
            Object[] values = new Object[max];
            for (int i = 0; i < max; i++) {
                if (i < items.length) {
                    values[i] = items[i];
                } else if (dict instanceof PDict d) {
                    Object value = d.getItem(layout.members[i - layout.unnamed()]);
                    values[i] = value == null ? PNone.NONE : value;
                } else {
                    values[i] = PNone.NONE;
                }
            }
            return dev.krait.runtime.memory.RefCounts.created(instance(KraitContext.get(null), (PythonClass) cls, values));
        }
    }

    @Builtin(name = "__repr__", params = {"self", "/"})
    @GenerateNodeFactory
    abstract static class ReprNode extends BuiltinNode.Builtin1 {
        @Specialization
        @TruffleBoundary
        static Object repr(Object self) {
            Layout layout = layoutOf(self, "__repr__");
            PTuple tuple = (PTuple) self;
            StringBuilder sb = new StringBuilder(layout.qualified).append('(');
            for (int i = 0; i < layout.sequenceFields; i++) {
                sb.append(i == 0 ? "" : ", ").append(layout.members[i]).append('=').append(PyObjectRepr.repr(tuple.get(i)));
            }
            return sb.append(')').toString();
        }
    }

    @Builtin(name = "__reduce__", params = {"self", "/"})
    @GenerateNodeFactory
    abstract static class ReduceNode extends BuiltinNode.Builtin1 {
        @Specialization
        @TruffleBoundary
        static Object reduce(Object self) {
            Layout layout = layoutOf(self, "__reduce__");
            KraitContext context = KraitContext.get(null);
            PTuple tuple = (PTuple) self;
            PDict extras = context.newDict();
            for (int i = layout.sequenceFields; i < layout.slots.length; i++) {
                Object value = ObjectAttributes.get(tuple, layout.slots[i]);
                extras.setItem(layout.members[i - layout.unnamed()], value == null ? PNone.NONE : value);
            }
            PTuple items = context.newTuple(tuple.items().clone());
            return context.newTuple(new Object[]{PyObjectType.classOf(context, self), context.newTuple(new Object[]{items, extras})});
        }
    }
}
