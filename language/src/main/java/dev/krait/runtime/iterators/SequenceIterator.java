package dev.krait.runtime.iterators;


import com.oracle.truffle.api.object.Shape;

import dev.krait.runtime.KraitContext;
import dev.krait.runtime.objects.PBuiltinIterator;
import dev.krait.runtime.objects.PList;
import dev.krait.runtime.objects.PTuple;
import dev.krait.runtime.objects.PythonClass;
import dev.krait.runtime.protocol.CodePoints;

/** Iterates a list, tuple or str by index; a list may grow or shrink meanwhile, as in CPython. */
public final class SequenceIterator extends PBuiltinIterator {
    private int index;
    /** What an exhausted iterator pickles as: an empty list, tuple or str. */
    private final char kind;

    public SequenceIterator(PythonClass cls, Shape shape, Object sequence) {
        super(cls, shape);
        holdIterated(sequence);
        kind = sequence instanceof PList ? 'l' : sequence instanceof PTuple ? 't' : 's';
    }

    @Override
    public Object reduce(KraitContext context) {
        Object seq = iterated();
        if (seq == null) {
            Object empty = kind == 'l' ? context.newList(new Object[0]) : kind == 't' ? context.newTuple(new Object[0]) : "";
            return IteratorReductions.exhausted(context, empty);
        }
        long position = seq instanceof String s ? s.codePointCount(0, index) : index;
        return IteratorReductions.indexed(context, seq, position);
    }

    @Override
    public boolean setState(Object state) {
        Object seq = iterated();
        if (seq instanceof PList list) {
            index = (int) IteratorReductions.index(state, list.size());
        } else if (seq instanceof PTuple tuple) {
            index = (int) IteratorReductions.index(state, tuple.length());
        } else if (seq instanceof String s) {
            index = s.offsetByCodePoints(0, (int) IteratorReductions.index(state, s.codePointCount(0, s.length())));
        } else {
            IteratorReductions.index(state, 0);
        }
        return true;
    }

    @Override
    public Object next() {
        Object seq = iterated();
        if (seq instanceof PList list) {
            if (index < list.size()) {
                return list.get(index++);
            }
        } else if (seq instanceof PTuple tuple) {
            if (index < tuple.length()) {
                return tuple.get(index++);
            }
        } else if (seq instanceof String s) {
            if (index < s.length()) {
                int cp = s.codePointAt(index);
                index += Character.charCount(cp);
                return Character.isBmpCodePoint(cp) ? String.valueOf((char) cp) : new String(Character.toChars(cp));
            }
        }
        releaseIterated();
        return null;
    }

    @Override
    public long lengthHint() {
        Object seq = iterated();
        if (seq instanceof PList list) {
            return Math.max(0, list.size() - index);
        } else if (seq instanceof PTuple tuple) {
            return tuple.length() - index;
        } else if (seq instanceof String s) {
            return CodePoints.length(s.substring(index));
        }
        return 0;
    }
}
