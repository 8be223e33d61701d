package dev.krait.runtime.interop;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.TruffleLanguage;
import com.oracle.truffle.api.interop.InteropLibrary;
import com.oracle.truffle.api.interop.UnknownIdentifierException;
import com.oracle.truffle.api.library.ExportLibrary;
import com.oracle.truffle.api.library.ExportMessage;

import dev.krait.KraitLanguage;
import dev.krait.runtime.ObjectAttributes;
import dev.krait.runtime.objects.PModule;

/**
 * The top scope of a context, what {@code Context.getBindings("krait")} shows: the globals of {@code __main__}.
 * A name put there from Java is a global of the code {@code Context.eval} runs, and a global that code defines can
 * be read from Java; values coming in become Python values first ({@link InteropValues#toPython}).
 */
@ExportLibrary(InteropLibrary.class)
public final class GlobalScope implements KraitInteropObject {
    private final PModule module;

    public GlobalScope(PModule module) {
        this.module = module;
    }

    @ExportMessage
    boolean isScope() {
        return true;
    }

    @ExportMessage
    boolean hasLanguage() {
        return true;
    }

    @ExportMessage
    Class<? extends TruffleLanguage<?>> getLanguage() {
        return KraitLanguage.class;
    }

    @ExportMessage
    Object toDisplayString(@SuppressWarnings("unused") boolean allowSideEffects) {
        return "globals of " + module.getModuleName();
    }

    @ExportMessage
    boolean hasMembers() {
        return true;
    }

    @ExportMessage
    @TruffleBoundary
    Object getMembers(@SuppressWarnings("unused") boolean includeInternal) {
        return new InteropArray(ObjectAttributes.names(module).toArray());
    }

    @ExportMessage(name = "isMemberReadable")
    @ExportMessage(name = "isMemberModifiable")
    @ExportMessage(name = "isMemberRemovable")
    @TruffleBoundary
    boolean isGlobal(String member) {
        return ObjectAttributes.get(module, member) != null;
    }

    @ExportMessage
    boolean isMemberInsertable(String member) {
        return !isGlobal(member);
    }

    @ExportMessage
    @TruffleBoundary
    Object readMember(String member) throws UnknownIdentifierException {
        Object value = ObjectAttributes.get(module, member);
        if (value == null) {
            throw UnknownIdentifierException.create(member);
        }
        return HostReference.toHost(dev.krait.runtime.KraitContext.get(null), value);
    }

    @ExportMessage
    @TruffleBoundary
    void writeMember(String member, Object value) {
        ObjectAttributes.put(module, member, InteropValues.toPython(value));
    }

    @ExportMessage
    @TruffleBoundary
    void removeMember(String member) throws UnknownIdentifierException {
        if (!ObjectAttributes.remove(module, member)) {
            throw UnknownIdentifierException.create(member);
        }
    }
}
