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
    /** The code the function was made with (a final field: compiled code calling a known function folds it). */
    private final PCode code;
    /** The code a program assigned to {@code __code__}, or null (see {@link #getCode()}). */
    private PCode assignedCode;
    /**
     * Valid until some program first assigns a function's {@code __code__}: until then every function runs the code
     * it was made with and call sites' guards on the code fold away; once invalid, {@link #getCode()} reads the
     * assigned code too (one deoptimization, VM-wide, as {@code Tracing.NO_TRACER}).
     */
    private static final com.oracle.truffle.api.Assumption NO_CODE_ASSIGNED =
                    com.oracle.truffle.api.Truffle.getRuntime().createAssumption("no function's __code__ was assigned");
    private final PModule globals;
    @CompilationFinal(dimensions = 1) private final PCell[] closure;
    private Object[] defaults;
    /** Keyword-only defaults by parameter name, or null when there are none (or when they are in {@link #kwDefaultsDict}). */
    private java.util.Map<String, Object> kwDefaults;
    /**
     * The {@code __kwdefaults__} dict once a program asked for it or assigned one: from then on it holds the
     * keyword-only defaults, so changing it changes what calls get, as in CPython.
     */
    private PDict kwDefaultsDict;
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
        if (kwDefaultsDict != null) {
            visitor.visit(kwDefaultsDict);
        }
        if (closure != null) {
            for (PCell cell : closure) {
                visitor.visit(cell);
            }
        }
    }

    public PCode getCode() {
        if (NO_CODE_ASSIGNED.isValid()) {
            return code;
        }
        PCode assigned = assignedCode;
        return assigned != null ? assigned : code;
    }

    @com.oracle.truffle.api.CompilerDirectives.TruffleBoundary
    public void setCode(PCode newCode) {
        NO_CODE_ASSIGNED.invalidate();
        this.assignedCode = newCode == code ? null : newCode;
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
        if (kwDefaultsDict != null) {
            return dictDefaults(kwDefaultsDict);
        }
        return kwDefaults;
    }

    @com.oracle.truffle.api.CompilerDirectives.TruffleBoundary
    private static java.util.Map<String, Object> dictDefaults(PDict dict) {
        if (dict.storage().size() == 0) {
            return null;
        }
        java.util.Map<String, Object> defaults = new java.util.LinkedHashMap<>();
        for (Object key : dict.storage().keysArray()) {
            if (key instanceof String name) {
                defaults.put(name, dict.getItem(key));
            }
        }
        return defaults;
    }

    /** {@code __kwdefaults__}: the dict of the keyword-only defaults (made once, then live), or null for none. */
    @com.oracle.truffle.api.CompilerDirectives.TruffleBoundary
    public PDict getKwDefaultsDict(dev.krait.runtime.KraitContext context) {
        if (kwDefaultsDict == null) {
            if (kwDefaults == null || kwDefaults.isEmpty()) {
                return null;
            }
            PDict dict = context.newDict();
            kwDefaults.forEach(dict::setItem);
            setKwDefaultsDict(dict);
        }
        return kwDefaultsDict;
    }

    /** Assigning {@code __kwdefaults__} a dict: that dict object holds the defaults from now on. */
    public void setKwDefaultsDict(PDict dict) {
        RefCounts.storeInto(this, dict);
        PDict oldDict = this.kwDefaultsDict;
        this.kwDefaultsDict = dict;
        java.util.Map<String, Object> old = this.kwDefaults;
        this.kwDefaults = null;
        if (old != null) {
            for (Object value : old.values()) {
                RefCounts.decRef(value);
            }
        }
        if (oldDict != null) {
            RefCounts.decRef(oldDict);
        }
    }

    public void setKwDefaults(java.util.Map<String, Object> kwDefaults) {
        java.util.Map<String, Object> old = this.kwDefaults;
        PDict oldDict = this.kwDefaultsDict;
        this.kwDefaultsDict = null;
        if (oldDict != null) {
            RefCounts.decRef(oldDict);
        }
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
        return getCode().callTarget() != null && getCode().callTarget().getRootNode().getSourceSection() != null;
    }

    @ExportMessage
    SourceSection getSourceLocation() throws UnsupportedMessageException {
        if (!hasSourceLocation()) {
            throw UnsupportedMessageException.create();
        }
        return getCode().callTarget().getRootNode().getSourceSection();
    }
}
