package dev.krait.nodes.call;

import dev.krait.runtime.memory.RefCounts;

import com.oracle.truffle.api.dsl.Cached;
import com.oracle.truffle.api.dsl.GenerateInline;
import com.oracle.truffle.api.dsl.Specialization;
import com.oracle.truffle.api.nodes.Node;

import dev.krait.runtime.KraitContext;
import dev.krait.runtime.exceptions.Errors;
import dev.krait.runtime.objects.PBuiltinFunction;
import dev.krait.runtime.objects.PFunction;
import dev.krait.runtime.objects.PNone;
import dev.krait.runtime.objects.PythonClass;
import dev.krait.runtime.objects.PythonObject;
import dev.krait.runtime.protocol.PyObjectType;
import dev.krait.runtime.protocol.TypeCall;

/**
 * {@code Cls(args)}. For a plain user class (instances laid out as {@code object}, {@code __new__} inherited from
 * {@code object}, {@code __init__} a Python function) the instance is allocated right here and {@code __init__} is
 * called through an inline cache, so the whole construction can be inlined and the object scalar-replaced.
 */
@GenerateInline(false)
public abstract class InstantiateNode extends Node {

    public abstract Object execute(PythonClass cls, Object[] arguments);

    @Specialization(guards = {"cls == cachedClass", "isPlain"}, assumptions = "cachedClass.getStableAssumption()", limit = "1")
    protected Object plainClass(PythonClass cls, Object[] arguments,
                    @Cached("cls") PythonClass cachedClass,
                    @Cached("isPlainClass(cls)") boolean isPlain,
                    @Cached("findInit(cls)") Object init,
                    @Cached DispatchCallNode callInit) {
        KraitContext context = KraitContext.get(this);
        PythonObject instance = new PythonObject(cls, context.getShape());
        if (cachedClass.hasFinalizer()) {
            RefCounts.created(instance);
        }
        if (init == null) {
            if (arguments.length > 1) {
                throw Errors.typeError(cls.getName() + "() takes no arguments");
            }
            return instance;
        }
        Object[] initArguments = new Object[arguments.length + 1];
        initArguments[1] = instance;
        System.arraycopy(arguments, 1, initArguments, 2, arguments.length - 1);
        Object result = callInit.execute(init, initArguments);
        if (result != PNone.NONE) {
            throw Errors.typeError("__init__() should return None, not '" + PyObjectType.typeName(result) + "'");
        }
        return instance;
    }

    /**
     * A class whose {@code __new__} (and {@code __init__}) are looked up once: builtin types like {@code range} or
     * {@code list}, and user classes with their own {@code __new__}. Both are called through inline caches.
     */
    @Specialization(guards = {"cls == cachedClass", "!isPlain", "isTypeMetaclass(cachedClass)"},
                    assumptions = "cachedClass.getStableAssumption()", limit = "2")
    protected Object newAndInit(PythonClass cls, Object[] arguments,
                    @Cached("cls") PythonClass cachedClass,
                    @Cached("isPlainClass(cls)") boolean isPlain,
                    @Cached(value = "findNew(cls)", neverDefault = true) Object newMethod,
                    @Cached(value = "findInitToCall(cls)", neverDefault = false) Object init,
                    @Cached DispatchCallNode callNew,
                    @Cached DispatchCallNode callInit) {
        Object[] newArguments = new Object[arguments.length + 1];
        newArguments[1] = cachedClass;
        System.arraycopy(arguments, 1, newArguments, 2, arguments.length - 1);
        Object instance = callNew.execute(newMethod, newArguments);
        if (init != null && PyObjectType.classOf(KraitContext.get(this), instance).isSubclassOf(cachedClass)) {
            Object[] initArguments = new Object[arguments.length + 1];
            initArguments[1] = instance;
            System.arraycopy(arguments, 1, initArguments, 2, arguments.length - 1);
            Object result = callInit.execute(init, initArguments);
            if (result != PNone.NONE) {
                throw Errors.typeError("__init__() should return None, not '" + PyObjectType.typeName(result) + "'");
            }
        }
        return instance;
    }

    protected static boolean isTypeMetaclass(PythonClass cls) {
        return cls.getPythonClass() == KraitContext.get(null).classes().typeClass;
    }

    protected static Object findNew(PythonClass cls) {
        return TypeCall.newMethod(cls, cls.lookup("__new__"));
    }

    /** {@code __init__}, or null when it is {@code object.__init__} and {@code __new__} is overridden (then it only accepts). */
    protected static Object findInitToCall(PythonClass cls) {
        KraitContext context = KraitContext.get(null);
        Object init = cls.lookup("__init__");
        boolean objectInit = init instanceof PBuiltinFunction b && b.getOwner() == context.classes().objectClass;
        Object newMethod = cls.lookup("__new__");
        boolean objectNew = newMethod instanceof PBuiltinFunction n && n.getOwner() == context.classes().objectClass;
        return objectInit && !objectNew ? null : init;
    }

    @Specialization(replaces = {"plainClass", "newAndInit"})
    protected static Object generic(PythonClass cls, Object[] arguments) {
        return TypeCall.call(cls, DispatchCallNode.positional(arguments), new String[0], new Object[0]);
    }

    protected static boolean isPlainClass(PythonClass cls) {
        KraitContext context = KraitContext.get(null);
        if (cls.isBuiltin() || cls.isAbstract() || cls.getPythonClass() != context.classes().typeClass ||
                        cls.getSolidBase() != context.classes().objectClass) {
            return false;
        }
        Object newMethod = cls.lookup("__new__");
        if (!(newMethod instanceof PBuiltinFunction b) || b.getOwner() != context.classes().objectClass) {
            return false;
        }
        Object init = cls.lookup("__init__");
        return init instanceof PFunction || (init instanceof PBuiltinFunction i && i.getOwner() == context.classes().objectClass);
    }

    /** The class's {@code __init__} if it is a Python function, null if it is {@code object.__init__}. */
    protected static Object findInit(PythonClass cls) {
        Object init = cls.lookup("__init__");
        return init instanceof PFunction ? init : null;
    }
}
