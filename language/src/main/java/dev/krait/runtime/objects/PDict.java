package dev.krait.runtime.objects;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.interop.InteropLibrary;
import com.oracle.truffle.api.interop.UnknownKeyException;
import com.oracle.truffle.api.library.ExportLibrary;
import com.oracle.truffle.api.library.ExportMessage;
import com.oracle.truffle.api.object.Shape;

import dev.krait.runtime.interop.InteropValues;
import dev.krait.runtime.interop.MappingInterop;
import dev.krait.runtime.protocol.PythonKeyProtocol;
import dev.krait.runtime.storage.DictStorage;

/**
 * Python's dict: an insertion-ordered hash table. To other languages, a hash whose entries are the dict's items (its
 * methods stay readable as members).
 */
@ExportLibrary(InteropLibrary.class)
public final class PDict extends PythonObject {
    private DictStorage storage;

    public PDict(PythonClass cls, Shape shape, DictStorage storage) {
        super(cls, shape);
        this.storage = storage;
        storage.setOwner(this);
    }

    public DictStorage storage() {
        return storage;
    }

    /** Replaces the contents: the old entries are dropped. */
    public void setStorage(DictStorage storage) {
        DictStorage old = this.storage;
        this.storage = storage;
        storage.setOwner(this);
        if (old != storage) {
            old.setOwner(null);
            DictStorage.EntryObserver observer = old.observer();
            old.clear();
            if (observer != null) {
                old.setObserver(null);
                storage.setObserver(observer);
                for (int ix = storage.nextIndex(0); ix >= 0; ix = storage.nextIndex(ix + 1)) {
                    observer.entryChanged(storage.keyAt(ix), storage.valueAt(ix));
                }
            }
        }
    }

    @Override
    public void traverseReferences(dev.krait.runtime.memory.ReferenceVisitor visitor) {
        super.traverseReferences(visitor);
        storage.traverse(visitor);
    }

    public int size() {
        return storage.size();
    }

    /** The value for {@code key}, or null; may run {@code __hash__}/{@code __eq__}. */
    @TruffleBoundary
    public Object getItem(Object key) {
        return storage.get(key, PythonKeyProtocol.INSTANCE);
    }

    @TruffleBoundary
    public void setItem(Object key, Object value) {
        storage.put(key, value, PythonKeyProtocol.INSTANCE);
    }

    /** Removes {@code key}; returns the value removed, or null. */
    @TruffleBoundary
    public Object removeItem(Object key) {
        return storage.remove(key, PythonKeyProtocol.INSTANCE);
    }

    @TruffleBoundary
    public boolean containsKey(Object key) {
        return storage.contains(key, PythonKeyProtocol.INSTANCE);
    }

    // ---- interop: a hash ----

    @ExportMessage
    boolean hasHashEntries() {
        return true;
    }

    @ExportMessage
    long getHashSize() {
        return size();
    }

    @ExportMessage(name = "isHashEntryReadable")
    @ExportMessage(name = "isHashEntryModifiable")
    @ExportMessage(name = "isHashEntryRemovable")
    boolean isHashEntryPresent(Object key) {
        return containsKey(InteropValues.toPython(key));
    }

    @ExportMessage
    boolean isHashEntryInsertable(Object key) {
        return !isHashEntryPresent(key);
    }

    @ExportMessage
    Object readHashValue(Object key) throws UnknownKeyException {
        Object value = getItem(InteropValues.toPython(key));
        if (value == null) {
            throw UnknownKeyException.create(key);
        }
        return value;
    }

    @ExportMessage
    void writeHashEntry(Object key, Object value) {
        setItem(InteropValues.toPython(key), InteropValues.toPython(value));
    }

    @ExportMessage
    void removeHashEntry(Object key) throws UnknownKeyException {
        if (removeItem(InteropValues.toPython(key)) == null) {
            throw UnknownKeyException.create(key);
        }
    }

    @ExportMessage
    Object getHashEntriesIterator() {
        return MappingInterop.entriesIterator(this);
    }
}
