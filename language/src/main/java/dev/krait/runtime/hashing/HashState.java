package dev.krait.runtime.hashing;

import com.oracle.truffle.api.interop.TruffleObject;

/**
 * The running state of one hash computation, held by a hashlib hash object as an opaque value: data is fed in with
 * {@link #update}, and {@link #digest} reads the result without ending the computation (more data may follow).
 */
public abstract class HashState implements TruffleObject {
    public abstract void update(byte[] data, int offset, int length);

    /** The digest of the data so far; {@code length} is only used by the extendable-output (shake) functions. */
    public abstract byte[] digest(int length);

    /** An independent state with the same data fed in. */
    public abstract HashState copy();

    public abstract int blockSize();

    public final void update(byte[] data) {
        update(data, 0, data.length);
    }
}
