package dev.krait.runtime.objects;

import com.oracle.truffle.api.object.Shape;

/**
 * A module. Its globals are the object's own dynamic properties, so a global read in compiled code is a shape check
 * and a load.
 */
public final class PModule extends PythonObject {
    private final String moduleName;

    public PModule(PythonClass cls, Shape shape, String moduleName) {
        super(cls, shape);
        this.moduleName = moduleName;
    }

    public String getModuleName() {
        return moduleName;
    }
}
