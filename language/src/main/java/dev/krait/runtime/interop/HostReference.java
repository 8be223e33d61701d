package dev.krait.runtime.interop;

import java.lang.ref.Cleaner;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.interop.InteropLibrary;
import com.oracle.truffle.api.interop.TruffleObject;
import com.oracle.truffle.api.library.ExportLibrary;
import com.oracle.truffle.api.library.ExportMessage;
import com.oracle.truffle.api.library.Message;
import com.oracle.truffle.api.library.ReflectionLibrary;

import dev.krait.runtime.KraitContext;
import dev.krait.runtime.memory.RefCounts;
import dev.krait.runtime.objects.PythonObject;

/**
 * A Python object as the host (or another language) holds it: a counted reference that lasts as long as Java keeps
 * this handle. Every interop message is forwarded to the object (the handle is a proxy: arguments that are handles are
 * unwrapped, results that are counted objects are handed out in handles of their own). When Java lets go of the
 * handle and its garbage collector notices, the reference is dropped at the context's next safepoint, which releases
 * the object (running {@code __del__}) if nothing else holds it.
 */
@ExportLibrary(ReflectionLibrary.class)
public final class HostReference implements TruffleObject {
    private static final Cleaner CLEANER = Cleaner.create();

    private final PythonObject target;

    private HostReference(PythonObject target) {
        this.target = target;
    }

    public PythonObject target() {
        return target;
    }

    /** The value to give the host for {@code value}: a counted object goes in a handle, anything else as it is. */
    @TruffleBoundary
    public static Object toHost(KraitContext context, Object value) {
        if (!RefCounts.isEnabled() || !(value instanceof PythonObject object) || object.hasMemoryFlag(RefCounts.IMMORTAL)) {
            return value;
        }
        object.incRef();
        HostReference handle = new HostReference(object);
        CLEANER.register(handle, new Release(context, object));
        return handle;
    }

    /** Run by the cleaner's thread once the handle is unreachable: the context drops the reference later. */
    private record Release(KraitContext context, PythonObject target) implements Runnable {
        @Override
        public void run() {
            context.releaseHostReference(target);
        }
    }

    @ExportMessage
    @TruffleBoundary
    Object send(Message message, Object[] arguments) throws Exception {
        Object[] forwarded = new Object[arguments.length];
        for (int i = 0; i < arguments.length; i++) {
            if (arguments[i] instanceof HostReference handle) {
                forwarded[i] = handle.target;
            } else if (arguments[i] instanceof InteropLibrary && i > 0 && arguments[i - 1] instanceof HostReference) {
                // isIdentical(other, otherInterop): the library must be one for the unwrapped object
                forwarded[i] = InteropLibrary.getUncached(forwarded[i - 1]);
            } else {
                forwarded[i] = arguments[i];
            }
        }
        Object result = ReflectionLibrary.getFactory().getUncached(target).send(target, message, forwarded);
        return toHost(KraitContext.get(null), result);
    }
}
