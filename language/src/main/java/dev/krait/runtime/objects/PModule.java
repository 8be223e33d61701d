package dev.krait.runtime.objects;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.object.Shape;

import dev.krait.runtime.KraitContext;
import dev.krait.runtime.memory.RefCounts;
import dev.krait.runtime.protocol.PythonKeyProtocol;
import dev.krait.runtime.storage.DictStorage;

/**
 * A module. Its globals (which are its attributes) live in one {@link GlobalCell} per name, in definition order, so
 * compiled code can keep a cell and fold the value of a global that is not rebound.
 *
 * <p>Its {@code __dict__} (what {@code globals()} returns, or the dict handed to {@code exec}) is made on first
 * request and from then on mirrors the cells both ways: a cell tells the dict of each change, and the dict, whose
 * entries this module observes, tells the cells. Modules made for an {@code exec} dict start from that dict.
 */
public final class PModule extends PythonObject implements DictStorage.EntryObserver {
    private final String moduleName;
    private final Map<String, GlobalCell> cells = new LinkedHashMap<>();
    /** The dict mirroring the globals, or null while nobody asked for one. */
    private PDict namespaceDict;
    /** Whether this module made its namespace dict (and counts it), rather than adopting a dict given to exec. */
    private boolean ownsNamespaceDict;

    public PModule(PythonClass cls, Shape shape, String moduleName) {
        super(cls, shape);
        this.moduleName = moduleName;
    }

    public String getModuleName() {
        return moduleName;
    }

    /** Whether the program made this module by calling {@code module(name)}, rather than importing it. */
    private boolean madeByProgram;

    public void markMadeByProgram() {
        madeByProgram = true;
    }

    public boolean isMadeByProgram() {
        return madeByProgram;
    }

    /** Whether this is a namespace package (PEP 420): its repr lists its directories. */
    private boolean namespacePackage;

    public void markNamespacePackage() {
        namespacePackage = true;
    }

    public boolean isNamespacePackage() {
        return namespacePackage;
    }

    /** Whether this is a bundled module CPython freezes into its executable (its repr says "(frozen)"). */
    private boolean frozen;

    public void markFrozen() {
        frozen = true;
    }

    public boolean isFrozen() {
        return frozen;
    }

    /** The cell of {@code name}, made (unbound) when the name has none yet. */
    @TruffleBoundary
    public GlobalCell getCell(String name) {
        return cells.computeIfAbsent(name, n -> new GlobalCell(n, this));
    }

    public boolean hasNamespaceDict() {
        return namespaceDict != null;
    }

    /** The module's {@code __dict__} if something asked for it already, else null. */
    public PDict namespaceDictOrNull() {
        return namespaceDict;
    }

    /** The module's {@code __dict__}, made from the bound globals on first request. */
    @TruffleBoundary
    public PDict getNamespaceDict(KraitContext context) {
        if (namespaceDict == null) {
            PDict dict = context.newDict();
            for (GlobalCell cell : cells.values()) {
                if (cell.get() != null) {
                    dict.setItem(cell.name(), cell.get());
                }
            }
            RefCounts.incRef(dict);
            ownsNamespaceDict = true;
            adoptNamespaceDict(dict);
        }
        return namespaceDict;
    }

    /**
     * The module whose globals {@code dict} holds: the one it already mirrors, or a new one made from its entries
     * (what {@code exec(code, dict)} runs in).
     */
    @TruffleBoundary
    public static PModule forNamespace(KraitContext context, PDict dict) {
        if (dict.storage().observer() instanceof PModule module) {
            return module;
        }
        Object name = dict.getItem("__name__");
        PModule module = new PModule(context.classes().moduleClass, context.getShape(), name instanceof String s ? s : "builtins");
        DictStorage storage = dict.storage();
        for (int ix = storage.nextIndex(0); ix >= 0; ix = storage.nextIndex(ix + 1)) {
            if (storage.keyAt(ix) instanceof String key) {
                module.getCell(key).setFromNamespace(storage.valueAt(ix));
            }
        }
        module.adoptNamespaceDict(dict);
        return module;
    }

    /**
     * Mirrors the globals in {@code dict} from now on. A dict given to exec stays its owner's: the module does not
     * count it (the cells count the values they took from it).
     */
    private void adoptNamespaceDict(PDict dict) {
        dict.storage().setObserver(this);
        namespaceDict = dict;
    }

    /** A cell changed: the namespace dict follows. */
    @TruffleBoundary
    void mirrorGlobal(String name, Object value) {
        if (value == null) {
            namespaceDict.storage().remove(name, PythonKeyProtocol.INSTANCE);
        } else {
            namespaceDict.storage().put(name, value, PythonKeyProtocol.INSTANCE);
        }
    }

    /** The namespace dict changed: the cell follows (keys that are not strings have no cell). */
    @Override
    @TruffleBoundary
    public void entryChanged(Object key, Object value) {
        if (key instanceof String name) {
            GlobalCell cell = value == null ? cells.get(name) : getCell(name);
            if (cell != null) {
                cell.setFromNamespace(value);
            }
        }
    }

    /** The global's value, or null when unbound. */
    @TruffleBoundary
    public Object getGlobal(String name) {
        GlobalCell cell = cells.get(name);
        return cell == null ? null : cell.get();
    }

    @TruffleBoundary
    public void setGlobal(String name, Object value) {
        getCell(name).set(value);
    }

    /** Unbinds the global; false when it was not bound. */
    @TruffleBoundary
    public boolean removeGlobal(String name) {
        GlobalCell cell = cells.get(name);
        if (cell == null || cell.get() == null) {
            return false;
        }
        cell.set(null);
        return true;
    }

    /** A module holds its globals (for gc.get_referents; modules themselves are never released by counting). */
    @Override
    @TruffleBoundary
    public void traverseReferences(dev.krait.runtime.memory.ReferenceVisitor visitor) {
        super.traverseReferences(visitor);
        for (GlobalCell cell : cells.values()) {
            if (cell.get() != null) {
                visitor.visit(cell.get());
            }
        }
        if (ownsNamespaceDict) {
            visitor.visit(namespaceDict);
        }
    }

    /** At interpreter exit: unbinds the globals in definition order, each released as it goes (CPython's order). */
    @TruffleBoundary
    public void clearGlobals(Runnable afterEach) {
        for (GlobalCell cell : new ArrayList<>(cells.values())) {
            if (cell.get() != null && !cell.name().equals("__builtins__")) {
                cell.set(null);
                afterEach.run();
            }
        }
    }

    /** The bound globals' names in definition order. */
    @TruffleBoundary
    public List<String> globalNames() {
        List<String> names = new ArrayList<>();
        for (GlobalCell cell : cells.values()) {
            if (cell.get() != null) {
                names.add(cell.name());
            }
        }
        return names;
    }
}
