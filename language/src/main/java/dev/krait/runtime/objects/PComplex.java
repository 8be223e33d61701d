package dev.krait.runtime.objects;

import com.oracle.truffle.api.object.Shape;

/** A {@code complex} number: two doubles, immutable. */
public final class PComplex extends PythonObject {
    private final double real;
    private final double imag;

    public PComplex(PythonClass cls, Shape shape, double real, double imag) {
        super(cls, shape);
        this.real = real;
        this.imag = imag;
    }

    public double real() {
        return real;
    }

    public double imag() {
        return imag;
    }
}
