package dev.krait.runtime.hashing;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;

/** A hash the JDK provides as a {@link MessageDigest} (md5, the sha1/sha2 family, sha3). */
final class JdkHashState extends HashState {
    private final MessageDigest digest;
    private final int blockSize;

    private JdkHashState(MessageDigest digest, int blockSize) {
        this.digest = digest;
        this.blockSize = blockSize;
    }

    static JdkHashState create(String algorithm, int blockSize) {
        try {
            return new JdkHashState(MessageDigest.getInstance(algorithm), blockSize);
        } catch (NoSuchAlgorithmException e) {
            return null;
        }
    }

    @Override
    public void update(byte[] data, int offset, int length) {
        digest.update(data, offset, length);
    }

    @Override
    public byte[] digest(int length) {
        return copyOfDigest().digest();
    }

    @Override
    public HashState copy() {
        return new JdkHashState(copyOfDigest(), blockSize);
    }

    private MessageDigest copyOfDigest() {
        try {
            return (MessageDigest) digest.clone();
        } catch (CloneNotSupportedException e) {
            throw new IllegalStateException("the JDK's " + digest.getAlgorithm() + " cannot be copied", e);
        }
    }

    @Override
    public int blockSize() {
        return blockSize;
    }
}
