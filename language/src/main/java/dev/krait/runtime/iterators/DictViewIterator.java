package dev.krait.runtime.iterators;

import com.oracle.truffle.api.object.Shape;

import dev.krait.runtime.KraitContext;
import dev.krait.runtime.objects.PBuiltinIterator;
import dev.krait.runtime.objects.PythonClass;
import dev.krait.runtime.storage.DictIterator;
import dev.krait.runtime.storage.DictStorage;

/** Iterates a dict's keys, values or items, forwards or (reversed()) backwards. */
public final class DictViewIterator extends PBuiltinIterator {
    public enum Kind {
        KEYS,
        VALUES,
        ITEMS
    }

    private final DictIterator position;
    private final Kind kind;
    private final KraitContext context;

    public DictViewIterator(PythonClass cls, Shape shape, DictStorage storage, Kind kind, KraitContext context) {
        this(cls, shape, storage, kind, context, false);
    }

    /** A reversed iterator ({@code reversed(d)}, {@code reversed(d.values())}…) when {@code reversed}. */
    public DictViewIterator(PythonClass cls, Shape shape, DictStorage storage, Kind kind, KraitContext context, boolean reversed) {
        super(cls, shape);
        this.position = new DictIterator(storage, reversed);
        this.kind = kind;
        this.context = context;
        holdIterated(storage.owner());
    }

    @Override
    public Object next() {
        DictStorage storage = position.dict();
        int ix = position.next();
        if (ix < 0) {
            releaseIterated();
            return null;
        }
        return switch (kind) {
            case KEYS -> storage.keyAt(ix);
            case VALUES -> storage.valueAt(ix);
            case ITEMS -> context.newTuple(new Object[]{storage.keyAt(ix), storage.valueAt(ix)});
        };
    }

    @Override
    public long lengthHint() {
        return position.lengthHint();
    }

    @Override
    public Object reduce(KraitContext c) {
        DictStorage storage = position.dict();
        int[] positions = position.remainingPositions();
        Object[] items = new Object[positions.length];
        for (int i = 0; i < items.length; i++) {
            int ix = positions[i];
            items[i] = switch (kind) {
                case KEYS -> storage.keyAt(ix);
                case VALUES -> storage.valueAt(ix);
                case ITEMS -> c.newTuple(new Object[]{storage.keyAt(ix), storage.valueAt(ix)});
            };
        }
        return IteratorReductions.remaining(c, items);
    }
}
