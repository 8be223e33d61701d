package dev.krait.nodes.call;

import com.oracle.truffle.api.Assumption;
import com.oracle.truffle.api.dsl.Cached;
import com.oracle.truffle.api.dsl.GenerateInline;
import com.oracle.truffle.api.dsl.Specialization;
import com.oracle.truffle.api.library.CachedLibrary;
import com.oracle.truffle.api.nodes.Node;
import com.oracle.truffle.api.object.DynamicObjectLibrary;

import dev.krait.runtime.KraitContext;
import dev.krait.runtime.objects.GlobalCell;
import dev.krait.runtime.objects.PBuiltinFunction;
import dev.krait.runtime.objects.PFunction;
import dev.krait.runtime.objects.PModule;
import dev.krait.runtime.objects.PythonClass;
import dev.krait.runtime.objects.PythonObject;
import dev.krait.runtime.protocol.PyObjectGetAttr;
import dev.krait.runtime.protocol.PyObjectType;

/**
 * The look-up half of {@code receiver.name(args)} (CPython's LOAD_ATTR with the method flag): when {@code name} is a
 * plain method of the receiver's class and no instance attribute shadows it, returns the function itself, to be
 * called with the receiver as first argument, and no bound method is made. Otherwise returns the attribute wrapped
 * in {@link NoSelf}.
 */
@GenerateInline(false)
public abstract class LookupMethodNode extends Node {
    /** An attribute to call as it is, without the receiver. */
    public record NoSelf(Object callable) {
    }

    protected final String name;

    protected LookupMethodNode(String name) {
        this.name = name;
    }

    public abstract Object execute(Object receiver);

    @Specialization(guards = {"receiver.getPythonClass() == cachedClass", "!isClass(receiver)", "method != null",
                    "receiver.getInstanceDict() == null"},
                    assumptions = "cachedClass.getStableAssumption()", limit = "4")
    protected Object instanceMethod(PythonObject receiver,
                    @Cached("receiver.getPythonClass()") PythonClass cachedClass,
                    @Cached("plainMethod(cachedClass)") Object method,
                    @Cached("cachedClass.acceptsAttributes()") boolean mayShadow,
                    @CachedLibrary(limit = "3") DynamicObjectLibrary attributes) {
        if (mayShadow && !(receiver instanceof PythonClass)) {
            Object own = attributes.getOrDefault(receiver, name, null);
            if (own != null) {
                return new NoSelf(own);
            }
        }
        return method;
    }

    @Specialization(guards = {"module == cachedModule", "constant != null"}, assumptions = "stable", limit = "2")
    protected static Object moduleConstant(PModule module,
                    @Cached("module") PModule cachedModule,
                    @Cached(value = "cachedModule.getCell(name)", neverDefault = true) GlobalCell cell,
                    @Cached(value = "cell.stableAssumption()", neverDefault = true) Assumption stable,
                    @Cached(value = "cell.get()", neverDefault = false) Object constant) {
        return new NoSelf(constant);
    }

    @Specialization(guards = "module == cachedModule", limit = "2", replaces = "moduleConstant")
    protected Object moduleFunction(PModule module,
                    @Cached("module") PModule cachedModule,
                    @Cached(value = "cachedModule.getCell(name)", neverDefault = true) GlobalCell cell) {
        Object value = cell.get();
        if (value == null) {
            return new NoSelf(PyObjectGetAttr.get(module, name));
        }
        return new NoSelf(value);
    }

    @Specialization(guards = {"!isPythonObject(receiver)", "classOf(receiver) == cachedClass", "method != null"},
                    assumptions = "cachedClass.getStableAssumption()", limit = "4")
    protected Object primitiveMethod(Object receiver,
                    @Cached("classOf(receiver)") PythonClass cachedClass,
                    @Cached("plainMethod(cachedClass)") Object method) {
        return method;
    }

    @Specialization(replaces = {"instanceMethod", "moduleConstant", "moduleFunction", "primitiveMethod"})
    protected Object generic(Object receiver) {
        return new NoSelf(PyObjectGetAttr.get(receiver, name));
    }

    /** On a class, {@code Cls.name} is looked up on the class itself first, not on its metaclass. */
    protected static boolean isClass(Object value) {
        return value instanceof PythonClass;
    }

    protected static boolean isPythonObject(Object value) {
        return value instanceof PythonObject;
    }

    protected static PythonClass classOf(Object value) {
        return PyObjectType.classOf(KraitContext.get(null), value);
    }

    /** The class's function called {@code name} if a call through an instance simply passes the instance first. */
    protected Object plainMethod(PythonClass cls) {
        if (cls == KraitContext.get(null).classes().superClass) {
            return null;
        }
        if (PyObjectGetAttr.isOverriddenGetAttribute(cls.lookup("__getattribute__"))) {
            return null;
        }
        Object method = cls.lookup(name);
        if (method instanceof PFunction) {
            return method;
        }
        if (method instanceof PBuiltinFunction builtin && builtin.getOwner() != null && cls.isSubclassOf(builtin.getOwner())) {
            return method;
        }
        return null;
    }

    public static LookupMethodNode create(String name) {
        return LookupMethodNodeGen.create(name);
    }
}
