package dev.krait.runtime;

import java.util.ArrayList;
import java.util.List;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;

import dev.krait.runtime.objects.PFrameObject;
import dev.krait.runtime.objects.PTuple;

/**
 * A coroutine's {@code cr_origin} while {@code sys.set_coroutine_origin_tracking_depth} asks for one: where the
 * coroutine was made, as ((filename, line, function name), …) of up to that many frames, the innermost first.
 */
public final class CoroutineOrigin {
    private CoroutineOrigin() {
    }

    /** {@code ownFrameRunning}: the coroutine's own activation is the innermost running frame (it is not counted). */
    @TruffleBoundary
    public static PTuple capture(KraitContext context, int depth, boolean ownFrameRunning) {
        List<Object> entries = new ArrayList<>();
        PFrameObject frame = FrameObjects.runningFrame(context, 0);
        if (ownFrameRunning) {
            frame = frame.back();
        }
        while (frame != null && entries.size() < depth) {
            dev.krait.runtime.objects.CodeObject code = (dev.krait.runtime.objects.CodeObject) FrameObjects.codeOf(context, frame);
            entries.add(context.newTuple(new Object[]{code.filename(), FrameObjects.linenoOf(frame), code.name()}));
            frame = frame.back();
        }
        return context.newTuple(entries.toArray());
    }
}
