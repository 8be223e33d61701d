package dev.krait.nodes.local;

import com.oracle.truffle.api.dsl.Cached;
import com.oracle.truffle.api.dsl.Specialization;
import com.oracle.truffle.api.frame.VirtualFrame;
import com.oracle.truffle.api.library.CachedLibrary;
import com.oracle.truffle.api.object.DynamicObjectLibrary;

import dev.krait.nodes.ExpressionNode;
import dev.krait.nodes.memory.DecRefNode;
import dev.krait.nodes.memory.StoreIntoNode;
import dev.krait.runtime.objects.PFunction;
import dev.krait.runtime.objects.PythonClass;
import dev.krait.runtime.objects.PythonObject;
import dev.krait.runtime.protocol.PyObjectGetAttr;
import dev.krait.runtime.protocol.PyObjectSetAttr;

/** {@code object.name = value}; a shape-cached store for instances of plain classes. */
public final class AttributeTargetNode extends TargetNode {
    @Child private ExpressionNode object;
    @Child private StoreAttributeNode store;
    private final String name;

    public AttributeTargetNode(ExpressionNode object, String name) {
        this.object = object;
        this.name = name;
        this.store = AttributeTargetNodeFactory.StoreAttributeNodeGen.create(name);
    }

    @Override
    public void assign(VirtualFrame frame, Object value) {
        store.execute(object.execute(frame), value);
    }

    @Override
    public void delete(VirtualFrame frame) {
        PyObjectSetAttr.set(object.execute(frame), name, null);
    }

    public abstract static class StoreAttributeNode extends com.oracle.truffle.api.nodes.Node {
        protected final String name;

        protected StoreAttributeNode(String name) {
            this.name = name;
        }

        public abstract void execute(Object object, Object value);

        @Specialization(guards = {"object.getPythonClass() == cachedClass", "plain", "object.getInstanceDict() == null"},
                        assumptions = "cachedClass.getStableAssumption()", limit = "4")
        protected void storePlain(PythonObject object, Object value,
                        @Cached("object.getPythonClass()") PythonClass cachedClass,
                        @Cached("isPlainStore(cachedClass, object)") boolean plain,
                        @CachedLibrary(limit = "3") DynamicObjectLibrary attributes,
                        @Cached StoreIntoNode storeInto,
                        @Cached DecRefNode decRef) {
            Object old = attributes.getOrDefault(object, name, null);
            attributes.put(object, name, value);
            storeInto.execute(object, value);
            decRef.execute(old);
        }

        @Specialization(replaces = "storePlain")
        protected void storeGeneric(Object object, Object value) {
            PyObjectSetAttr.set(object, name, value);
        }

        protected boolean isPlainStore(PythonClass cls, Object object) {
            // a module (of a ModuleType subclass too) keeps its attributes as its globals
            if (object instanceof PythonClass || object instanceof dev.krait.runtime.objects.PModule || cls.isBuiltin()) {
                return false;
            }
            if (cls.lookup("__setattr__") instanceof PFunction) {
                return false;
            }
            Object descriptor = cls.lookup(name);
            if (PyObjectGetAttr.isOwnSlotDescriptor(descriptor, cls, name)) {
                return true; // a __slots__ entry: stored in the shape directly
            }
            return cls.acceptsAttributes() && (descriptor == null || !PyObjectGetAttr.isDataDescriptor(descriptor));
        }
    }
}
