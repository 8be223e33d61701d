package dev.krait.runtime.protocol;

/**
 * Which methods of a builtin type CPython defines through a type slot ({@code int.__add__}: a
 * {@code wrapper_descriptor}, bound a {@code method-wrapper}) rather than as an ordinary method ({@code list.append}:
 * a {@code method_descriptor}, bound a {@code builtin_function_or_method}). The two kinds differ in their type, their
 * repr and the error for a receiver of the wrong type.
 */
public final class SlotWrappers {
    private SlotWrappers() {
    }

    public static boolean isSlotWrapper(String method, String typeName) {
        return method.startsWith("__") && method.endsWith("__") && !isOrdinaryMethod(method, typeName);
    }

    /** The special methods CPython defines as ordinary methods rather than through type slots. */
    private static boolean isOrdinaryMethod(String method, String typeName) {
        return switch (method) {
            case "__sizeof__", "__format__", "__getnewargs__", "__reduce__", "__reversed__", "__round__", "__trunc__", "__floor__",
                            "__ceil__", "__init_subclass__", "__class_getitem__", "__reduce_ex__", "__dir__", "__subclasshook__",
                            "__getstate__", "__setstate__", "__copy__", "__deepcopy__", "__enter__", "__exit__", "__length_hint__",
                            "__complex__", "__bytes__", "__fspath__", "__instancecheck__", "__subclasscheck__", "__subclasses__",
                            "__getnewargs_ex__", "__missing__", "__prepare__", "__mro_entries__", "__getformat__" -> true;
            case "__getitem__" -> typeName.equals("dict") || typeName.equals("list");
            case "__contains__" -> typeName.equals("dict") || typeName.equals("set") || typeName.equals("frozenset");
            default -> false;
        };
    }
}
