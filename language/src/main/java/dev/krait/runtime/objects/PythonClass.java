package dev.krait.runtime.objects;

import dev.krait.runtime.memory.RefCounts;

import java.lang.ref.WeakReference;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.oracle.truffle.api.Assumption;
import com.oracle.truffle.api.CompilerDirectives.CompilationFinal;
import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.interop.InteropLibrary;
import com.oracle.truffle.api.library.ExportLibrary;
import com.oracle.truffle.api.library.ExportMessage;
import com.oracle.truffle.api.object.Shape;
import com.oracle.truffle.api.utilities.CyclicAssumption;

import dev.krait.runtime.interop.ClassInterop;
import dev.krait.runtime.interop.ObjectInterop;

/**
 * A Python type: builtin or defined by a class statement. Its namespace is a plain ordered map; look-ups through
 * the MRO are cached by compiled code under {@link #getStableAssumption()}, which is invalidated whenever this class
 * or one of its bases changes. A class that keeps changing stops being cached at all, so code that updates a class
 * attribute in a loop does not deoptimize over and over.
 *
 * <p>To other languages a class is a meta-object (the meta-object of its instances) and instantiable.
 */
@ExportLibrary(InteropLibrary.class)
public final class PythonClass extends PythonObject {
    private static final int MAX_INVALIDATIONS = 8;

    private String name;
    private String qualname;
    private PythonClass[] bases;
    @CompilationFinal(dimensions = 1) private PythonClass[] mro;
    private final Map<String, Object> namespace = new LinkedHashMap<>();
    private final List<WeakReference<PythonClass>> subclasses = new ArrayList<>();
    private final CyclicAssumption stable;
    private int invalidations;
    private final boolean builtin;
    /** The builtin class whose instance layout this class's instances use (object, list, dict, BaseException…). */
    private PythonClass solidBase;
    private boolean acceptsAttributes = true;
    /** The names {@code __slots__} declares in this class, or null without {@code __slots__}. */
    private java.util.Set<String> slotNames;
    /** Whether instances have a {@code __del__} to run when they are released (looked up along the MRO). */
    @CompilationFinal private boolean hasFinalizer;
    /**
     * Whether an instance of this class was ever made. Instances do not count their class, so the cycle collector
     * never frees a class that may have one (CPython frees it with its last instance).
     */
    private boolean instantiated;
    /** Whether the cycle collector may free this class: one made by {@code type.__new__} (a class statement, type()). */
    private boolean collectible;
    /** See {@link #getTypeName()}; null when it is the name. */
    private String typeName;

