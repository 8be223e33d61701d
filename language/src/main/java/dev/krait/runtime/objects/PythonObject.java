package dev.krait.runtime.objects;

import com.oracle.truffle.api.object.DynamicObject;
import com.oracle.truffle.api.object.Shape;

/**
 * Every Python object that is not a Java primitive value (int, float, bool, str, None). Instance attributes live in
 * the {@link DynamicObject}'s shape-described storage, so attribute access compiles to a shape check and a field load.
 */
public class PythonObject extends DynamicObject {
    private PythonClass pythonClass;

    public PythonObject(PythonClass pythonClass, Shape shape) {
        super(shape);
        this.pythonClass = pythonClass;
    }

    public final PythonClass getPythonClass() {
        return pythonClass;
    }

    public final void setPythonClass(PythonClass pythonClass) {
        this.pythonClass = pythonClass;
    }
}
