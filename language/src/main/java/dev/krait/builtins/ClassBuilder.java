package dev.krait.builtins;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;

import dev.krait.runtime.KraitContext;
import dev.krait.runtime.exceptions.Errors;
import dev.krait.runtime.objects.PBaseException;
import dev.krait.runtime.objects.PCell;
import dev.krait.runtime.protocol.PyObjectRepr;
import dev.krait.runtime.objects.PDict;
import dev.krait.runtime.objects.PFunction;
import dev.krait.runtime.objects.PList;
import dev.krait.runtime.objects.PMethodWrapper;
import dev.krait.runtime.objects.PNone;
import dev.krait.runtime.objects.PSet;
import dev.krait.runtime.objects.PTuple;
import dev.krait.runtime.objects.PythonClass;
import dev.krait.runtime.objects.PythonObject;
import dev.krait.runtime.protocol.PyObjectCall;
import dev.krait.runtime.protocol.PyObjectGetAttr;
import dev.krait.runtime.protocol.PyObjectType;
import dev.krait.runtime.storage.DictStorage;
import dev.krait.runtime.storage.SetStorage;

/** The {@code class} statement and {@code type(name, bases, namespace)}: metaclass choice, MRO, namespace. */
final class ClassBuilder {
    private ClassBuilder() {
    }

    /** {@code __build_class__(body, name, *bases, **keywords)}. */
    @TruffleBoundary
    static Object buildClass(PFunction body, String name, Object[] originalBases, PDict keywords) {
        KraitContext context = KraitContext.get(null);
        Object[] bases = resolveMroEntries(context, originalBases);
        Object metaclass = keywords.removeItem("metaclass");
        if (metaclass == null) {
            metaclass = bases.length == 0 ? context.classes().typeClass : PyObjectType.classOf(context, bases[0]);
        }
        if (metaclass instanceof PythonClass explicit && explicit.isSubclassOf(context.classes().typeClass)) {
            metaclass = mostDerivedMetaclass(context, explicit, bases);
        }
        Object namespace;
        Object prepare = PyObjectGetAttr.getOrNull(metaclass, "__prepare__");
        if (prepare != null) {
            Object prepared = PyObjectCall.call(prepare, new Object[]{name, context.newTuple(bases)}, keywordNames(keywords), keywordValues(keywords));
            if (PyObjectType.classOf(context, prepared).lookup("__getitem__") == null) {
                String metaclassName = metaclass instanceof PythonClass m ? m.getName() : "<metaclass>";
                throw Errors.typeError(metaclassName + ".__prepare__() must return a mapping, not " + PyObjectType.typeName(prepared));
            }
            namespace = prepared;
        } else {
            namespace = context.newDict();
        }
        // the class body stores into the namespace, which this statement holds until the class is made
        dev.krait.runtime.memory.RefCounts.incRef(namespace);
        Object classCell;
        try {
            classCell = body.getCode().callTarget().call(body, namespace);
        } finally {
            dev.krait.runtime.memory.RefCounts.decRef(namespace);
        }
        if (bases != originalBases) {
            dev.krait.nodes.local.NamespaceMapping.set(namespace, "__orig_bases__", context.newTuple(originalBases));
        }
        if (classCell instanceof PCell) {
            // type.__new__ fills the cell before __set_name__ and __init_subclass__ run (zero-argument super there)
            dev.krait.nodes.local.NamespaceMapping.set(namespace, "__classcell__", classCell);
        }
        Object[] args = new Object[]{name, context.newTuple(bases), namespace};
        Object cls = PyObjectCall.call(metaclass, args, keywordNames(keywords), keywordValues(keywords));
        if (classCell instanceof PCell cell && cls instanceof PythonClass) {
            Object cellClass = cell.get();
            if (cellClass == null) {
                throw Errors.runtimeError("__class__ not set defining " + PyObjectRepr.repr(name) + " as " + PyObjectRepr.repr(cls) +
                                ". Was __classcell__ propagated to type.__new__?");
            }
            if (cellClass != cls) {
                throw Errors.typeError("__class__ set to " + PyObjectRepr.repr(cellClass) + " defining " + PyObjectRepr.repr(name) + " as " +
                                PyObjectRepr.repr(cls));
            }
        }
        return cls;
    }

