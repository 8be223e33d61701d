package dev.krait.tests.storage;

import dev.krait.runtime.exceptions.Errors;
import dev.krait.runtime.storage.KeyProtocol;

/**
 * A key the storages cannot compare themselves: a name with a chosen hash, equal to keys of the same name. The
 * protocol counts its calls and runs an optional action inside {@code equal}, standing in for a Python
 * {@code __eq__} with side effects.
 */
final class TestKey {
    final String name;
    final long hash;

    TestKey(String name, long hash) {
        this.name = name;
        this.hash = hash;
    }

    @Override
    public String toString() {
        return name;
    }

    /** Marks an unhashable key (the protocol raises TypeError, as for a list). */
    static final Object UNHASHABLE = new Object();

    static final class Protocol implements KeyProtocol {
        int hashCalls;
        int equalCalls;
        Runnable onEqual;
        boolean failEqual;

        @Override
        public long hash(Object key) {
            hashCalls++;
            if (key == UNHASHABLE) {
                throw Errors.typeError("unhashable type: 'list'");
            }
            return ((TestKey) key).hash;
        }

        @Override
        public boolean equal(Object stored, Object lookedUp) {
            equalCalls++;
            if (failEqual) {
                throw Errors.valueError("eq failed");
            }
            Runnable action = onEqual;
            if (action != null) {
                onEqual = null;
                action.run();
            }
            if (stored instanceof TestKey a && lookedUp instanceof TestKey b) {
                return a.name.equals(b.name);
            }
            return false;
        }
    }
}
