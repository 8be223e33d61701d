package dev.krait.nodes.local;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.dsl.Cached;
import com.oracle.truffle.api.dsl.Specialization;
import com.oracle.truffle.api.frame.VirtualFrame;
import com.oracle.truffle.api.library.CachedLibrary;
import com.oracle.truffle.api.object.DynamicObjectLibrary;

import dev.krait.nodes.ExpressionNode;
import dev.krait.runtime.KraitContext;
import dev.krait.runtime.ObjectAttributes;
import dev.krait.runtime.exceptions.Errors;
import dev.krait.runtime.objects.PModule;

/** Reads a global name: the module's globals, then builtins; NameError if neither has it. */
public abstract class ReadGlobalNode extends ExpressionNode {
    protected final String name;

    protected ReadGlobalNode(String name) {
        this.name = name;
    }

    @Specialization(guards = "getGlobals(frame) == cachedGlobals", limit = "1")
    protected Object readCached(VirtualFrame frame,
                    @Cached(value = "getGlobals(frame)", neverDefault = true) PModule cachedGlobals,
                    @CachedLibrary("cachedGlobals") DynamicObjectLibrary globalsLibrary,
                    @CachedLibrary(limit = "2") DynamicObjectLibrary builtinsLibrary) {
        Object value = globalsLibrary.getOrDefault(cachedGlobals, name, null);
        if (value != null) {
            return value;
        }
        PModule builtins = KraitContext.get(this).getBuiltins();
        value = builtinsLibrary.getOrDefault(builtins, name, null);
        if (value != null) {
            return value;
        }
        throw notDefined(name);
    }

    @Specialization(replaces = "readCached")
    protected Object readGeneric(VirtualFrame frame) {
        return readUncached(KraitContext.get(this), getGlobals(frame), name);
    }

    protected static PModule getGlobals(VirtualFrame frame) {
        return FrameGlobals.getGlobals(frame);
    }

    @TruffleBoundary
    public static Object readUncached(KraitContext context, PModule globals, String name) {
        Object value = ObjectAttributes.get(globals, name);
        if (value == null) {
            value = ObjectAttributes.get(context.getBuiltins(), name);
        }
        if (value == null) {
            throw notDefined(name);
        }
        return value;
    }

    @TruffleBoundary
    public static RuntimeException notDefined(String name) {
        return Errors.nameError("name '" + name + "' is not defined");
    }

    public static ReadGlobalNode create(String name) {
        return ReadGlobalNodeGen.create(name);
    }
}