    public PythonClass(PythonClass metaclass, Shape shape, String name, PythonClass[] bases, boolean builtin) {
        super(metaclass, shape);
        this.name = name;
        this.qualname = name;
        this.bases = bases;
        this.builtin = builtin;
        this.stable = new CyclicAssumption(name);
        if (builtin) {
            RefCounts.immortal(this);
            instantiated = true;
        }
        for (PythonClass base : bases) {
            base.addSubclass(this);
        }
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    /**
     * CPython's {@code tp_name}, which error messages show: the name, except for a builtin type defined in a module
     * other than builtins, whose tp_name says the module too ({@code collections.deque}).
     */
    public String getTypeName() {
        return typeName != null ? typeName : name;
    }

    public void setTypeName(String typeName) {
        this.typeName = typeName;
    }

    public String getQualname() {
        return qualname;
    }

    public void setQualname(String qualname) {
        this.qualname = qualname;
    }

    public PythonClass[] getBases() {
        return bases;
    }

    public PythonClass[] getMro() {
        return mro;
    }

    public void setMro(PythonClass[] mro) {
        this.mro = mro;
        invalidate();
    }

    public boolean isBuiltin() {
        return builtin;
    }

    public PythonClass getSolidBase() {
        return solidBase;
    }

    public void setSolidBase(PythonClass solidBase) {
        this.solidBase = solidBase;
    }

    /** Whether instances can carry arbitrary attributes (false for instances of builtin types like int or list). */
    /** Whether instances can be weakly referenced (not when {@code __slots__} leaves out {@code __weakref__}). */
    private boolean acceptsWeakReferences = true;

    public boolean acceptsWeakReferences() {
        return acceptsWeakReferences;
    }

    public void setAcceptsWeakReferences(boolean accepts) {
        acceptsWeakReferences = accepts;
    }

    /** CPython's {@code Py_TPFLAGS_SEQUENCE}: a sequence pattern ({@code case [a, b]}) accepts the instances. */
    public static final int SEQUENCE = 1 << 5;
    /** CPython's {@code Py_TPFLAGS_MAPPING}: a mapping pattern ({@code case {"k": v}}) accepts the instances. */
    public static final int MAPPING = 1 << 6;
    /** CPython's {@code _Py_TPFLAGS_MATCH_SELF}: {@code case int(x)} binds the subject itself to {@code x}. */
    public static final int MATCH_SELF = 1 << 22;

    /** CPython's {@code Py_TPFLAGS_IS_ABSTRACT}: set while {@code __abstractmethods__} is true; object.__new__ refuses. */
    private boolean isAbstract;

    public boolean isAbstract() {
        return isAbstract;
    }

    public void setAbstract(boolean isAbstract) {
        this.isAbstract = isAbstract;
        invalidate();
    }

    /** The pattern-matching flags above (inherited from the base whose layout a class uses). */
    private int patternFlags;

    public boolean hasPatternFlag(int flag) {
        return (patternFlags & flag) != 0;
    }

    public int getPatternFlags() {
        return patternFlags;
    }

    public void addPatternFlags(int flags) {
        patternFlags |= flags;
    }

    public boolean acceptsAttributes() {
        return acceptsAttributes;
    }

    public void setAcceptsAttributes(boolean acceptsAttributes) {
        this.acceptsAttributes = acceptsAttributes;
    }

    public java.util.Set<String> getSlotNames() {
        return slotNames;
    }

    public void setSlotNames(java.util.Set<String> slotNames) {
        this.slotNames = slotNames;
    }

    /** Whether {@code __slots__} of this class or a base declares {@code name}. */
    @TruffleBoundary
    public boolean hasSlot(String name) {
        for (PythonClass cls : mro) {
            if (cls.slotNames != null && cls.slotNames.contains(name)) {
                return true;
            }
        }
        return false;
    }

    public Assumption getStableAssumption() {
        return stable.getAssumption();
    }

    /**
     * An instance of this class was made (see {@link #isInstantiated}). A read and a branch per allocation, no
     * deoptimization: code that makes new classes and instances in a loop stays compiled.
     */
    public void noteInstance() {
        if (!instantiated) {
            instantiated = true;
        }
    }

    public boolean isInstantiated() {
        return instantiated;
    }

    /**
     * Lets the cycle collector free this class once nothing references it: a class made by Python code, whose
     * namespace holds counted references (so a count dropping to zero makes it a possible cycle root).
     */
    public void markCollectible() {
        collectible = true;
        RefCounts.noteHeldReference(this);
    }

    /** Whether the cycle collector may free this class (made by Python code, not released yet). */
    public boolean isCollectible() {
        return collectible && !hasMemoryFlag(RefCounts.RELEASED);
    }

    /** A freed class leaves its bases' lists of subclasses. */
    @TruffleBoundary
    public void detachFromBases() {
        for (PythonClass base : bases) {
            base.removeSubclass(this);
        }
    }

    /** The namespace's values (CPython's type traverse visits the type's dict), after the attributes. */
    @Override
    public void traverseReferences(dev.krait.runtime.memory.ReferenceVisitor visitor) {
        super.traverseReferences(visitor);
        for (Object value : namespace.values().toArray()) {
            visitor.visit(value);
        }
    }

    /** Reads this class's own namespace (not the MRO); null when absent. */
    @TruffleBoundary
    public Object getOwn(String key) {
        return namespace.get(key);
    }

    @TruffleBoundary
    public void setOwn(String key, Object value) {
        RefCounts.incRef(value);
        RefCounts.decRef(namespace.put(key, value));
        invalidate();
    }

    /**
     * At exit: drops what the namespace holds, in definition order. The entries stay readable (methods such as
     * {@code __del__} of other classes released at the same time still run), as in CPython's last collection, which
     * finalizes everything before it clears anything.
     */
    @TruffleBoundary
    public void releaseNamespace() {
        for (Object value : new java.util.ArrayList<>(namespace.values())) {
            RefCounts.decRef(value);
        }
    }

    /** Whether instances of this class have a {@code __del__}. */
    public boolean hasFinalizer() {
        return hasFinalizer;
    }

    private void updateFinalizer() {
        hasFinalizer = mro != null && !builtin && lookup("__del__") != null;
    }

    /** Fills the namespace while the class is being set up, before any code can have cached a look-up in it. */
    @TruffleBoundary
    public void defineOwn(String key, Object value) {
        RefCounts.incRef(value);
        RefCounts.decRef(namespace.put(key, value));
        if (key.equals("__del__")) {
            updateFinalizer();
        }
    }

    @TruffleBoundary
    public Object removeOwn(String key) {
        Object removed = namespace.remove(key);
        invalidate();
        RefCounts.decRef(removed);
        return removed;
    }

    @TruffleBoundary
    public Map<String, Object> getNamespace() {
        return namespace;
    }

    /** The first definition of {@code key} along the MRO, or null: CPython's {@code _PyType_Lookup}. */
    @TruffleBoundary
    public Object lookup(String key) {
        for (PythonClass cls : mro) {
            Object value = cls.namespace.get(key);
            if (value != null) {
                return value;
            }
        }
        return null;
    }

    public boolean isSubclassOf(PythonClass other) {
        if (this == other) {
            return true;
        }
        for (PythonClass cls : mro) {
            if (cls == other) {
                return true;
            }
        }
        return false;
    }

    @TruffleBoundary
    private void addSubclass(PythonClass subclass) {
        subclasses.add(new WeakReference<>(subclass));
    }

    @TruffleBoundary
    private void removeSubclass(PythonClass subclass) {
        subclasses.removeIf(ref -> ref.get() == subclass || ref.get() == null);
    }

    /**
     * {@code C.__bases__ = …}: the new bases and the MRO computed from them; the caller recomputes the subclasses'
     * MROs. Everything compiled against the old MRO is invalidated.
     */
    @TruffleBoundary
    public void replaceBases(PythonClass[] newBases, PythonClass[] newMro) {
        for (PythonClass base : bases) {
            base.removeSubclass(this);
        }
        this.bases = newBases;
        for (PythonClass base : newBases) {
            base.addSubclass(this);
        }
        this.mro = newMro;
        invalidate();
    }

    @TruffleBoundary
    public List<PythonClass> getSubclasses() {
        List<PythonClass> result = new ArrayList<>();
        for (WeakReference<PythonClass> ref : subclasses) {
            PythonClass cls = ref.get();
            if (cls != null && !cls.hasMemoryFlag(RefCounts.RELEASED)) {
                result.add(cls);
            }
        }
        return result;
    }

    @TruffleBoundary
    private void invalidate() {
        updateFinalizer();
        invalidations++;
        if (invalidations > MAX_INVALIDATIONS) {
            stable.getAssumption().invalidate();
        } else {
            stable.invalidate();
        }
        for (PythonClass sub : getSubclasses()) {
            sub.invalidate();
        }
    }

    @Override
    public String toString() {
        return "<class '" + name + "'>";
    }

    // ---- interop: a meta-object, instantiable ----

    @ExportMessage
    boolean isInstantiable() {
        return true;
    }

    @ExportMessage
    Object instantiate(Object[] arguments) {
        return ObjectInterop.call(this, arguments);
    }

    @ExportMessage
    boolean isMetaObject() {
        return true;
    }

    @ExportMessage
    Object getMetaQualifiedName() {
        return ClassInterop.qualifiedName(this);
    }

    @ExportMessage
    Object getMetaSimpleName() {
        return name;
    }

    @ExportMessage
    boolean isMetaInstance(Object instance) {
        return ClassInterop.isInstance(this, instance);
    }

    @ExportMessage
    boolean hasMetaParents() {
        return bases.length > 0;
    }

    @ExportMessage
    Object getMetaParents() {
        return ClassInterop.bases(this);
    }
}