    /**
     * PEP 560: a base that is not a class and has {@code __mro_entries__} is replaced by the classes that method
     * returns ({@code class Box(Generic[T])}). Returns {@code bases} itself when nothing was replaced.
     */
    private static Object[] resolveMroEntries(KraitContext context, Object[] bases) {
        List<Object> resolved = null;
        for (int i = 0; i < bases.length; i++) {
            Object base = bases[i];
            Object entries = base instanceof PythonClass ? null : PyObjectGetAttr.getOrNull(base, "__mro_entries__");
            if (entries == null) {
                if (resolved != null) {
                    resolved.add(base);
                }
                continue;
            }
            Object result = PyObjectCall.call(entries, context.newTuple(bases));
            if (!(result instanceof PTuple tuple)) {
                throw Errors.typeError("__mro_entries__ must return a tuple");
            }
            if (resolved == null) {
                resolved = new ArrayList<>(java.util.Arrays.asList(bases).subList(0, i));
            }
            resolved.addAll(java.util.Arrays.asList(tuple.items()));
        }
        return resolved == null ? bases : resolved.toArray();
    }

    private static String[] keywordNames(PDict keywords) {
        List<String> names = new ArrayList<>();
        for (Object key : keywords.storage().keysArray()) {
            names.add((String) key);
        }
        return names.toArray(new String[0]);
    }

    private static Object[] keywordValues(PDict keywords) {
        return keywords.storage().valuesArray();
    }

    /**
     * The class that first gives its instances a {@code __dict__} or weak references has the descriptors for them
     * (CPython's {@code subtype_dict} and {@code subtype_getweakref}); classes below it inherit them.
     */
    private static void addInstanceAttributeDescriptors(KraitContext context, PythonClass cls) {
        boolean inheritsDict = inheritsInstanceAttribute(context, cls.getBases(), "__dict__");
        boolean inheritsWeakref = inheritsInstanceAttribute(context, cls.getBases(), "__weakref__");
        if (cls.acceptsAttributes() && !inheritsDict && !cls.getNamespace().containsKey("__dict__")) {
            cls.defineOwn("__dict__", ObjectBuiltins.instanceDictDescriptor(context, cls));
        }
        if (cls.acceptsWeakReferences() && !inheritsWeakref && !cls.getNamespace().containsKey("__weakref__")) {
            cls.defineOwn("__weakref__", ObjectBuiltins.weakrefDescriptor(context, cls));
        }
    }

    /**
     * Whether instances of a class with these bases already have a {@code __dict__} (or {@code __weakref__}):
     * along the chain of best bases, as CPython looks at tp_base's dict and weakref offsets, not the whole MRO.
     */
    private static boolean inheritsInstanceAttribute(KraitContext context, PythonClass[] bases, String name) {
        for (PythonClass base = bestBase(List.of(bases)); base != null; base = base.getBases().length == 0 ? null : bestBase(List.of(base.getBases()))) {
            if (base.getOwn(name) != null || name.equals("__weakref__") && base.isBuiltin() && nativelyWeaklyReferenceable(context, base)) {
                return true;
            }
        }
        return false;
    }

    /** Builtin types whose instances CPython lays out with their items inline (a nonzero tp_itemsize). */
    private static boolean hasVariableSize(KraitContext context, PythonClass layout) {
        var c = context.classes();
        return layout == c.tupleClass || layout == c.bytesClass || layout == c.intClass;
    }

    /** Builtin base types whose instances hold weak references themselves (CPython: a nonzero tp_weaklistoffset). */
    private static boolean nativelyWeaklyReferenceable(KraitContext context, PythonClass builtin) {
        var c = context.classes();
        return builtin == c.setClass || builtin == c.frozensetClass || builtin == c.typeClass || builtin == c.functionClass ||
                        builtin == c.moduleClass;
    }

    /**
     * CPython's {@code _PyType_CalculateMetaclass}: the metaclass that is a subclass of the given one and of every
     * base's metaclass, or a TypeError when there is none.
     */
    static PythonClass mostDerivedMetaclass(KraitContext context, PythonClass metaclass, Object[] bases) {
        PythonClass winner = metaclass;
        for (Object base : bases) {
            PythonClass baseMeta = PyObjectType.classOf(context, base);
            if (winner.isSubclassOf(baseMeta)) {
                continue;
            }
            if (baseMeta.isSubclassOf(winner)) {
                winner = baseMeta;
                continue;
            }
            throw Errors.typeError("metaclass conflict: the metaclass of a derived class must be a (non-strict) subclass "
                            + "of the metaclasses of all its bases");
        }
        return winner;
    }

