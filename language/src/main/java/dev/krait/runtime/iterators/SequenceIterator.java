package dev.krait.runtime.iterators;


import com.oracle.truffle.api.object.Shape;

import dev.krait.runtime.objects.PBuiltinIterator;
import dev.krait.runtime.objects.PList;
import dev.krait.runtime.objects.PTuple;
import dev.krait.runtime.objects.PythonClass;
import dev.krait.runtime.protocol.CodePoints;

/** Iterates a list, tuple or str by index; a list may grow or shrink meanwhile, as in CPython. */
public final class SequenceIterator extends PBuiltinIterator {
    private int index;

    public SequenceIterator(PythonClass cls, Shape shape, Object sequence) {
        super(cls, shape);
        holdIterated(sequence);
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
