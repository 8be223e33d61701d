package dev.krait.builtins;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.dsl.GenerateNodeFactory;
import com.oracle.truffle.api.dsl.Specialization;

import dev.krait.runtime.KraitContext;
import dev.krait.runtime.exceptions.Errors;
import dev.krait.runtime.objects.PDict;
import dev.krait.runtime.objects.PList;
import dev.krait.runtime.objects.PMappingProxy;
import dev.krait.runtime.objects.PNone;
import dev.krait.runtime.objects.PTuple;
import dev.krait.runtime.objects.PythonClass;
import dev.krait.runtime.protocol.BinaryOperator;
import dev.krait.runtime.protocol.PyIter;
import dev.krait.runtime.protocol.PyNumber;
import dev.krait.runtime.protocol.PyObjectCall;
import dev.krait.runtime.protocol.PyObjectGetAttr;
import dev.krait.runtime.protocol.PyObjectGetItem;
import dev.krait.runtime.protocol.PyObjectHash;
import dev.krait.runtime.protocol.PyObjectRepr;
import dev.krait.runtime.protocol.PyObjectRichCompare;
import dev.krait.runtime.protocol.PyObjectSize;
import dev.krait.runtime.protocol.PyObjectType;

/**
 * {@code mappingproxy} ({@code types.MappingProxyType}): every operation reads the mapping it wraps, as CPython's
 * {@code descrobject.c} does; nothing writes through it. A class's {@code __dict__} is a proxy of the class's own
 * namespace: reads of one key, {@code len} and membership read the namespace itself; what needs the namespace as a
 * dict (iteration, views, {@code copy()}, comparisons, {@code |}) gets a dict of its entries made at that moment.
 */
final class MappingProxyBuiltins {
    private MappingProxyBuiltins() {
    }

    /** {@code cls.__dict__}. */
    static PMappingProxy ofNamespace(KraitContext context, PythonClass cls) {
        return new PMappingProxy(context.classes().byName("mappingproxy"), context.getShape(), cls, true);
    }

    private static boolean isProxy(Object value) {
        return value instanceof PMappingProxy;
    }

    /** A dict of {@code cls}'s namespace entries, in definition order. */
    @TruffleBoundary
    static PDict namespaceDict(KraitContext context, PythonClass cls) {
        PDict dict = context.newDict();
        for (var entry : cls.getNamespace().entrySet()) {
            dict.setItem(entry.getKey(), entry.getValue());
        }
        return dict;
    }

    /** What an operation reads: the wrapped mapping, or a dict of the namespace for a class's {@code __dict__}. */
    private static Object target(Object self) {
        PMappingProxy proxy = (PMappingProxy) self;
        PythonClass owner = proxy.namespaceOwner();
        return owner == null ? proxy.mapping() : namespaceDict(KraitContext.get(null), owner);
    }

    private static Object unwrapped(Object value) {
        return value instanceof PMappingProxy proxy ? target(proxy) : value;
    }

    private static PythonClass namespaceOwner(Object self) {
        return ((PMappingProxy) self).namespaceOwner();
    }

