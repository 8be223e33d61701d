package dev.krait.builtins;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.dsl.GenerateNodeFactory;
import com.oracle.truffle.api.dsl.Specialization;

import dev.krait.runtime.KraitContext;
import dev.krait.runtime.exceptions.Errors;
import dev.krait.runtime.objects.PModule;
import dev.krait.runtime.objects.PNone;
import dev.krait.runtime.protocol.PyIter;
import dev.krait.runtime.protocol.PyNumber;
import dev.krait.runtime.protocol.PyObjectType;

/**
 * {@code _krait_structseq}: lets bundled Python modules ({@code time}, {@code os}, {@code pwd}, {@code resource}…)
 * make struct sequence types, the same kind {@link StructSequence} makes for the Java modules.
 */
public final class StructSequenceModule {
    private StructSequenceModule() {
    }

    public static PModule create(KraitContext context) {
        PModule module = context.newModule("_krait_structseq");
        context.getLanguage().getBuiltinRegistry().addFunctions(context, module, StructSequenceModuleFactory.getFactories(), null, "_krait_structseq");
        return module;
    }

    /**
     * {@code structseq(module, name, fields, doc=None, sequence_fields=None, field_docs=None)}: a new struct sequence
     * type {@code module.name}; the first {@code sequence_fields} fields (all by default) are its items.
     */
    @Builtin(name = "structseq", params = {"module", "name", "fields", "doc=", "sequence_fields=", "field_docs="})
    @GenerateNodeFactory
    public abstract static class NewTypeNode extends BuiltinNode.BuiltinN {
        @Specialization
        @TruffleBoundary
        static Object structseq(Object[] args) {
            Object module = args[0], name = args[1], fields = args[2], doc = args[3], sequenceFields = args[4], fieldDocs = args[5];
            String[] names = strings(fields, "fields");
            String[] docs = fieldDocs == PNone.NO_VALUE || fieldDocs == PNone.NONE ? null : strings(fieldDocs, "field_docs");
            if (docs != null && docs.length != names.length) {
                throw Errors.valueError("field_docs must have one docstring per field");
            }
            int inSequence = sequenceFields == PNone.NO_VALUE || sequenceFields == PNone.NONE ? names.length : (int) PyNumber.asSize(sequenceFields);
            if (inSequence < 0 || inSequence > names.length) {
                throw Errors.valueError("sequence_fields out of range");
            }
            return StructSequence.newType(KraitContext.get(null), text(module, "module"), text(name, "name"),
                            doc == PNone.NO_VALUE || doc == PNone.NONE ? null : text(doc, "doc"), names, docs, inSequence, null, true);
        }

        private static String[] strings(Object sequence, String what) {
            Object[] items = PyIter.toArray(sequence);
            String[] result = new String[items.length];
            for (int i = 0; i < items.length; i++) {
                result[i] = items[i] == PNone.NONE ? null : text(items[i], what);
            }
            return result;
        }

        private static String text(Object value, String what) {
            if (!(value instanceof String s)) {
                throw Errors.typeError(what + " must be str, not " + PyObjectType.typeName(value));
            }
            return s;
        }
    }
}