    /** {@code type.__new__(metaclass, name, bases, namespace)}. */
    @TruffleBoundary
    static PythonClass createClass(KraitContext context, PythonClass metaclass, String name, Object[] baseObjects, PDict namespace,
                    PDict keywords) {
        List<PythonClass> bases = new ArrayList<>();
        for (Object base : baseObjects) {
            if (!(base instanceof PythonClass cls)) {
                throw Errors.typeError("bases must be types");
            }
            if (!isBaseType(context, cls)) {
                throw Errors.typeError("type '" + cls.getTypeName() + "' is not an acceptable base type");
            }
            bases.add(cls);
        }
        if (bases.isEmpty()) {
            bases.add(context.classes().objectClass);
        }
        PythonClass solid = solidBase(context, bases);
        bestBase(bases); // raises CPython's lay-out conflict for bases whose __slots__ give incompatible layouts
        PythonClass cls = new PythonClass(metaclass, context.getShape(), name, bases.toArray(new PythonClass[0]), false);
        cls.setMro(computeMro(cls, bases));
        cls.setSolidBase(solid);
        context.noteUserClass(cls);
        for (Object entry : namespace.storage().itemsArray()) {
            Object[] item = (Object[]) entry;
            if (item[0] instanceof String key) {
                cls.defineOwn(key, item[1]);
            }
        }
        Object classCell = cls.removeOwn("__classcell__");
        if (classCell instanceof PCell cell) {
            cell.set(cls);
        } else if (classCell != null) {
            throw Errors.typeError("__classcell__ must be a nonlocal cell, not " + PyObjectRepr.repr(PyObjectType.classOf(context, classCell)));
        }
        invokeCustomMro(context, cls);
        inheritPatternFlags(cls, bases, solid);
        Object qualname = cls.removeOwn("__qualname__");
        if (qualname instanceof String q) {
            cls.setQualname(q);
        }
        for (String implicitStatic : new String[]{"__new__"}) {
            Object value = cls.getNamespace().get(implicitStatic);
            if (value instanceof PFunction) {
                cls.defineOwn(implicitStatic, new PMethodWrapper(context.classes().staticmethodClass, context.getShape(), value, false));
            }
        }
        for (String implicitClass : new String[]{"__init_subclass__", "__class_getitem__"}) {
            Object value = cls.getNamespace().get(implicitClass);
            if (value instanceof PFunction) {
                cls.defineOwn(implicitClass, new PMethodWrapper(context.classes().classmethodClass, context.getShape(), value, true));
            }
        }
        Object slots = cls.getNamespace().get("__slots__");
        if (slots != null) {
            java.util.Set<String> names = new java.util.LinkedHashSet<>();
            for (Object slot : slots instanceof String s ? new Object[]{s} : dev.krait.runtime.protocol.PyIter.toArray(slots)) {
                if (!(slot instanceof String s)) {
                    throw Errors.typeError("__slots__ items must be strings, not '" + PyObjectType.typeName(slot) + "'");
                }
                if (!dev.krait.runtime.text.StrMethods.isidentifier(s)) {
                    throw Errors.typeError("__slots__ must be identifiers");
                }
                if (s.equals("__dict__") && (names.contains(s) || inheritsInstanceAttribute(context, cls.getBases(), s))) {
                    throw Errors.typeError("__dict__ slot disallowed: we already got one");
                }
                if (hasVariableSize(context, cls.getSolidBase())) {
                    throw Errors.typeError("nonempty __slots__ not supported for subtype of '" + bestBase(List.of(cls.getBases())).getName() + "'");
                }
                if (s.equals("__weakref__") && (names.contains(s) || inheritsInstanceAttribute(context, cls.getBases(), s))) {
                    throw Errors.typeError("__weakref__ slot disallowed: we already got one");
                }
                // private names are mangled, as in the class body
                names.add(dev.krait.symtable.SymbolTable.mangle(cls.getName(), s));
            }
            cls.setSlotNames(names);
            for (String slot : names) {
                if (slot.equals("__dict__") || slot.equals("__weakref__")) {
                    continue;
                }
                if (cls.getNamespace().containsKey(slot)) {
                    throw Errors.valueError("'" + slot + "' in __slots__ conflicts with class variable");
                }
                cls.defineOwn(slot, memberDescriptor(context, cls, slot));
            }
            boolean basesWithoutDict = true;
            for (PythonClass c : cls.getMro()) {
                if (c != cls && !c.isBuiltin() && c.acceptsAttributes()) {
                    basesWithoutDict = false;
                }
            }
            if (basesWithoutDict && !names.contains("__dict__")) {
                cls.setAcceptsAttributes(false);
            }
            boolean basesWithoutWeakref = true;
            for (PythonClass c : cls.getMro()) {
                if (c != cls && !c.isBuiltin() && c.acceptsWeakReferences()) {
                    basesWithoutWeakref = false;
                }
            }
            if (basesWithoutWeakref && !names.contains("__weakref__")) {
                cls.setAcceptsWeakReferences(false);
            }
        }
        if (cls.getNamespace().containsKey("__eq__") && !cls.getNamespace().containsKey("__hash__")) {
            cls.defineOwn("__hash__", PNone.NONE);
        }
        addInstanceAttributeDescriptors(context, cls);
        if (!cls.getNamespace().containsKey("__doc__")) {
            cls.defineOwn("__doc__", PNone.NONE);
        }
        cls.defineOwn("__module__", cls.getNamespace().getOrDefault("__module__", "builtins"));
        for (Map.Entry<String, Object> entry : new LinkedHashMap<>(cls.getNamespace()).entrySet()) {
            Object value = entry.getValue();
            // of the builtin types only property has a __set_name__
            if (value instanceof PythonObject && !(value instanceof PythonClass) &&
                            (!PyObjectType.classOf(value).isBuiltin() || value instanceof dev.krait.runtime.objects.PProperty)) {
                Object setName = PyObjectType.classOf(value).lookup("__set_name__");
                if (setName != null) {
                    PyObjectCall.callDescriptor(setName, value, new Object[]{cls, entry.getKey()}, new String[0], new Object[0]);
                }
            }
        }
        PythonClass[] mro = cls.getMro();
        if (mro.length > 1) {
            Object initSubclass = dev.krait.runtime.objects.PSuper.create(context, cls, cls).lookup("__init_subclass__");
            if (initSubclass != null) {
                PyObjectCall.call(initSubclass, new Object[0], keywordNames(keywords), keywordValues(keywords));
            }
        }
        return cls;
    }

