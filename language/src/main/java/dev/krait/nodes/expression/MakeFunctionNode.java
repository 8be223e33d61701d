package dev.krait.nodes.expression;

import java.util.HashMap;
import java.util.Map;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.frame.VirtualFrame;
import com.oracle.truffle.api.nodes.ExplodeLoop;

import dev.krait.nodes.ExpressionNode;
import dev.krait.nodes.local.FrameGlobals;
import dev.krait.runtime.KraitContext;
import dev.krait.runtime.objects.PCell;
import dev.krait.runtime.objects.PCode;
import dev.krait.runtime.objects.PFunction;
import dev.krait.runtime.objects.PNone;

/**
 * {@code def} / {@code lambda} at run time: evaluates the defaults (once, now — the mutable-default behaviour users
 * know) and captures the cells of the enclosing frame that the function closes over.
 */
public final class MakeFunctionNode extends ExpressionNode {
    private final PCode code;
    private final String qualname;
    @Children private final ExpressionNode[] defaults;
    @Children private final ExpressionNode[] kwDefaultValues;
    private final String[] kwDefaultNames;
    /** Frame slots of this frame holding the cells the new function closes over, in its freevars order. */
    private final int[] closureSlots;
    private final Object doc;
    /** Parameter (and "return") names and their annotation expressions, evaluated now as CPython 3.12 does. */
    private final String[] annotationNames;
    @Children private final ExpressionNode[] annotationValues;
    /** Whether the function is an inlined comprehension that reads the names of exec's locals dict. */
    private boolean capturesNamespace;

    public MakeFunctionNode(PCode code, String qualname, ExpressionNode[] defaults, String[] kwDefaultNames,
                    ExpressionNode[] kwDefaultValues, int[] closureSlots, Object doc) {
        this(code, qualname, defaults, kwDefaultNames, kwDefaultValues, closureSlots, doc, new String[0], new ExpressionNode[0]);
    }

    public MakeFunctionNode(PCode code, String qualname, ExpressionNode[] defaults, String[] kwDefaultNames,
                    ExpressionNode[] kwDefaultValues, int[] closureSlots, Object doc, String[] annotationNames,
                    ExpressionNode[] annotationValues) {
        this.annotationNames = annotationNames;
        this.annotationValues = annotationValues;
        this.code = code;
        this.qualname = qualname;
        this.defaults = defaults;
        this.kwDefaultNames = kwDefaultNames;
        this.kwDefaultValues = kwDefaultValues;
        this.closureSlots = closureSlots;
        this.doc = doc;
        if (code != null && doc != PNone.NONE) {
            code.setDocstring(doc);
        }
    }

    @Override
    @ExplodeLoop
    public Object execute(VirtualFrame frame) {
        Object[] defaultValues = null;
        if (defaults.length > 0) {
            defaultValues = new Object[defaults.length];
            for (int i = 0; i < defaults.length; i++) {
                defaultValues[i] = defaults[i].execute(frame);
            }
        }
        // CPython's order: defaults, keyword-only defaults, then annotations
        Object[] kwValues = new Object[kwDefaultValues.length];
        for (int i = 0; i < kwDefaultValues.length; i++) {
            kwValues[i] = kwDefaultValues[i].execute(frame);
        }
        Object[] annotations = new Object[annotationValues.length];
        for (int i = 0; i < annotationValues.length; i++) {
            annotations[i] = annotationValues[i].execute(frame);
        }
        PCell[] closure = null;
        if (closureSlots.length > 0) {
            closure = new PCell[closureSlots.length];
            for (int i = 0; i < closureSlots.length; i++) {
                closure[i] = (PCell) frame.getObject(closureSlots[i]);
            }
        }
        KraitContext context = KraitContext.get(this);
        PFunction function = new PFunction(context.classes().functionClass, context.getShape(), code,
                        FrameGlobals.getGlobals(frame), closure, defaultValues, kwDefaults(kwValues), qualname);
        if (capturesNamespace) {
            function.setEnclosingNamespace(dev.krait.nodes.local.ReadNamespaceNameNode.enclosingNamespace(frame));
        }
        if (doc != PNone.NONE) {
            setDoc(function, doc);
        }
        if (annotations.length > 0) {
            setAnnotations(context, function, annotations);
        }
        return function;
    }

    public MakeFunctionNode capturingNamespace() {
        this.capturesNamespace = true;
        return this;
    }

    @TruffleBoundary
    private void setAnnotations(KraitContext context, PFunction function, Object[] values) {
        dev.krait.runtime.objects.PDict dict = context.newDict();
        for (int i = 0; i < values.length; i++) {
            dict.setItem(annotationNames[i], values[i]);
        }
        dev.krait.runtime.ObjectAttributes.put(function, "__annotations__", dict);
    }

    @TruffleBoundary
    private static void setDoc(PFunction function, Object doc) {
        dev.krait.runtime.ObjectAttributes.put(function, "__doc__", doc);
    }

    @TruffleBoundary
    private Map<String, Object> kwDefaults(Object[] values) {
        if (values.length == 0) {
            return null;
        }
        Map<String, Object> result = new HashMap<>();
        for (int i = 0; i < values.length; i++) {
            result.put(kwDefaultNames[i], values[i]);
        }
        return result;
    }
}
