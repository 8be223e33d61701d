package dev.krait.runtime.objects;

import java.io.BufferedReader;
import java.io.PrintStream;

import com.oracle.truffle.api.object.Shape;

/** {@code sys.stdout}, {@code sys.stderr} and {@code sys.stdin}: a text stream over the context's standard streams. */
public final class PTextStream extends PythonObject {
    private final String name;
    private final PrintStream out;
    private final BufferedReader in;
    /** The binary stream under this one ({@code .buffer}), made on first use. */
    private PTextStream binary;

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

    /** {@code .buffer}: a stream of class {@code cls} writing bytes to the same output. */
    public PTextStream binaryStream(PythonClass cls) {
        if (binary == null) {
            binary = new PTextStream(cls, getShape(), name, out, in);
        }
        return binary;
    }

    /** null for an output stream. */
    public BufferedReader in() {
        return in;
    }
}
