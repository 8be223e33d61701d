package dev.krait.runtime.objects;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.object.Shape;

/**
 * A module. Its globals (which are its attributes) live in one {@link GlobalCell} per name, in definition order, so
 * compiled code can keep a cell and fold the value of a global that is not rebound.
 */
public final class PModule extends PythonObject {
    private final String moduleName;
    private final Map<String, GlobalCell> cells = new LinkedHashMap<>();

    public PModule(PythonClass cls, Shape shape, String moduleName) {
        super(cls, shape);
        this.moduleName = moduleName;
    }

    public String getModuleName() {
        return moduleName;
    }

    /** The cell of {@code name}, made (unbound) when the name has none yet. */
    @TruffleBoundary
    public GlobalCell getCell(String name) {
        return cells.computeIfAbsent(name, GlobalCell::new);
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
