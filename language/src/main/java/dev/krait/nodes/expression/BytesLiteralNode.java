package dev.krait.nodes.expression;

import com.oracle.truffle.api.CompilerDirectives;
import com.oracle.truffle.api.CompilerDirectives.CompilationFinal;
import com.oracle.truffle.api.frame.VirtualFrame;

import dev.krait.nodes.ExpressionNode;
import dev.krait.runtime.KraitContext;
import dev.krait.runtime.memory.RefCounts;
import dev.krait.runtime.objects.PBytes;

/**
 * A bytes literal. Like a constant of a CPython code object, each evaluation gives the same immortal bytes object
 * (made on first use, since the bytes type belongs to the context).
 */
public final class BytesLiteralNode extends ExpressionNode {
    @CompilationFinal(dimensions = 1) private final byte[] value;
    @CompilationFinal private PBytes cached;

    public BytesLiteralNode(byte[] value) {
        this.value = value;
    }

    @Override
    public Object execute(VirtualFrame frame) {
        PBytes bytes = cached;
        KraitContext context = KraitContext.get(this);
        if (bytes == null || bytes.getPythonClass() != context.classes().bytesClass) {
            CompilerDirectives.transferToInterpreterAndInvalidate();
            bytes = value.length == 0 ? context.emptyBytes() : RefCounts.immortal(new PBytes(context.classes().bytesClass, context.getShape(), value));
            cached = bytes;
        }
        return bytes;
    }
}
