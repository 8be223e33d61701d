package dev.krait.runtime.objects;

import dev.krait.runtime.memory.RefCounts;
import dev.krait.runtime.memory.ReferenceVisitor;

import com.oracle.truffle.api.CompilerDirectives.CompilationFinal;
import com.oracle.truffle.api.interop.InteropLibrary;
import com.oracle.truffle.api.interop.UnsupportedMessageException;
import com.oracle.truffle.api.library.ExportLibrary;
import com.oracle.truffle.api.library.ExportMessage;
import com.oracle.truffle.api.object.Shape;
import com.oracle.truffle.api.source.SourceSection;

import dev.krait.runtime.interop.ObjectInterop;

/**
 * A function object made by {@code def} or {@code lambda}: code plus defaults, closure and globals. Other languages
 * can execute it (their arguments become Python values first).
 */
@ExportLibrary(InteropLibrary.class)
public final class PFunction extends PythonObject {
    private final PCode code;
    private final PModule globals;
    @CompilationFinal(dimensions = 1) private final PCell[] closure;
    private Object[] defaults;
    /** Keyword-only defaults by parameter name, or null when there are none. */
    private java.util.Map<String, Object> kwDefaults;
    private String name;
    private String qualname;
    /** For a comprehension in code exec runs with a separate locals dict: that dict (not counted; see ReadNamespaceNameNode). */
    private Object enclosingNamespace;

    public PFunction(PythonClass cls, Shape shape, PCode code, PModule globals, PCell[] closure, Object[] defaults,
                    java.util.Map<String, Object> kwDefaults, String qualname) {
        super(cls, shape);
        this.code = code;
        this.globals = globals;
        this.closure = closure;
        this.defaults = defaults;
        this.kwDefaults = kwDefaults;
        this.name = code.name();
        this.qualname = qualname;
        if (closure != null) {
            for (PCell cell : closure) {
                RefCounts.storeInto(this, cell);
            }
        }
        if (defaults != null) {
            RefCounts.storeAllInto(this, defaults, defaults.length);
        }
        if (kwDefaults != null) {
            for (Object value : kwDefaults.values()) {
                RefCounts.storeInto(this, value);
            }
        }
    }

    public Object getEnclosingNamespace() {
        return enclosingNamespace;
    }

    public void setEnclosingNamespace(Object namespace) {
        this.enclosingNamespace = namespace;
    }

    /** A function holds its defaults, keyword-only defaults and closure cells, and its attributes. */
    @Override
    public void traverseReferences(ReferenceVisitor visitor) {
        super.traverseReferences(visitor);
        if (defaults != null) {
            for (Object value : defaults) {
                visitor.visit(value);
            }
        }
        if (kwDefaults != null) {
            for (Object value : kwDefaults.values()) {
                visitor.visit(value);
            }
        }
        if (closure != null) {
            for (PCell cell : closure) {
                visitor.visit(cell);
            }
        }
    }

    public PCode getCode() {
        return code;
    }

    public PModule getGlobals() {
        return globals;
    }

    public PCell[] getClosure() {
        return closure;
    }

    public Object[] getDefaults() {
        return defaults;
    }

    public void setDefaults(Object[] defaults) {
        Object[] old = this.defaults;
        this.defaults = defaults;
        if (defaults != null) {
            RefCounts.storeAllInto(this, defaults, defaults.length);
        }
        if (old != null) {
            RefCounts.decRefAllReversed(old, old.length);
        }
    }

    public java.util.Map<String, Object> getKwDefaults() {
        return kwDefaults;
    }

    public void setKwDefaults(java.util.Map<String, Object> kwDefaults) {
        java.util.Map<String, Object> old = this.kwDefaults;
        this.kwDefaults = kwDefaults;
        if (kwDefaults != null) {
            for (Object value : kwDefaults.values()) {
                RefCounts.storeInto(this, value);
            }
        }
        if (old != null) {
            for (Object value : old.values()) {
                RefCounts.decRef(value);
            }
        }
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public String getQualname() {
        return qualname;
    }

    public void setQualname(String qualname) {
        this.qualname = qualname;
    }

    // ---- interop: executable, arguments converted to Python values ----

    @ExportMessage
    @Override
    boolean isExecutable() {
        return true;
    }

    @ExportMessage
    @Override
    Object execute(Object[] arguments) {
        return ObjectInterop.call(this, arguments);
    }

    @ExportMessage
    boolean hasExecutableName() {
        return true;
    }

    @ExportMessage
    Object getExecutableName() {
        return qualname;
    }

    @ExportMessage
    boolean hasSourceLocation() {
        return code.callTarget() != null && code.callTarget().getRootNode().getSourceSection() != null;
    }

    @ExportMessage
    SourceSection getSourceLocation() throws UnsupportedMessageException {
        if (!hasSourceLocation()) {
            throw UnsupportedMessageException.create();
        }
        return code.callTarget().getRootNode().getSourceSection();
    }
}