    /**
     * The pattern-matching flags: the sequence/mapping kind of the first class in the MRO that has one (so
     * {@code class M(UserDict, C, list)} is a mapping), MATCH_SELF from the bases. A class body may declare its kind
     * as {@code __abc_tpflags__}, which CPython's {@code ABCMeta} honours for {@code collections.abc.Sequence}/
     * {@code Mapping}; Krait's bundled classes that CPython writes in C (collections.deque) declare theirs that way.
     */
    private static void inheritPatternFlags(PythonClass cls, List<PythonClass> bases, PythonClass solid) {
        int kinds = PythonClass.SEQUENCE | PythonClass.MAPPING;
        Object declared = cls.removeOwn("__abc_tpflags__");
        if (declared instanceof Long flags) {
            cls.addPatternFlags((int) (flags & kinds));
        }
        PythonClass[] mro = cls.getMro();
        for (int i = 1; i < mro.length && !cls.hasPatternFlag(kinds); i++) {
            cls.addPatternFlags(mro[i].getPatternFlags() & kinds);
        }
        for (PythonClass base : bases) {
            if (base.getSolidBase() == solid) {
                cls.addPatternFlags(base.getPatternFlags() & ~kinds);
                return;
            }
        }
    }

    static boolean isBaseType(KraitContext context, PythonClass cls) {
        if (StructSequence.isStructSequenceType(cls)) {
            return false;
        }
        if (!cls.isBuiltin()) {
            return true;
        }
        if (cls.getName().endsWith("iterator")) {
            return false;
        }
        return switch (cls.getName()) {
            case "bool", "NoneType", "NotImplementedType", "ellipsis", "function", "builtin_function_or_method", "method",
                            "method_descriptor", "classmethod_descriptor", "wrapper_descriptor", "method-wrapper",
                            "generator", "range", "slice", "iterator", "dict_keys", "dict_values", "dict_items", "mappingproxy", "cell",
                            "traceback", "memoryview", "super",
                            "TextIOWrapper" -> false;
            default -> true;
        };
    }

