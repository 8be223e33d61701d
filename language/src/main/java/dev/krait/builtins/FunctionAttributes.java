package dev.krait.builtins;

import dev.krait.runtime.KraitContext;
import dev.krait.runtime.ObjectAttributes;
import dev.krait.runtime.exceptions.Errors;
import dev.krait.runtime.objects.PBoundMethod;
import dev.krait.runtime.objects.PBuiltinFunction;
import dev.krait.runtime.objects.PFunction;
import dev.krait.runtime.objects.PGenerator;
import dev.krait.runtime.objects.PMethodWrapper;
import dev.krait.runtime.objects.PNone;
import dev.krait.runtime.objects.PProperty;
import dev.krait.runtime.objects.PythonClass;
import dev.krait.runtime.objects.PythonObject;

/** The attributes of function, method, builtin-function, generator and descriptor objects ({@code __name__}, …). */
final class FunctionAttributes {
    private FunctionAttributes() {
    }

    /** The builtin function of a {@code builtin_function_or_method} (module-level, or bound to an object). */
    /** {@code function.__code__ = code}: CPython's checks, then the function runs the other code from its next call. */
    private static void setCode(Object self, Object value) {
        PFunction function = (PFunction) self;
        if (!(value instanceof dev.krait.runtime.objects.CodeObject)) {
            throw Errors.typeError("__code__ must be set to a code object");
        }
        dev.krait.runtime.objects.PCode code = FunctionConstructor.functionCodeOf(KraitContext.get(null), value);
        int free = code == null ? 0 : code.freeVariables().length;
        int closure = function.getClosure() == null ? 0 : function.getClosure().length;
        if (free != closure) {
            throw Errors.valueError(function.getName() + "() requires a code object with " + closure + " free vars, not " + free);
        }
        if (code == null) {
            throw Errors.notImplementedError("Krait cannot give a function the code of a module, a class body or an exec'd string");
        }
        function.setCode(code);
    }

    private static PBuiltinFunction builtinOf(Object self) {
        return self instanceof PBoundMethod method ? (PBuiltinFunction) method.getFunction() : (PBuiltinFunction) self;
    }

    /**
     * A builtin method bound to an object is named after the object's type (the class itself for a class method):
     * {@code type.__subclasshook__.__qualname__} is {@code 'type.__subclasshook__'}, as CPython's meth_get__qualname__.
     */
    private static Object builtinQualname(Object self) {
        PBuiltinFunction function = builtinOf(self);
        if (self instanceof PBoundMethod method && function.getOwner() != null &&
                        method.getPythonClass() == KraitContext.get(null).classes().builtinFunctionClass) {
            Object receiver = method.getSelf();
            PythonClass type = receiver instanceof PythonClass cls ? cls : dev.krait.runtime.protocol.PyObjectType.classOf(receiver);
            return type.getQualname() + "." + function.getName();
        }
        return function.getQualname();
    }

    /**
     * CPython's {@code __text_signature__} ({@code "($module, obj, /)"}, {@code "($self, object, /)"}) of a builtin
     * function or method whose parameters all lack defaults: Krait's builtins declare that a parameter is optional but not its default value, so the
     * others have none (None), as CPython's builtins without Argument Clinic signatures.
     */
    private static Object textSignature(PBuiltinFunction function) {
        java.util.Map<String, Object> kwDefaults = function.getKwDefaults();
        Object[] defaults = function.getDefaults(); // null for a Python function made a builtin, when it has none
        if (defaults != null && defaults.length > 0 || kwDefaults != null && !kwDefaults.isEmpty()) {
            return PNone.NONE;
        }
        if (function.getOwner() != null && function.getName().equals("__new__") &&
                        function.getPythonClass() == KraitContext.get(null).classes().builtinFunctionClass) {
            return "($type, *args, **kwargs)"; // a builtin type's __new__, as CPython's tp_new wrapper
        }
        dev.krait.runtime.objects.Signature signature = function.getSignature();
        String[] names = signature.names();
        boolean method = function.getOwner() != null;
        if (method && (signature.positionalCount() == 0 || !names[0].equals("self"))) {
            return PNone.NONE;
        }
        StringBuilder sb = new StringBuilder(method ? "($self" : "($module");
        if (method && signature.positionalOnlyCount() == 1) {
            sb.append(", /");
        }
        int positional = signature.positionalCount();
        for (int i = method ? 1 : 0; i < positional; i++) {
            sb.append(", ").append(names[i]);
            if (i + 1 == signature.positionalOnlyCount()) {
                sb.append(", /");
            }
        }
        if (positional == 0 && !signature.hasVarargs() && signature.keywordOnlyCount() == 0 && !signature.hasVarKeywords()) {
            sb.append(", /");
        }
        if (signature.hasVarargs()) {
            sb.append(", *").append(names[signature.varargsIndex()]);
        } else if (signature.keywordOnlyCount() > 0) {
            sb.append(", *");
        }
        for (int i = 0; i < signature.keywordOnlyCount(); i++) {
            sb.append(", ").append(names[signature.keywordOnlyStart() + i]);
        }
        if (signature.hasVarKeywords()) {
            sb.append(", **").append(names[signature.varKeywordsIndex()]);
        }
        return sb.append(')').toString();
    }

