package dev.krait.runtime.objects;

import java.io.BufferedReader;
import java.io.PrintStream;

import com.oracle.truffle.api.object.Shape;

/** {@code sys.stdout}, {@code sys.stderr} and {@code sys.stdin}: a text stream over the context's standard streams. */
public final class PTextStream extends PythonObject {
    private final String name;
    private final PrintStream out;
    private final BufferedReader in;

    public PTextStream(PythonClass cls, Shape shape, String name, PrintStream out, BufferedReader in) {
        super(cls, shape);
        this.name = name;
        this.out = out;
        this.in = in;
    }

    public String name() {
        return name;
    }

    /** null for an input stream. */
    public PrintStream out() {
        return out;
    }

    /** null for an output stream. */
    public BufferedReader in() {
        return in;
    }
}