    /**
     * A metaclass that overrides {@code mro()} decides the new class's MRO (CPython's {@code mro_internal}); the
     * result must hold classes whose layout the new class can have.
     */
    private static void invokeCustomMro(KraitContext context, PythonClass cls) {
        PythonClass metaclass = PyObjectType.classOf(context, cls);
        if (metaclass == context.classes().typeClass || metaclass.lookup("mro") == context.classes().typeClass.getOwn("mro")) {
            return;
        }
        Object[] items = dev.krait.runtime.protocol.PyIter.toArray(PyObjectCall.call(PyObjectGetAttr.get(cls, "mro")));
        PythonClass[] mro = new PythonClass[items.length];
        for (int i = 0; i < items.length; i++) {
            if (!(items[i] instanceof PythonClass entry)) {
                throw Errors.typeError("mro() returned a non-class ('" + PyObjectType.typeName(items[i]) + "')");
            }
            if (!layoutBase(cls).isSubclassOf(layoutBase(entry))) {
                throw Errors.typeError("mro() returned base with unsuitable layout ('" + entry.getName() + "')");
            }
            mro[i] = entry;
        }
        cls.setMro(mro);
    }

    /** {@code type.mro(cls)}: the C3 linearization of the class's current bases, computed afresh. */
    static PythonClass[] defaultMro(PythonClass cls) {
        return computeMro(cls, List.of(cls.getBases()));
    }

    /**
     * {@code cls.__base__}: of the bases, the first whose layout base is the most derived one (CPython's
     * {@code best_base}); bases whose layouts are unrelated (two classes with their own {@code __slots__}, a
     * slotted class and {@code dict}) cannot be combined.
     */
    static PythonClass bestBase(List<PythonClass> bases) {
        PythonClass winner = null;
        PythonClass best = null;
        for (PythonClass base : bases) {
            PythonClass candidate = layoutBase(base);
            if (winner == null) {
                winner = candidate;
                best = base;
            } else if (!winner.isSubclassOf(candidate)) {
                if (!candidate.isSubclassOf(winner)) {
                    throw Errors.typeError("multiple bases have instance lay-out conflict");
                }
                winner = candidate;
                best = base;
            }
        }
        return best;
    }

    /**
     * The class that fixes the layout of {@code cls}'s instances (CPython's {@code solid_base}): a class whose
     * {@code __slots__} add fields, else the builtin type its instances are made as, else its best base's.
     */
    private static PythonClass layoutBase(PythonClass cls) {
        if (cls.isBuiltin()) {
            return cls.getSolidBase();
        }
        java.util.Set<String> slots = cls.getSlotNames();
        if (slots != null) {
            for (String slot : slots) {
                if (!slot.equals("__dict__") && !slot.equals("__weakref__")) {
                    return cls;
                }
            }
        }
        return layoutBase(bestBase(List.of(cls.getBases())));
    }

    private static PythonClass solidBase(KraitContext context, List<PythonClass> bases) {
        PythonClass solid = context.classes().objectClass;
        for (PythonClass base : bases) {
            PythonClass candidate = base.getSolidBase();
            if (candidate.isSubclassOf(solid)) {
                solid = candidate;
            } else if (!solid.isSubclassOf(candidate)) {
                throw Errors.typeError("multiple bases have instance lay-out conflict");
            }
        }
        return solid;
    }

