package dev.krait.runtime.objects;

import com.oracle.truffle.api.object.Shape;

import dev.krait.runtime.memory.RefCounts;
import dev.krait.runtime.memory.ReferenceVisitor;

/**
 * A Python {@code traceback} object: one {@link PTraceback} entry seen from Python, made when a program reads
 * {@code __traceback__} (or {@code sys.exc_info()}, or {@code tb_next}). It holds the exception it came from, which
 * holds the variables of the frames it left, so they live as long as the traceback does (as CPython's traceback
 * keeps its frames). Its frame and next entry are made when first read.
 */
public final class PTracebackObject extends PythonObject {
    private final PTraceback entry;
    /** The exception whose traceback this is (counted), or null. */
    private final PBaseException owner;
    /** The frame object of the entry before this one (counted): this frame's {@code f_back}; null for the first. */
    private final PFrameObject callerFrame;
    private PFrameObject frame;
    private PTracebackObject next;

    public PTracebackObject(PythonClass cls, Shape shape, PTraceback entry, PBaseException owner, PFrameObject callerFrame) {
        super(cls, shape);
        this.entry = entry;
        this.owner = owner;
        this.callerFrame = callerFrame;
        RefCounts.storeInto(this, owner);
        RefCounts.storeInto(this, callerFrame);
    }

    public PTraceback entry() {
        return entry;
    }

    public PBaseException owner() {
        return owner;
    }

    public PFrameObject callerFrame() {
        return callerFrame;
    }

    public PFrameObject frameOrNull() {
        return frame;
    }

    public void setFrame(PFrameObject frame) {
        PFrameObject old = this.frame;
        this.frame = frame;
        RefCounts.storeInto(this, frame);
        RefCounts.decRef(old);
    }

    public PTracebackObject nextOrNull() {
        return next;
    }

    public void setNext(PTracebackObject next) {
        PTracebackObject old = this.next;
        this.next = next;
        RefCounts.storeInto(this, next);
        RefCounts.decRef(old);
    }

    @Override
    public void traverseReferences(ReferenceVisitor visitor) {
        if (owner != null) {
            visitor.visit(owner);
        }
        if (callerFrame != null) {
            visitor.visit(callerFrame);
        }
        if (frame != null) {
            visitor.visit(frame);
        }
        if (next != null) {
            visitor.visit(next);
        }
    }

    /** Released: the entry forgets this object (the next read of the traceback makes a new one). */
    @Override
    public void releaseReferences(ReferenceVisitor drop) {
        if (entry.pythonObject() == this) {
            entry.setPythonObject(null);
        }
        traverseReferences(drop);
    }
}
