package dev.krait.nodes.expression;

import com.oracle.truffle.api.Assumption;
import com.oracle.truffle.api.dsl.Cached;
import com.oracle.truffle.api.dsl.NodeChild;
import com.oracle.truffle.api.dsl.Specialization;
import com.oracle.truffle.api.library.CachedLibrary;
import com.oracle.truffle.api.object.DynamicObjectLibrary;

import dev.krait.nodes.ExpressionNode;
import dev.krait.runtime.objects.GlobalCell;
import dev.krait.runtime.objects.PFunction;
import dev.krait.runtime.objects.PModule;
import dev.krait.runtime.objects.PythonClass;
import dev.krait.runtime.objects.PythonObject;
import dev.krait.runtime.protocol.PyObjectGetAttr;

/**
 * {@code object.name}. An instance of a plain class whose class defines nothing (or only a non-descriptor value)
 * under {@code name} reads its own attribute through a shape-cached load; modules likewise. Everything else takes the
 * full descriptor protocol.
 */
@NodeChild("object")
public abstract class GetAttributeNode extends ExpressionNode {
    protected final String name;

    protected GetAttributeNode(String name) {
        this.name = name;
    }

    public abstract Object executeWith(Object object);

    @Specialization(guards = {"object.getPythonClass() == cachedClass", "isInstanceSlot"},
                    assumptions = "cachedClass.getStableAssumption()", limit = "4")
    protected Object instanceAttribute(PythonObject object,
                    @Cached("object.getPythonClass()") PythonClass cachedClass,
                    @Cached("isInstanceSlot(cachedClass, object)") boolean isInstanceSlot,
                    @CachedLibrary(limit = "3") DynamicObjectLibrary attributes) {
        Object value = attributes.getOrDefault(object, name, null);
        if (value != null) {
            return value;
        }
        return readAt(object);
    }

    @Specialization(guards = {"module == cachedModule", "isPlainModule(module)", "constant != null"}, assumptions = "stable", limit = "2")
    protected static Object moduleConstant(PModule module,
                    @Cached("module") PModule cachedModule,
                    @Cached(value = "cachedModule.getCell(name)", neverDefault = true) GlobalCell cell,
                    @Cached(value = "cell.stableAssumption()", neverDefault = true) Assumption stable,
                    @Cached(value = "cell.get()", neverDefault = false) Object constant) {
        return constant;
    }

    @Specialization(guards = {"module == cachedModule", "isPlainModule(module)"}, limit = "2", replaces = "moduleConstant")
    protected Object moduleAttribute(PModule module,
                    @Cached("module") PModule cachedModule,
                    @Cached(value = "cachedModule.getCell(name)", neverDefault = true) GlobalCell cell) {
        Object value = cell.get();
        if (value != null) {
            return value;
        }
        return readAt(module);
    }

    @Specialization(replaces = {"instanceAttribute", "moduleConstant", "moduleAttribute"})
    protected Object generic(Object object) {
        return readAt(object);
    }

    /**
     * The attribute read by the generic protocol with this node as the location of the reading frame: a property
     * getter or {@code __getattr__} it runs sees the caller's line ({@code sys._getframe(1).f_lineno}, a warning's
     * stacklevel), and a frame's own {@code f_lineno} read while running is this node's line.
     */
    private Object readAt(Object object) {
        com.oracle.truffle.api.nodes.Node previous = dev.krait.nodes.CallLocation.enter(this);
        try {
            return PyObjectGetAttr.get(object, name);
        } finally {
            dev.krait.nodes.CallLocation.exit(previous);
        }
    }

    /** A module of the builtin module type: its globals come first (a subclass's data descriptors win over them). */
    protected static boolean isPlainModule(PModule module) {
        return module.getPythonClass().isBuiltin();
    }

    /** Whether an instance's own attribute is all {@code name} can mean for instances of {@code cls}. */
    protected boolean isInstanceSlot(PythonClass cls, Object object) {
        if (object instanceof PythonClass || object instanceof PModule || cls.isBuiltin()) {
            return false;
        }
        if (PyObjectGetAttr.isOverriddenGetAttribute(cls.lookup("__getattribute__"))) {
            return false;
        }
        Object descriptor = cls.lookup(name);
        if (PyObjectGetAttr.isOwnSlotDescriptor(descriptor, cls, name)) {
            return true; // a __slots__ entry: its value lives in the shape, read directly
        }
        return cls.acceptsAttributes() && (descriptor == null || !PyObjectGetAttr.isDataDescriptor(descriptor));
    }

    public static GetAttributeNode create(String name, ExpressionNode object) {
        return GetAttributeNodeGen.create(name, object);
    }
}