    static void install(KraitContext context) {
        var c = context.classes();
        PythonClass function = c.functionClass;
        BuiltinTypeInstaller.getset(context, function, "__name__", self -> ((PFunction) self).getName(), (self, value) -> {
            if (!(value instanceof String s)) {
                throw Errors.typeError("__name__ must be set to a string object");
            }
            ((PFunction) self).setName(s);
        });
        BuiltinTypeInstaller.getset(context, function, "__qualname__", self -> ((PFunction) self).getQualname(), (self, value) -> {
            if (!(value instanceof String s)) {
                throw Errors.typeError("__qualname__ must be set to a string object");
            }
            ((PFunction) self).setQualname(s);
        });
        BuiltinTypeInstaller.getset(context, function, "__module__", self -> {
            Object name = ObjectAttributes.get(((PFunction) self).getGlobals(), "__name__");
            Object own = ObjectAttributes.get((PFunction) self, "__module__");
            return own != null ? own : name == null ? PNone.NONE : name;
        }, (self, value) -> ObjectAttributes.put((PFunction) self, "__module__", value == null ? PNone.NONE : value)); // del: None
        // the builtins the function's code sees: its globals' __builtins__ (a module stands for its dict), as CPython 3.10+
        BuiltinTypeInstaller.getset(context, function, "__builtins__", self -> {
            Object builtins = ObjectAttributes.get(((PFunction) self).getGlobals(), "__builtins__");
            if (builtins instanceof dev.krait.runtime.objects.PModule module) {
                return module.getNamespaceDict(context);
            }
            return builtins != null ? builtins : context.getBuiltins().getNamespaceDict(context);
        }, null);
        BuiltinTypeInstaller.getset(context, function, "__doc__", self -> {
            Object doc = ObjectAttributes.get((PFunction) self, "__doc__");
            return doc == null ? PNone.NONE : doc;
        }, (self, value) -> ObjectAttributes.put((PFunction) self, "__doc__", value));
        BuiltinTypeInstaller.getset(context, function, "__defaults__", self -> {
            Object[] defaults = ((PFunction) self).getDefaults();
            return defaults == null ? PNone.NONE : context.newTuple(defaults);
        }, (self, value) -> {
            // deleting (null) or assigning None clears them
            if (value == null || value == PNone.NONE) {
                ((PFunction) self).setDefaults(null);
            } else if (value instanceof dev.krait.runtime.objects.PTuple tuple) {
                ((PFunction) self).setDefaults(tuple.items().clone());
            } else {
                throw Errors.typeError("__defaults__ must be set to a tuple object");
            }
        });
        BuiltinTypeInstaller.getset(context, function, "__kwdefaults__", self -> {
            dev.krait.runtime.objects.PDict dict = ((PFunction) self).getKwDefaultsDict(context);
            return dict == null ? PNone.NONE : dict;
        }, (self, value) -> {
            if (value == null || value == PNone.NONE) {
                ((PFunction) self).setKwDefaults(null);
            } else if (value instanceof dev.krait.runtime.objects.PDict dict) {
                ((PFunction) self).setKwDefaultsDict(dict);
            } else {
                throw Errors.typeError("__kwdefaults__ must be set to a dict object");
            }
        });
        BuiltinTypeInstaller.getset(context, function, "__globals__", self -> ((PFunction) self).getGlobals().getNamespaceDict(context), null);
        BuiltinTypeInstaller.getset(context, function, "__annotations__", self -> {
            Object annotations = ObjectAttributes.get((PFunction) self, "__annotations__");
            if (annotations == null) {
                annotations = context.newDict();
                ObjectAttributes.put((PFunction) self, "__annotations__", annotations);
            }
            return annotations;
        }, (self, value) -> {
            if (value == null) {
                ObjectAttributes.remove((PFunction) self, "__annotations__"); // the next read makes a new dict
            } else if (value instanceof dev.krait.runtime.objects.PDict) {
                ObjectAttributes.put((PFunction) self, "__annotations__", value);
            } else {
                throw Errors.typeError("__annotations__ must be set to a dict object");
            }
        });
        BuiltinTypeInstaller.getset(context, function, "__type_params__", self -> {
            Object typeParams = ObjectAttributes.get((PFunction) self, "__type_params__");
            return typeParams == null ? context.emptyTuple() : typeParams;
        }, (self, value) -> {
            if (!(value instanceof dev.krait.runtime.objects.PTuple)) {
                throw Errors.typeError("__type_params__ must be set to a tuple");
            }
            ObjectAttributes.put((PFunction) self, "__type_params__", value);
        });
        BuiltinTypeInstaller.getset(context, function, "__closure__", self -> {
            dev.krait.runtime.objects.PCell[] closure = ((PFunction) self).getClosure();
            if (closure == null) {
                return PNone.NONE;
            }
            Object[] cells = new Object[closure.length];
            for (int i = 0; i < closure.length; i++) {
                cells[i] = new dev.krait.runtime.objects.PCellObject(context.classes().cellClass, context.getShape(), closure[i]);
            }
            return context.newTuple(cells);
        }, null);
        BuiltinTypeInstaller.getset(context, c.cellClass, "cell_contents", self -> {
            Object value = ((dev.krait.runtime.objects.PCellObject) self).cell().get();
            if (value == null) {
                throw Errors.valueError("Cell is empty");
            }
            return value;
        }, (self, value) -> ((dev.krait.runtime.objects.PCellObject) self).cell().set(value));
        BuiltinTypeInstaller.getset(context, function, "__wrapped__", self -> {
            Object wrapped = ObjectAttributes.get((PFunction) self, "__wrapped__");
            if (wrapped == null) {
                throw Errors.attributeError("'function' object has no attribute '__wrapped__'");
            }
            return wrapped;
        }, (self, value) -> ObjectAttributes.put((PFunction) self, "__wrapped__", value));

        BuiltinTypeInstaller.getset(context, function, "__code__", self -> {
            dev.krait.runtime.objects.PCode code = ((PFunction) self).getCode();
            return dev.krait.runtime.FrameObjects.codeObjectFor(context,
                            (dev.krait.nodes.root.KraitRootNode) code.callTarget().getRootNode(), code.signature());
        }, FunctionAttributes::setCode);

        PythonClass method = c.methodClass;
        BuiltinTypeInstaller.getset(context, method, "__self__", self -> ((PBoundMethod) self).getSelf(), null);
        BuiltinTypeInstaller.getset(context, method, "__func__", self -> ((PBoundMethod) self).getFunction(), null);
        // __name__, __qualname__ and the rest are the function's, read through the method (as CPython's method_getattro)
        BuiltinTypeInstaller.getset(context, method, "__doc__", self -> dev.krait.runtime.protocol.PyObjectGetAttr.get(((PBoundMethod) self).getFunction(), "__doc__"), null);

        for (PythonClass builtin : new PythonClass[]{c.builtinFunctionClass, c.methodDescriptorClass, c.wrapperDescriptorClass,
                        c.methodWrapperClass}) {
            if (builtin == c.methodDescriptorClass || builtin == c.wrapperDescriptorClass) {
                // a member of the descriptor object in CPython: read-only, with the member's message
                BuiltinTypeInstaller.member(context, builtin, "__name__", self -> builtinOf(self).getName());
            } else {
                BuiltinTypeInstaller.getset(context, builtin, "__name__", self -> builtinOf(self).getName(), null);
            }
            BuiltinTypeInstaller.getset(context, builtin, "__qualname__", FunctionAttributes::builtinQualname, null);
            BuiltinTypeInstaller.getset(context, builtin, "__doc__", self -> {
                Object doc = BuiltinDocs.docOf(builtinOf(self));
                return doc == null ? PNone.NONE : doc;
            }, null);
            BuiltinTypeInstaller.getset(context, builtin, "__text_signature__", self -> textSignature(builtinOf(self)), null);

            // a type's __new__ belongs to the type; its static methods to nothing (CPython's METH_STATIC)
            // (unbound method and slot descriptors have none: null makes the read an AttributeError)
            BuiltinTypeInstaller.getset(context, builtin, "__self__", self -> self instanceof PBoundMethod m ? m.getSelf()
                            : builtinOf(self).getPythonClass() != c.builtinFunctionClass ? null
                            : builtinOf(self).getOwner() != null ? (builtinOf(self).getName().equals("__new__") ? builtinOf(self).getOwner() : PNone.NONE)
                            : builtinOf(self).getModule() != null ? builtinOf(self).getModule() : context.getBuiltins(), null);
        }
        // only builtin_function_or_method has a __module__, and a program may change it (CPython's m_module member)
        BuiltinTypeInstaller.getset(context, c.builtinFunctionClass, "__module__", self -> {
            Object own = self instanceof PythonObject object ? ObjectAttributes.get(object, "__module__") : null;
            if (own != null) {
                return own;
            }
            return builtinOf(self).getOwner() != null ? PNone.NONE
                            : builtinOf(self).getModuleName() != null ? builtinOf(self).getModuleName() : "builtins";
        }, (self, value) -> ObjectAttributes.put((PythonObject) self, "__module__", value == null ? PNone.NONE : value));
        for (PythonClass descriptor : new PythonClass[]{c.methodDescriptorClass, c.wrapperDescriptorClass}) {
            BuiltinTypeInstaller.getset(context, descriptor, "__objclass__", self -> builtinOf(self).getOwner(), null);
            // list.append.__get__(obj): the method bound to obj (the descriptor itself without an instance)
            OperatorMethods.define(context, descriptor, "__get__", new String[]{"self", "instance", "owner=", "/"},
                            value -> value instanceof PBuiltinFunction, args -> {
                                PBuiltinFunction unbound = (PBuiltinFunction) args[0];
                                Object instance = args[1];
                                if (instance == PNone.NONE) {
                                    return unbound;
                                }
                                PythonClass objclass = unbound.getOwner();
                                if (!dev.krait.runtime.protocol.PyObjectType.classOf(instance).isSubclassOf(objclass)) {
                                    throw dev.krait.runtime.exceptions.Errors.typeError("descriptor '" + unbound.getName() + "' for '" +
                                                    objclass.getName() + "' objects doesn't apply to a '" +
                                                    dev.krait.runtime.protocol.PyObjectType.typeName(instance) + "' object");
                                }
                                return context.newBoundMethod(instance, unbound);
                            });
        }

        PythonClass generator = c.generatorClass;
        BuiltinTypeInstaller.getset(context, generator, "__name__", self -> ((PGenerator) self).getName(),
                        (self, value) -> ((PGenerator) self).setName(generatorNameValue(value, "__name__")));
        BuiltinTypeInstaller.getset(context, generator, "__qualname__", self -> ((PGenerator) self).getQualname(),
                        (self, value) -> ((PGenerator) self).setQualname(generatorNameValue(value, "__qualname__")));
        BuiltinTypeInstaller.getset(context, generator, "gi_running", self -> ((PGenerator) self).isRunning(), null);
        BuiltinTypeInstaller.getset(context, generator, "gi_yieldfrom", self -> {
            Object delegate = ((PGenerator) self).getAwaiting();
            // only a suspended generator has one (CPython's _PyGen_yf: not while it runs)
            return delegate == null || ((PGenerator) self).isFinished() || ((PGenerator) self).isRunning() ? PNone.NONE : delegate;
        }, null);
        BuiltinTypeInstaller.getset(context, generator, "gi_suspended", self -> ((PGenerator) self).isStarted() &&
                        !((PGenerator) self).isFinished() && !((PGenerator) self).isRunning(), null);
        for (PythonClass asyncKind : new PythonClass[]{c.coroutineClass, c.asyncGeneratorClass}) {
            String prefix = asyncKind == c.coroutineClass ? "cr_" : "ag_";
            BuiltinTypeInstaller.getset(context, asyncKind, "__name__", self -> ((PGenerator) self).getName(),
                            (self, value) -> ((PGenerator) self).setName(generatorNameValue(value, "__name__")));
            BuiltinTypeInstaller.getset(context, asyncKind, "__qualname__", self -> ((PGenerator) self).getQualname(),
                            (self, value) -> ((PGenerator) self).setQualname(generatorNameValue(value, "__qualname__")));
            BuiltinTypeInstaller.getset(context, asyncKind, prefix + "running", self -> asyncKind == c.coroutineClass
                            ? ((PGenerator) self).isRunning() : ((PGenerator) self).isAsyncRunning(), null);
            BuiltinTypeInstaller.getset(context, asyncKind, prefix + "suspended", self -> ((PGenerator) self).isStarted() &&
                            !((PGenerator) self).isFinished() && !((PGenerator) self).isRunning(), null);
            if (asyncKind == c.coroutineClass) {
                BuiltinTypeInstaller.getset(context, asyncKind, "cr_origin", self -> {
                    Object origin = ((PGenerator) self).getOrigin();
                    return origin == null ? PNone.NONE : origin;
                }, null);
            }
            BuiltinTypeInstaller.getset(context, asyncKind, prefix + "await", self -> {
                Object awaiting = ((PGenerator) self).getAwaiting();
                return awaiting == null || ((PGenerator) self).isFinished() || ((PGenerator) self).isRunning() ? PNone.NONE : awaiting;
            }, null);
        }
        for (PythonClass kind : new PythonClass[]{c.generatorClass, c.coroutineClass, c.asyncGeneratorClass}) {
            String prefix = kind == c.generatorClass ? "gi_" : kind == c.coroutineClass ? "cr_" : "ag_";
            BuiltinTypeInstaller.getset(context, kind, prefix + "frame", self -> {
                PGenerator g = (PGenerator) self;
                if (g.isFinished()) {
                    return PNone.NONE;
                }
                dev.krait.runtime.objects.PFrameObject frame = dev.krait.runtime.FrameObjects.activationFrame(context,
                                g.getResumeTarget().getRootNode(), g.getFrame());
                if (!g.isStarted()) {
                    frame.setLineno(((PFunction) g.getFrame().getArguments()[0]).getCode().firstLineno());
                } else if (!g.isRunning() && g.suspendedLine() > 0) {
                    frame.setLineno(g.suspendedLine());
                }
                return frame;
            }, null);
            BuiltinTypeInstaller.getset(context, kind, prefix + "code", self -> {
                dev.krait.runtime.objects.PCode code = ((PFunction) ((PGenerator) self).getFrame().getArguments()[0]).getCode();
                return dev.krait.runtime.FrameObjects.codeObjectFor(context,
                                (dev.krait.nodes.root.KraitRootNode) code.callTarget().getRootNode(), code.signature());
            }, null);
        }

        for (PythonClass wrapper : new PythonClass[]{c.staticmethodClass, c.classmethodClass}) {
            BuiltinTypeInstaller.getset(context, wrapper, "__func__", self -> ((PMethodWrapper) self).callable(), null);
            BuiltinTypeInstaller.getset(context, wrapper, "__wrapped__", self -> ((PMethodWrapper) self).callable(), null);
        }
        PythonClass property = c.propertyClass;
        BuiltinTypeInstaller.getset(context, property, "fget", self -> ((PProperty) self).getter(), null);
        BuiltinTypeInstaller.getset(context, property, "fset", self -> ((PProperty) self).setter(), null);
        BuiltinTypeInstaller.getset(context, property, "fdel", self -> ((PProperty) self).deleter(), null);
        BuiltinTypeInstaller.getset(context, property, "__doc__", self -> ((PProperty) self).doc(), (self, value) -> ((PProperty) self).setDoc(value == null ? PNone.NONE : value));
    }

    /** A generator's new {@code __name__}/{@code __qualname__}: a str (deleting is refused too). */
    private static String generatorNameValue(Object value, String attribute) {
        if (!(dev.krait.runtime.objects.PBoxedValue.unwrap(value) instanceof String name)) {
            throw Errors.typeError(attribute + " must be set to a string object");
        }
        return name;
    }
}
