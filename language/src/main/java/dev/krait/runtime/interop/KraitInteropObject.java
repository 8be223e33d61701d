package dev.krait.runtime.interop;

import com.oracle.truffle.api.interop.TruffleObject;

/**
 * Marks the helper objects Krait hands to other languages that are not Python values (member-name arrays, hash
 * entry iterators, the global scope, language views), so they are never mistaken for foreign objects.
 */
public interface KraitInteropObject extends TruffleObject {
}
