package dev.krait.runtime.objects;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.TruffleLanguage;
import com.oracle.truffle.api.interop.InteropLibrary;
import com.oracle.truffle.api.interop.UnknownIdentifierException;
import com.oracle.truffle.api.interop.UnsupportedMessageException;
import com.oracle.truffle.api.library.ExportLibrary;
import com.oracle.truffle.api.library.ExportMessage;
import com.oracle.truffle.api.object.DynamicObject;
import com.oracle.truffle.api.object.Shape;
import com.oracle.truffle.api.utilities.TriState;

import dev.krait.KraitLanguage;
import dev.krait.runtime.interop.ObjectInterop;
import dev.krait.runtime.memory.CycleCollector;
import dev.krait.runtime.memory.Deallocator;
import dev.krait.runtime.memory.RefCounts;
import dev.krait.runtime.memory.ReferenceVisitor;
import dev.krait.runtime.memory.ReleaseQueue;

/**
 * Every Python object that is not a Java primitive value (int, float, bool, str, None). Instance attributes live in
 * the {@link DynamicObject}'s shape-described storage, so attribute access compiles to a shape check and a field load.
 *
 * <p>To other languages a Python object shows its attributes as members (see {@link ObjectInterop}), its class as
 * its meta-object and its {@code repr()} as its display string; a callable one is executable.
 */
@ExportLibrary(InteropLibrary.class)
public class PythonObject extends DynamicObject {
    private PythonClass pythonClass;
    /**
     * The instance's {@code __dict__} once a program asked for it: from then on its attributes live in this dict
     * (and not in the shape), so the dict and the attributes are one. null while the shape holds them.
     */
    private PDict instanceDict;

    public PythonObject(PythonClass pythonClass, Shape shape) {
        super(shape);
        this.pythonClass = pythonClass;
        if (pythonClass != null) {
            pythonClass.noteInstance();
        }
    }

    public final PythonClass getPythonClass() {
        return pythonClass;
    }

    public final void setPythonClass(PythonClass pythonClass) {
        this.pythonClass = pythonClass;
        pythonClass.noteInstance();
    }

    public final PDict getInstanceDict() {
        return instanceDict;
    }

    public final void setInstanceDict(PDict instanceDict) {
        this.instanceDict = instanceDict;
    }

    /** The object's {@code id()}, numbered when first asked (0: not yet); see {@link dev.krait.runtime.ObjectIds}. */
    private long objectId;

    public final long getObjectId() {
        return objectId;
    }

    public final void setObjectId(long id) {
        this.objectId = id;
    }

    // ---- reference counting: the count and state that dev.krait.runtime.memory keeps ----

    /** The number of counted (stored) references to this object; see {@link RefCounts}. */
    private int refCount;
    /** {@link RefCounts}' flags: immortal, released, holds references, queued, finalized, weakly referenced… */
    private int memoryFlags;

    public final int refCount() {
        return refCount;
    }

    public final void setRefCount(int refCount) {
        this.refCount = refCount;
    }

    public final int memoryFlags() {
        return memoryFlags;
    }

    public final boolean hasMemoryFlag(int flag) {
        return (memoryFlags & flag) != 0;
    }

    public final void setMemoryFlag(int flag) {
        memoryFlags |= flag;
    }

    public final void clearMemoryFlag(int flag) {
        memoryFlags &= ~flag;
    }

    /** CPython's {@code Py_INCREF}. */
    public final void incRef() {
        if (!RefCounts.isEnabled()) {
            return;
        }
        if ((memoryFlags & (RefCounts.IMMORTAL | RefCounts.RELEASED)) == 0) {
            refCount++;
        } else if ((memoryFlags & RefCounts.IMMORTAL) == 0) {
            // a released object counted again: rare (a borrowed value stored after its release)
            com.oracle.truffle.api.CompilerDirectives.transferToInterpreter();
            Deallocator.revive(this);
        }
    }

    /** CPython's {@code Py_DECREF}: at zero, an object with release work goes to the release queue. */
    public final void decRef() {
        if (RefCounts.isEnabled() && (memoryFlags & RefCounts.IMMORTAL) == 0) {
            if (--refCount == 0) {
                if (needsRelease()) {
                    ReleaseQueue.enqueueReleased(this);
                }
            } else if (isNewCycleCandidate()) {
                CycleCollector.addCandidate(this);
            }
        }
    }

