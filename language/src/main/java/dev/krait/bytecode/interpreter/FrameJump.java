package dev.krait.bytecode.interpreter;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;

import dev.krait.runtime.FrameSetLineno;
import dev.krait.runtime.KraitContext;

/**
 * A trace function set {@code f_lineno} (checked by {@link FrameSetLineno}, which also says where to land): as
 * CPython does, the value stack is popped to the depth the target instruction expects (a loop's iterator, a with
 * statement's exit, an except block's exceptions are dropped without their clean-up code running), and the loop goes
 * on at that instruction.
 */
final class FrameJump {
    private FrameJump() {
    }

    /** Jumps from the current instruction to {@code line}; returns the instruction the loop goes on at. */
    @TruffleBoundary
    static int jump(BytecodeFrame f, KraitContext context, int line) {
        FrameSetLineno.Jump jump = FrameSetLineno.jump(f.root.unit(), f.lasti, line);
        while (f.sp > jump.depth()) {
            Object value = f.pop();
            f.forgetCaught(value);
            Operations.dropTemporary(value);
        }
        // an except block left: the exception it replaced, popped with it, is the one being handled again
        while (f.handledAbove(f.sp)) {
            context.popHandledException();
            f.handledPushes--;
        }
        return jump.address();
    }
}
