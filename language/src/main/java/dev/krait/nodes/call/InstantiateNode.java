package dev.krait.nodes.call;

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

    @Specialization(replaces = "plainClass")
    protected static Object generic(PythonClass cls, Object[] arguments) {
        return TypeCall.call(cls, DispatchCallNode.positional(arguments), new String[0], new Object[0]);
    }

    protected static boolean isPlainClass(PythonClass cls) {
        KraitContext context = KraitContext.get(null);
        if (cls.isBuiltin() || cls.getPythonClass() != context.classes().typeClass ||
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