    /** Whether dropping this object's last reference has work to do: __del__, weak references, held references. */
    public final boolean needsRelease() {
        return (memoryFlags & RefCounts.NEEDS_RELEASE) != 0 || pythonClass.hasFinalizer();
    }

    /**
     * Whether a decrement that left this object's count above zero makes it a new possible cycle root: only an
     * object holding references can be in a cycle, and one already listed is not listed again.
     */
    public final boolean isNewCycleCandidate() {
        return (memoryFlags & (RefCounts.CYCLE_CANDIDATE | RefCounts.HOLDS_REFERENCES)) == RefCounts.HOLDS_REFERENCES && refCount > 0;
    }

    /**
     * Visits the references this object holds (CPython's {@code tp_traverse}): its attributes, in their order. Types
     * that hold more (elements, a function's defaults…) add theirs.
     */
    public void traverseReferences(ReferenceVisitor visitor) {
        RefCounts.traverseAttributes(this, visitor);
    }

    /**
     * Drops the references this object holds, in the order CPython's deallocator drops them (for an instance: its
     * attributes in order). The default drops what {@link #traverseReferences} visits.
     */
    public void releaseReferences(ReferenceVisitor drop) {
        traverseReferences(drop);
    }

    // ---- interop: how other languages see a Python object ----

    @ExportMessage
    final boolean hasLanguage() {
        return true;
    }

    @ExportMessage
    final Class<? extends TruffleLanguage<?>> getLanguage() {
        return KraitLanguage.class;
    }

    @ExportMessage
    final Object toDisplayString(boolean allowSideEffects) {
        return ObjectInterop.displayString(this, allowSideEffects);
    }

    /** Python's {@code is}: the same object. */
    @ExportMessage
    final TriState isIdenticalOrUndefined(Object other) {
        return other instanceof PythonObject ? TriState.valueOf(this == other) : TriState.UNDEFINED;
    }

    @ExportMessage
    @TruffleBoundary
    final int identityHashCode() {
        return System.identityHashCode(this);
    }

    @ExportMessage
    final boolean hasMetaObject() {
        return true;
    }

    @ExportMessage
    final Object getMetaObject() {
        return pythonClass;
    }

    @ExportMessage
    boolean hasMembers() {
        return true;
    }

    @ExportMessage
    Object getMembers(boolean includeInternal) {
        return ObjectInterop.memberNames(this, includeInternal);
    }

    @ExportMessage
    boolean isMemberReadable(String member) {
        return ObjectInterop.isMemberReadable(this, member);
    }

    @ExportMessage
    Object readMember(String member) throws UnknownIdentifierException {
        return ObjectInterop.readMember(this, member);
    }

    @ExportMessage
    boolean isMemberModifiable(String member) {
        return ObjectInterop.acceptsAttributes(this) && ObjectInterop.isMemberReadable(this, member);
    }

    @ExportMessage
    boolean isMemberInsertable(String member) {
        return ObjectInterop.acceptsAttributes(this) && !ObjectInterop.isMemberReadable(this, member);
    }

    @ExportMessage
    void writeMember(String member, Object value) throws UnsupportedMessageException {
        if (!ObjectInterop.acceptsAttributes(this)) {
            throw UnsupportedMessageException.create();
        }
        ObjectInterop.writeMember(this, member, value);
    }

    @ExportMessage
    boolean isMemberRemovable(String member) {
        return ObjectInterop.isMemberRemovable(this, member);
    }

    @ExportMessage
    void removeMember(String member) throws UnknownIdentifierException {
        ObjectInterop.removeMember(this, member);
    }

    @ExportMessage
    boolean isMemberInvocable(String member) {
        return ObjectInterop.isMemberInvocable(this, member);
    }

    @ExportMessage
    Object invokeMember(String member, Object[] arguments) throws UnknownIdentifierException {
        return ObjectInterop.invokeMember(this, member, arguments);
    }

    @ExportMessage
    boolean isExecutable() {
        return ObjectInterop.isCallable(this);
    }

    @ExportMessage
    Object execute(Object[] arguments) throws UnsupportedMessageException {
        if (!ObjectInterop.isCallable(this)) {
            throw UnsupportedMessageException.create();
        }
        return ObjectInterop.call(this, arguments);
    }
}
