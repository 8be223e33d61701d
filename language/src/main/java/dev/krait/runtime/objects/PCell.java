package dev.krait.runtime.objects;

/** A closure cell: the shared box through which nested functions see a variable of an enclosing function. */
public final class PCell {
    /** null while the variable is unbound. */
    private Object value;

    public PCell() {
    }

    public PCell(Object value) {
        this.value = value;
    }

    public Object get() {
        return value;
    }

    public void set(Object value) {
        this.value = value;
    }
}