    /** {@code cls.__bases__ = value}, with CPython's checks; the class and its subclasses get new MROs. */
    @TruffleBoundary
    static void assignBases(KraitContext context, PythonClass cls, Object value) {
        if (cls.isBuiltin()) {
            throw Errors.typeError("cannot set '__bases__' attribute of immutable type '" + cls.getName() + "'");
        }
        if (value == null) {
            throw Errors.typeError("cannot delete '__bases__' attribute of immutable type '" + cls.getName() + "'");
        }
        if (!(value instanceof dev.krait.runtime.objects.PTuple tuple)) {
            throw Errors.typeError("can only assign tuple to " + cls.getName() + ".__bases__, not " + PyObjectType.typeName(value));
        }
        if (tuple.length() == 0) {
            throw Errors.typeError("can only assign non-empty tuple to " + cls.getName() + ".__bases__, not ()");
        }
        List<PythonClass> newBases = new ArrayList<>();
        for (Object item : tuple.items()) {
            if (!(item instanceof PythonClass base)) {
                throw Errors.typeError(cls.getName() + ".__bases__ must be tuple of classes, not '" + PyObjectType.typeName(item) + "'");
            }
            if (base.isSubclassOf(cls)) {
                throw Errors.typeError("a __bases__ item causes an inheritance cycle");
            }
            if (!isBaseType(context, base)) {
                throw Errors.typeError("type '" + base.getTypeName() + "' is not an acceptable base type");
            }
            newBases.add(base);
        }
        // CPython's compatible_for_assignment between the bases that give the instances their layout: a builtin
        // base and a class base free their instances differently, and two layouts must match
        PythonClass oldBest = bestBase(context, List.of(cls.getBases()));
        PythonClass newBest = bestBase(context, newBases);
        if (oldBest.isBuiltin() != newBest.isBuiltin() || oldBest.isBuiltin() && oldBest != newBest) {
            throw Errors.typeError("__bases__ assignment: '" + newBest.getName() + "' deallocator differs from '" + oldBest.getName() + "'");
        }
        if (solidBase(context, List.of(cls.getBases())) != solidBase(context, newBases)) {
            throw Errors.typeError("__bases__ assignment: '" + newBest.getName() + "' object layout differs from '" + oldBest.getName() + "'");
        }
        PythonClass[] oldBases = cls.getBases();
        PythonClass[] oldMro = cls.getMro();
        cls.replaceBases(newBases.toArray(new PythonClass[0]), computeMro(cls, newBases));
        try {
            recomputeSubclassMros(cls);
        } catch (RuntimeException e) {
            cls.replaceBases(oldBases, oldMro); // an inconsistent MRO below: nothing changes
            recomputeSubclassMros(cls);
            throw e;
        }
    }

    /**
     * Whether instances of the two classes have the same layout (CPython's {@code compatible_for_assignment} for
     * {@code __class__}): the same builtin base, both or neither with a {@code __dict__} and weak references, and the
     * same slots.
     */
    @TruffleBoundary
    static boolean sameLayout(PythonClass a, PythonClass b) {
        return a.getSolidBase() == b.getSolidBase() && a.acceptsAttributes() == b.acceptsAttributes() &&
                        a.acceptsWeakReferences() == b.acceptsWeakReferences() && slotsAlongMro(a).equals(slotsAlongMro(b));
    }

    private static java.util.Set<String> slotsAlongMro(PythonClass cls) {
        java.util.Set<String> slots = new java.util.HashSet<>();
        for (PythonClass c : cls.getMro()) {
            if (!c.isBuiltin() && c.getSlotNames() != null) {
                slots.addAll(c.getSlotNames());
            }
        }
        slots.remove("__dict__");
        slots.remove("__weakref__");
        return slots;
    }

    /** CPython's {@code best_base}: the first base whose instance layout is the most derived. */
    private static PythonClass bestBase(KraitContext context, List<PythonClass> bases) {
        PythonClass best = bases.get(0);
        PythonClass winner = best.getSolidBase();
        for (PythonClass base : bases) {
            PythonClass candidate = base.getSolidBase();
            if (candidate != winner && candidate.isSubclassOf(winner)) {
                winner = candidate;
                best = base;
            }
        }
        return best;
    }

    private static void recomputeSubclassMros(PythonClass cls) {
        for (PythonClass sub : cls.getSubclasses()) {
            sub.replaceBases(sub.getBases(), computeMro(sub, List.of(sub.getBases())));
            recomputeSubclassMros(sub);
        }
    }

