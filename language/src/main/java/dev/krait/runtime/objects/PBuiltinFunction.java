package dev.krait.runtime.objects;

import com.oracle.truffle.api.RootCallTarget;
import com.oracle.truffle.api.interop.InteropLibrary;
import com.oracle.truffle.api.library.ExportLibrary;
import com.oracle.truffle.api.library.ExportMessage;
import com.oracle.truffle.api.object.Shape;

import dev.krait.runtime.interop.ObjectInterop;

/**
 * A function implemented in Java: a builtin like {@code len} or a method of a builtin type like {@code str.upper}.
 * Arguments are bound to its {@link Signature} like a Python function's; parameters not given arrive as
 * {@link PNone#NO_VALUE}. Other languages can execute it.
 */
@ExportLibrary(InteropLibrary.class)
public final class PBuiltinFunction extends PythonObject {
    private final String name;
    private final String qualname;
    private final Signature signature;
    private final RootCallTarget callTarget;
    /** The type this is a method of, or null for a module-level builtin. */
    private final PythonClass owner;
    private final Object[] defaults;
    private final java.util.Map<String, Object> kwDefaults;
    /** For a module-level builtin: the module's name ({@code __module__}) and the module ({@code __self__}). */
    private String moduleName;
    private PythonObject module;
    /** Its {@code __doc__}: null for None. */
    private Object doc;

    public PBuiltinFunction(PythonClass cls, Shape shape, String name, String qualname, Signature signature,
                    RootCallTarget callTarget, PythonClass owner, Object[] defaults,
                    java.util.Map<String, Object> kwDefaults) {
        super(cls, shape);
        dev.krait.runtime.memory.RefCounts.immortal(this);
        this.name = name;
        this.qualname = qualname;
        this.signature = signature;
        this.callTarget = callTarget;
        this.owner = owner;
        this.defaults = defaults;
        this.kwDefaults = kwDefaults;
    }

    /** {@link PNone#NO_VALUE} for each optional trailing positional parameter. */
    public Object[] getDefaults() {
        return defaults;
    }

    public java.util.Map<String, Object> getKwDefaults() {
        return kwDefaults;
    }

    public String getName() {
        return name;
    }

    /** Records the module a module-level builtin belongs to (pickle finds it there by name). */
    public void setModule(String name, PythonObject moduleObject) {
        this.moduleName = name;
        this.module = moduleObject;
        // this function is immortal: the count it adds keeps the module alive as long as the function is reachable
        dev.krait.runtime.memory.RefCounts.storeInto(this, moduleObject);
    }

    /** The module's name for a module-level builtin added to a module, else null. */
    public String getModuleName() {
        return moduleName;
    }

    public PythonObject getModule() {
        return module;
    }

    public String getQualname() {
        return qualname;
    }

    public Signature getSignature() {
        return signature;
    }

    public RootCallTarget getCallTarget() {
        return callTarget;
    }

    public PythonClass getOwner() {
        return owner;
    }

    public Object getDoc() {
        return doc;
    }

    public void setDoc(Object doc) {
        this.doc = doc;
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
}