    static void install(KraitContext context) {
        PythonClass cls = context.classes().byName("mappingproxy");
        cls.defineOwn("__doc__", PNone.NONE);
        OperatorMethods.define(context, cls, "__getitem__", OperatorMethods.BINARY, MappingProxyBuiltins::isProxy, args -> {
            PythonClass owner = namespaceOwner(args[0]);
            if (owner != null && args[1] instanceof String key) {
                Object value = owner.getOwn(key);
                if (value == null) {
                    throw Errors.keyError(key);
                }
                return value;
            }
            return PyObjectGetItem.getItem(target(args[0]), args[1]);
        });
        OperatorMethods.define(context, cls, "__contains__", OperatorMethods.BINARY, MappingProxyBuiltins::isProxy, args -> {
            PythonClass owner = namespaceOwner(args[0]);
            if (owner != null && args[1] instanceof String key) {
                return owner.getOwn(key) != null;
            }
            return PyObjectGetItem.contains(target(args[0]), args[1]);
        });
        OperatorMethods.define(context, cls, "__len__", OperatorMethods.UNARY, MappingProxyBuiltins::isProxy, args -> {
            PythonClass owner = namespaceOwner(args[0]);
            return owner != null ? (long) owner.getNamespace().size() : PyObjectSize.size(((PMappingProxy) args[0]).mapping());
        });
        OperatorMethods.define(context, cls, "__iter__", OperatorMethods.UNARY, MappingProxyBuiltins::isProxy, args -> {
            PythonClass owner = namespaceOwner(args[0]);
            // a class's namespace is iterated live, so that changing the class meanwhile is noticed
            return owner != null ? new dev.krait.runtime.iterators.ClassNamespaceIterator(KraitContext.get(null), owner) : PyIter.getIter(target(args[0]));
        });
        OperatorMethods.define(context, cls, "__reversed__", OperatorMethods.UNARY, MappingProxyBuiltins::isProxy,
                        args -> PyObjectCall.call(PyObjectGetAttr.get(target(args[0]), "__reversed__")));
        OperatorMethods.define(context, cls, "get", new String[]{"self", "key", "default=", "/"}, MappingProxyBuiltins::isProxy, args -> {
            PythonClass owner = namespaceOwner(args[0]);
            if (owner != null && args[1] instanceof String key) {
                Object value = owner.getOwn(key);
                return value != null ? value : args[2] == PNone.NO_VALUE ? PNone.NONE : args[2];
            }
            Object get = PyObjectGetAttr.get(target(args[0]), "get");
            return args[2] == PNone.NO_VALUE ? PyObjectCall.call(get, args[1]) : PyObjectCall.call(get, args[1], args[2]);
        });
        for (String name : new String[]{"keys", "values", "items", "copy"}) {
            OperatorMethods.define(context, cls, name, OperatorMethods.UNARY, MappingProxyBuiltins::isProxy,
                            args -> PyObjectCall.call(PyObjectGetAttr.get(target(args[0]), name)));
        }
        OperatorMethods.define(context, cls, "__repr__", OperatorMethods.UNARY, MappingProxyBuiltins::isProxy,
                        args -> "mappingproxy(" + PyObjectRepr.repr(target(args[0])) + ")");
        OperatorMethods.define(context, cls, "__str__", OperatorMethods.UNARY, MappingProxyBuiltins::isProxy, args -> PyObjectRepr.str(target(args[0])));
        OperatorMethods.define(context, cls, "__hash__", OperatorMethods.UNARY, MappingProxyBuiltins::isProxy, args -> PyObjectHash.hash(target(args[0])));
        OperatorMethods.comparisons(context, cls, MappingProxyBuiltins::isProxy, (op, self, other) -> PyObjectRichCompare.compare(op, target(self), other));
        OperatorMethods.binary(context, cls, MappingProxyBuiltins::isProxy,
                        (op, left, right) -> PyNumber.binaryOp(op, unwrapped(left), unwrapped(right)), BinaryOperator.OR);
        OperatorMethods.define(context, cls, "__ior__", OperatorMethods.BINARY, MappingProxyBuiltins::isProxy, args -> {
            throw Errors.typeError("'|=' is not supported by mappingproxy; use '|' instead");
        });
    }

    /** {@code mappingproxy(mapping)}: any object whose type has {@code __getitem__}, except lists and tuples. */
    @Builtin(name = "__new__", params = {"cls", "*args", "**kwargs"})
    @GenerateNodeFactory
    abstract static class NewNode extends BuiltinNode.Builtin3 {
        @Specialization
        @TruffleBoundary
        static Object newProxy(Object cls, Object args, Object kwargs) {
            KraitContext context = KraitContext.get(null);
            PythonClass proxyClass = context.classes().byName("mappingproxy");
            if (!(cls instanceof PythonClass type)) {
                throw Errors.typeError("mappingproxy.__new__(X): X is not a type object (" + PyObjectType.typeName(cls) + ")");
            }
            if (!type.isSubclassOf(proxyClass)) {
                throw Errors.typeError("mappingproxy.__new__(" + type.getName() + "): " + type.getName() + " is not a subtype of mappingproxy");
            }
            Object[] given = ((PTuple) args).items();
            PDict keywords = (PDict) kwargs;
            int total = given.length + keywords.size();
            if (total > 1) {
                throw Errors.typeError(given.length == 0 ? "mappingproxy() takes at most 1 keyword argument (" + total + " given)"
                                : "mappingproxy() takes at most 1 argument (" + total + " given)");
            }
            Object mapping = given.length == 1 ? given[0] : keywords.getItem("mapping");
            if (mapping == null) {
                throw Errors.typeError("mappingproxy() missing required argument 'mapping' (pos 1)");
            }
            // CPython's PyMapping_Check: a mapping subscript; a deque's __getitem__ is a sequence item only
            Object getitem = PyObjectType.classOf(context, mapping).lookup("__getitem__");
            if (getitem == null || getitem == context.classes().dequeClass.getOwn("__getitem__") || mapping instanceof PList || mapping instanceof PTuple) {
                throw Errors.typeError("mappingproxy() argument must be a mapping, not " + PyObjectType.typeName(mapping));
            }
            return new PMappingProxy(proxyClass, context.getShape(), mapping, false);
        }
    }
}