    /** C3 linearization. */
    private static PythonClass[] computeMro(PythonClass cls, List<PythonClass> bases) {
        for (int i = 0; i < bases.size(); i++) {
            for (int j = i + 1; j < bases.size(); j++) {
                if (bases.get(i) == bases.get(j)) {
                    throw Errors.typeError("duplicate base class " + bases.get(i).getName());
                }
            }
        }
        List<List<PythonClass>> sequences = new ArrayList<>();
        for (PythonClass base : bases) {
            sequences.add(new ArrayList<>(List.of(base.getMro())));
        }
        sequences.add(new ArrayList<>(bases));
        List<PythonClass> result = new ArrayList<>();
        result.add(cls);
        while (true) {
            sequences.removeIf(List::isEmpty);
            if (sequences.isEmpty()) {
                return result.toArray(new PythonClass[0]);
            }
            PythonClass next = null;
            for (List<PythonClass> sequence : sequences) {
                PythonClass head = sequence.get(0);
                boolean inTail = false;
                for (List<PythonClass> other : sequences) {
                    if (other.indexOf(head) > 0) {
                        inTail = true;
                        break;
                    }
                }
                if (!inTail) {
                    next = head;
                    break;
                }
            }
            if (next == null) {
                java.util.LinkedHashSet<String> heads = new java.util.LinkedHashSet<>();
                for (List<PythonClass> sequence : sequences) {
                    heads.add(sequence.get(0).getName());
                }
                throw Errors.typeError("Cannot create a consistent method resolution\norder (MRO) for bases " + String.join(", ", heads));
            }
            result.add(next);
            for (List<PythonClass> sequence : sequences) {
                if (!sequence.isEmpty() && sequence.get(0) == next) {
                    sequence.remove(0);
                }
            }
        }
    }

    /**
     * The descriptor of one {@code __slots__} entry: the value lives in the instance's shape (where plain attribute
     * stores and reads find it directly); an unset slot raises AttributeError.
     */
    private static Object memberDescriptor(KraitContext context, PythonClass owner, String slot) {
        return new dev.krait.runtime.objects.PGetSetDescriptor(context.classes().memberDescriptorClass, context.getShape(), slot,
                        owner, instance -> {
                            checkSlotApplies(owner, slot, instance);
                            return dev.krait.runtime.ObjectAttributes.get((PythonObject) instance, slot);
                        },
                        (instance, value) -> {
                            checkSlotApplies(owner, slot, instance);
                            if (value != null) {
                                dev.krait.runtime.ObjectAttributes.put((PythonObject) instance, slot, value);
                            } else if (!dev.krait.runtime.ObjectAttributes.remove((PythonObject) instance, slot)) {
                                throw Errors.attributeError("'" + PyObjectType.typeName(instance) + "' object has no attribute '" + slot + "'");
                            }
                        });
    }

    /** A slot's descriptor reached from another class (stored there as an attribute) does not read other layouts. */
    private static void checkSlotApplies(PythonClass owner, String slot, Object instance) {
        if (!PyObjectType.isInstance(instance, owner)) {
            throw Errors.typeError("descriptor '" + slot + "' for '" + owner.getName() + "' objects doesn't apply to a '" +
                            PyObjectType.typeName(instance) + "' object");
        }
    }

    /** A new, empty instance of {@code cls} laid out as its solid base requires. */
    @TruffleBoundary
    static Object allocate(KraitContext context, PythonClass cls) {
        return dev.krait.runtime.memory.RefCounts.created(allocateUncounted(context, cls));
    }

    private static PythonObject allocateUncounted(KraitContext context, PythonClass cls) {
        PythonClass solid = cls.getSolidBase();
        var classes = context.classes();
        if (solid == classes.objectClass) {
            return new PythonObject(cls, context.getShape());
        } else if (solid == classes.listClass) {
            return new PList(cls, context.getShape(), PList.EMPTY, 0);
        } else if (solid == classes.dictClass) {
            return new PDict(cls, context.getShape(), new DictStorage());
        } else if (solid == classes.setClass || solid == classes.frozensetClass) {
            return new PSet(cls, context.getShape(), new SetStorage());
        } else if (solid == classes.tupleClass) {
            return new PTuple(cls, context.getShape(), new Object[0]);
        } else if (solid == classes.bytesClass) {
            return new dev.krait.runtime.objects.PBytes(cls, context.getShape(), new byte[0]);
        } else if (solid == classes.bytearrayClass) {
            return new dev.krait.runtime.objects.PByteArray(cls, context.getShape(), new byte[0]);
        } else if (solid == classes.baseException) {
            return new PBaseException(cls, context.getShape(), new Object[0]);
        }
        throw Errors.notImplementedError("subclassing '" + solid.getName() + "' is not supported by Krait yet");
    }
}
