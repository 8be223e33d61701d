package dev.krait.runtime.objects;

import java.io.BufferedReader;
import java.io.PrintStream;

import com.oracle.truffle.api.object.Shape;

/** {@code sys.stdout}, {@code sys.stderr} and {@code sys.stdin}: a text stream over the context's standard streams. */
public final class PTextStream extends PythonObject {
    private final String name;
    private final PrintStream out;
    private final BufferedReader in;
    /** The binary stream under this one ({@code .buffer}, {@code .raw}), made on first use. */
    private PTextStream binary;
    /** Whether every write goes out at once (PYTHONUNBUFFERED, reconfigure(write_through=True)); null until asked. */
    private Boolean writeThrough;
    private boolean lineBuffering;
    private boolean closed;
    /** Set by reconfigure(): text is then encoded with these (else UTF-8, strict; stderr backslashreplace). */
    private String encoding;
    private String errors;

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

    public Boolean writeThroughOrNull() {
        return writeThrough;
    }

    public void setWriteThrough(boolean writeThrough) {
        this.writeThrough = writeThrough;
    }

    public boolean lineBuffering() {
        return lineBuffering;
    }

    public void setLineBuffering(boolean lineBuffering) {
        this.lineBuffering = lineBuffering;
    }

    /** Whether text goes out as the PrintStream writes it (UTF-8), so print() may write it directly. */
    public boolean writesPlainUtf8() {
        return encoding == null && errors == null && out != null;
    }

    public String encoding() {
        return encoding;
    }

    public String errors() {
        return errors;
    }

    public void setEncoding(String encoding, String errors) {
        this.encoding = encoding;
        this.errors = errors;
    }

    public boolean isClosed() {
        return closed;
    }

    public void setClosed(boolean closed) {
        this.closed = closed;
    }

    /** The binary stream under this one if it has been made, else null. */
    public PTextStream existingBinaryStream() {
        return binary;
    }

    /** null for an output stream. */
    public BufferedReader in() {
        return in;
    }
}
