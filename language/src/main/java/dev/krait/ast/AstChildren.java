package dev.krait.ast;

import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.List;

/**
 * The parts of a syntax tree node (a record) that can hold other nodes, in declaration order: its record components
 * other than primitives, strings and enums. The accessors are looked up once per node class (reflection on each node
 * doubled the time compile() takes).
 */
public final class AstChildren {
    private AstChildren() {
    }

    private static final ClassValue<MethodHandle[]> ACCESSORS = new ClassValue<>() {
        @Override
        protected MethodHandle[] computeValue(Class<?> type) {
            List<MethodHandle> accessors = new ArrayList<>();
            MethodHandles.Lookup lookup = MethodHandles.publicLookup();
            for (RecordComponent component : type.getRecordComponents()) {
                Class<?> componentType = component.getType();
                if (componentType.isPrimitive() || componentType == String.class || componentType.isEnum()) {
                    continue;
                }
                try {
                    accessors.add(lookup.unreflect(component.getAccessor()));
                } catch (IllegalAccessException e) {
                    throw new IllegalStateException(e);
                }
            }
            return accessors.toArray(new MethodHandle[0]);
        }
    };

    /** The values of {@code node}'s parts that can hold nodes (nodes, lists of nodes, other values, nulls). */
    public static Object[] of(Record node) {
        MethodHandle[] accessors = ACCESSORS.get(node.getClass());
        Object[] values = new Object[accessors.length];
        for (int i = 0; i < accessors.length; i++) {
            try {
                values[i] = accessors[i].invoke(node);
            } catch (Throwable e) {
                throw new IllegalStateException(e);
            }
        }
        return values;
    }
}
