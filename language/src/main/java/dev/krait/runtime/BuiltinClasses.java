package dev.krait.runtime;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.oracle.truffle.api.object.Shape;

import dev.krait.runtime.exceptions.ErrorType;
import dev.krait.runtime.objects.PythonClass;

/** The builtin types of one context, made when the context starts. */
public final class BuiltinClasses {
    private final Shape shape;
    private final Map<String, PythonClass> byName = new LinkedHashMap<>();
    private final Map<ErrorType, PythonClass> errors = new EnumMap<>(ErrorType.class);

    public final PythonClass typeClass;
    public final PythonClass objectClass;
    public final PythonClass intClass;
    public final PythonClass boolClass;
    public final PythonClass floatClass;
    public final PythonClass complexClass;
    public final PythonClass strClass;
    public final PythonClass bytesClass;
    public final PythonClass bytearrayClass;
    public final PythonClass memoryviewClass;
    /** The array module's array (a builtin type of that module, as in CPython). */
    public final PythonClass arrayClass;
    /** {@code collections.deque} and its iterators (builtin types of the _collections module, as in CPython). */
    public final PythonClass dequeClass;
    public final PythonClass dequeIteratorClass;
    public final PythonClass dequeReverseIteratorClass;
    public final PythonClass noneClass;
    public final PythonClass notImplementedClass;
    public final PythonClass ellipsisClass;
    public final PythonClass listClass;
    public final PythonClass tupleClass;
    public final PythonClass dictClass;
    public final PythonClass setClass;
    public final PythonClass frozensetClass;
    public final PythonClass rangeClass;
    public final PythonClass sliceClass;
    public final PythonClass codeClass;
    public final PythonClass functionClass;
    public final PythonClass builtinFunctionClass;
    public final PythonClass methodClass;
    /** A builtin type's ordinary method read from the class ({@code list.append}). */
    public final PythonClass methodDescriptorClass;
    /** A builtin type's slot method read from the class ({@code int.__add__}). */
    public final PythonClass wrapperDescriptorClass;
    /** A slot method bound to an object ({@code (1).__add__}). */
    public final PythonClass methodWrapperClass;
    public final PythonClass moduleClass;
    public final PythonClass generatorClass;
    public final PythonClass coroutineClass;
    public final PythonClass asyncGeneratorClass;
    public final PythonClass asyncGeneratorASendClass;
    public final PythonClass asyncGeneratorAThrowClass;
    public final PythonClass propertyClass;
    /** The type of the descriptors {@code __slots__} makes. */
    public final PythonClass memberDescriptorClass;
    /** {@code weakref.ref} (CPython's {@code weakref.ReferenceType}). */
    public final PythonClass referenceTypeClass;
    public final PythonClass staticmethodClass;
    public final PythonClass classmethodClass;
    public final PythonClass superClass;
    public final PythonClass iteratorClass;
    public final PythonClass listIteratorClass;
    public final PythonClass tupleIteratorClass;
    public final PythonClass strIteratorClass;
    public final PythonClass rangeIteratorClass;
    public final PythonClass longRangeIteratorClass;
    public final PythonClass setIteratorClass;
    public final PythonClass dictKeyIteratorClass;
    public final PythonClass dictValueIteratorClass;
    public final PythonClass dictItemIteratorClass;
    public final PythonClass callableIteratorClass;
    public final PythonClass listReverseIteratorClass;
    public final PythonClass dictReverseKeyIteratorClass;
    public final PythonClass dictReverseValueIteratorClass;
    public final PythonClass dictReverseItemIteratorClass;
    public final PythonClass enumerateClass;
    public final PythonClass zipClass;
    public final PythonClass mapClass;
    public final PythonClass filterClass;
    public final PythonClass reversedClass;
    public final PythonClass dictKeysClass;
    public final PythonClass dictValuesClass;
    public final PythonClass dictItemsClass;
    public final PythonClass textIOClass;
    /** sys.stdout.buffer's class (a BufferedWriter in CPython), sys.stdin.buffer's, and the raw streams under them. */
    public final PythonClass stdBufferClass;
    public final PythonClass stdinBufferClass;
    public final PythonClass stdRawClass;
    /** {@code _thread.lock} and {@code _thread.RLock}. */
    public final PythonClass lockClass;
    public final PythonClass rlockClass;
    /** The classes of files open() returns (module _io). */
    public final PythonClass textFileClass;
    public final PythonClass bufferedReaderClass;
    public final PythonClass bufferedWriterClass;
    public final PythonClass bufferedRandomClass;
    /** {@code _io.FileIO}: a binary file without a buffer ({@code open(f, "rb", buffering=0)}). */
    public final PythonClass fileIOClass;
    public final PythonClass tracebackClass;
    public final PythonClass frameClass;
    public final PythonClass cellClass;
    /** The class of every value from another language or the host (see dev.krait.runtime.interop). */
    public final PythonClass foreignClass;

    public final PythonClass baseException;

    BuiltinClasses(Shape shape) {
        this.shape = shape;
        typeClass = new PythonClass(null, shape, "type", new PythonClass[0], true);
        typeClass.setPythonClass(typeClass);
        objectClass = new PythonClass(typeClass, shape, "object", new PythonClass[0], true);
        objectClass.setMro(new PythonClass[]{objectClass});
        objectClass.setSolidBase(objectClass);
        register(objectClass);
        // type's base is object, which exists only now
        typeClass.replaceBases(new PythonClass[]{objectClass}, new PythonClass[]{typeClass, objectClass});
        typeClass.setSolidBase(typeClass);
        register(typeClass);

        intClass = builtin("int", objectClass);
        boolClass = builtin("bool", intClass);
        floatClass = builtin("float", objectClass);
        complexClass = builtin("complex", objectClass);
        strClass = builtin("str", objectClass);
        bytesClass = builtin("bytes", objectClass);
        bytearrayClass = builtin("bytearray", objectClass);
        memoryviewClass = builtin("memoryview", objectClass);
        builtin("bytes_iterator", objectClass);
        builtin("bytearray_iterator", objectClass);
        builtin("memory_iterator", objectClass);
        arrayClass = builtin("array", objectClass);
        builtin("arrayiterator", objectClass);
        builtin("mmap", objectClass);
        dequeClass = builtin("deque", objectClass);
        dequeIteratorClass = builtin("_deque_iterator", objectClass);
        dequeReverseIteratorClass = builtin("_deque_reverse_iterator", objectClass);
        noneClass = builtin("NoneType", objectClass);
        notImplementedClass = builtin("NotImplementedType", objectClass);
        ellipsisClass = builtin("ellipsis", objectClass);
        listClass = builtin("list", objectClass);
        tupleClass = builtin("tuple", objectClass);
        dictClass = builtin("dict", objectClass);
        setClass = builtin("set", objectClass);
        frozensetClass = builtin("frozenset", objectClass);
        rangeClass = builtin("range", objectClass);
        sliceClass = builtin("slice", objectClass);
        codeClass = builtin("code", objectClass);
        functionClass = builtin("function", objectClass);
        builtinFunctionClass = builtin("builtin_function_or_method", objectClass);
        methodClass = builtin("method", objectClass);
        methodDescriptorClass = builtin("method_descriptor", objectClass);
        wrapperDescriptorClass = builtin("wrapper_descriptor", objectClass);
        methodWrapperClass = builtin("method-wrapper", objectClass);
        moduleClass = builtin("module", objectClass);
        moduleClass.setAcceptsAttributes(true);
        functionClass.setAcceptsAttributes(true);
        generatorClass = builtin("generator", objectClass);
        coroutineClass = builtin("coroutine", objectClass);
        asyncGeneratorClass = builtin("async_generator", objectClass);
        asyncGeneratorASendClass = builtin("async_generator_asend", objectClass);
        asyncGeneratorAThrowClass = builtin("async_generator_athrow", objectClass);
        builtin("anext_awaitable", objectClass);
        builtin("coroutine_wrapper", objectClass);
        propertyClass = builtin("property", objectClass);
        referenceTypeClass = builtin("ReferenceType", objectClass);
        memberDescriptorClass = builtin("member_descriptor", objectClass);
        builtin("getset_descriptor", objectClass);
        referenceTypeClass.defineOwn("__module__", "weakref");
        staticmethodClass = builtin("staticmethod", objectClass);
        classmethodClass = builtin("classmethod", objectClass);
        // their instances carry the wrapped function's __name__, __doc__… in a __dict__
        staticmethodClass.setAcceptsAttributes(true);
        classmethodClass.setAcceptsAttributes(true);
        superClass = builtin("super", objectClass);
        iteratorClass = builtin("iterator", objectClass);
        listIteratorClass = builtin("list_iterator", objectClass);
        tupleIteratorClass = builtin("tuple_iterator", objectClass);
        strIteratorClass = builtin("str_ascii_iterator", objectClass);
        rangeIteratorClass = builtin("range_iterator", objectClass);
        longRangeIteratorClass = builtin("longrange_iterator", objectClass);
        setIteratorClass = builtin("set_iterator", objectClass);
        dictKeyIteratorClass = builtin("dict_keyiterator", objectClass);
        dictValueIteratorClass = builtin("dict_valueiterator", objectClass);
        dictItemIteratorClass = builtin("dict_itemiterator", objectClass);
        callableIteratorClass = builtin("callable_iterator", objectClass);
        listReverseIteratorClass = builtin("list_reverseiterator", objectClass);
        dictReverseKeyIteratorClass = builtin("dict_reversekeyiterator", objectClass);
        dictReverseValueIteratorClass = builtin("dict_reversevalueiterator", objectClass);
        dictReverseItemIteratorClass = builtin("dict_reverseitemiterator", objectClass);
        enumerateClass = builtin("enumerate", objectClass);
        zipClass = builtin("zip", objectClass);
        mapClass = builtin("map", objectClass);
        filterClass = builtin("filter", objectClass);
        reversedClass = builtin("reversed", objectClass);
        dictKeysClass = builtin("dict_keys", objectClass);
        dictValuesClass = builtin("dict_values", objectClass);
        dictItemsClass = builtin("dict_items", objectClass);
        builtin("mappingproxy", objectClass);
        builtin("classmethod_descriptor", objectClass);
        textIOClass = builtin("TextIOWrapper", objectClass);
        stdBufferClass = builtin("BufferedWriter", objectClass);
        stdinBufferClass = builtin("BufferedReader", objectClass);
        stdRawClass = builtin("FileIO", objectClass);
        lockClass = builtin("lock", objectClass);
        rlockClass = builtin("RLock", objectClass);
        textFileClass = builtin("TextIOWrapper", objectClass);
        bufferedReaderClass = builtin("BufferedReader", objectClass);
        bufferedWriterClass = builtin("BufferedWriter", objectClass);
        bufferedRandomClass = builtin("BufferedRandom", objectClass);
        fileIOClass = builtin("FileIO", objectClass);
        tracebackClass = builtin("traceback", objectClass);
        frameClass = builtin("frame", objectClass);
        cellClass = builtin("cell", objectClass);
        for (PythonClass sequence : new PythonClass[]{listClass, tupleClass, rangeClass, memoryviewClass, dequeClass}) {
            sequence.addPatternFlags(PythonClass.SEQUENCE);
        }
        dictClass.addPatternFlags(PythonClass.MAPPING);
        for (PythonClass self : new PythonClass[]{boolClass, bytearrayClass, bytesClass, dictClass, floatClass, frozensetClass, intClass, listClass,
                        setClass, strClass, tupleClass}) {
            self.addPatternFlags(PythonClass.MATCH_SELF);
        }
        for (String siteType : new String[]{"Quitter", "_Printer", "_Helper"}) {
            // plain objects with attributes, as the Python classes CPython's are
            PythonClass siteClass = builtin(siteType, objectClass);
            siteClass.setAcceptsAttributes(true);
            siteClass.setSolidBase(objectClass);
        }
        foreignClass = builtin("foreign", objectClass);

        baseException = builtin("BaseException", objectClass);
        baseException.setAcceptsAttributes(true);
        errors.put(ErrorType.BaseException, baseException);
        PythonClass exception = error(ErrorType.Exception, baseException);
        exceptionHierarchy(exception);
        exceptionGroups(exception);
        for (ErrorType type : ErrorType.values()) {
            errors.put(type, byName.get(type.name()));
        }
    }

    private void exceptionHierarchy(PythonClass exception) {
        simpleError("SystemExit", baseException);
        simpleError("KeyboardInterrupt", baseException);
        simpleError("GeneratorExit", baseException);
        PythonClass arithmetic = simpleError("ArithmeticError", exception);
        error(ErrorType.ZeroDivisionError, arithmetic);
        error(ErrorType.OverflowError, arithmetic);
        simpleError("FloatingPointError", arithmetic);
        error(ErrorType.AssertionError, exception);
        error(ErrorType.AttributeError, exception);
        simpleError("BufferError", exception);
        simpleError("EOFError", exception);
        PythonClass importError = simpleError("ImportError", exception);
        simpleError("ModuleNotFoundError", importError);
        PythonClass lookup = error(ErrorType.LookupError, exception);
        error(ErrorType.IndexError, lookup);
        error(ErrorType.KeyError, lookup);
        error(ErrorType.MemoryError, exception);
        PythonClass nameError = error(ErrorType.NameError, exception);
        simpleError("UnboundLocalError", nameError);
        PythonClass osError = simpleError("OSError", exception);
        byName.put("IOError", osError);
        byName.put("EnvironmentError", osError);
        for (String name : new String[]{"BlockingIOError", "ChildProcessError", "FileExistsError",
                        "FileNotFoundError", "InterruptedError", "IsADirectoryError", "NotADirectoryError",
                        "PermissionError", "ProcessLookupError", "TimeoutError"}) {
            simpleError(name, osError);
        }
        PythonClass connection = simpleError("ConnectionError", osError);
        simpleError("BrokenPipeError", connection);
        simpleError("ConnectionAbortedError", connection);
        simpleError("ConnectionRefusedError", connection);
        simpleError("ConnectionResetError", connection);
        simpleError("ReferenceError", exception);
        PythonClass runtime = error(ErrorType.RuntimeError, exception);
        error(ErrorType.NotImplementedError, runtime);
        error(ErrorType.RecursionError, runtime);
        error(ErrorType.StopIteration, exception);
        simpleError("StopAsyncIteration", exception);
        PythonClass syntax = simpleError("SyntaxError", exception);
        PythonClass indentation = simpleError("IndentationError", syntax);
        simpleError("TabError", indentation);
        simpleError("SystemError", exception);
        error(ErrorType.TypeError, exception);
        PythonClass value = error(ErrorType.ValueError, exception);
        PythonClass unicode = error(ErrorType.UnicodeError, value);
        simpleError("UnicodeDecodeError", unicode);
        simpleError("UnicodeEncodeError", unicode);
        simpleError("UnicodeTranslateError", unicode);
        PythonClass warning = simpleError("Warning", exception);
        for (String name : new String[]{"DeprecationWarning", "PendingDeprecationWarning", "RuntimeWarning",
                        "SyntaxWarning", "UserWarning", "FutureWarning", "ImportWarning", "UnicodeWarning",
                        "BytesWarning", "ResourceWarning", "EncodingWarning"}) {
            simpleError(name, warning);
        }
    }

    /** BaseExceptionGroup, and ExceptionGroup which is both a BaseExceptionGroup and an Exception. */
    private void exceptionGroups(PythonClass exception) {
        PythonClass baseGroup = simpleError("BaseExceptionGroup", baseException);
        PythonClass group = new PythonClass(typeClass, shape, "ExceptionGroup", new PythonClass[]{baseGroup, exception}, true);
        group.setMro(new PythonClass[]{group, baseGroup, exception, baseException, objectClass});
        group.setSolidBase(baseException.getSolidBase());
        group.setAcceptsAttributes(true);
        register(group);
    }

    private PythonClass error(ErrorType type, PythonClass base) {
        PythonClass cls = simpleError(type.name(), base);
        errors.put(type, cls);
        return cls;
    }

    private PythonClass simpleError(String name, PythonClass base) {
        PythonClass cls = builtin(name, base);
        cls.setAcceptsAttributes(true);
        return cls;
    }

    private PythonClass builtin(String name, PythonClass base) {
        PythonClass cls = new PythonClass(typeClass, shape, name, new PythonClass[]{base}, true);
        PythonClass[] baseMro = base.getMro();
        PythonClass[] mro = new PythonClass[baseMro.length + 1];
        mro[0] = cls;
        System.arraycopy(baseMro, 0, mro, 1, baseMro.length);
        cls.setMro(mro);
        cls.setSolidBase(base == objectClass || base.getSolidBase() == objectClass ? cls : base.getSolidBase());
        cls.setAcceptsAttributes(false);
        register(cls);
        return cls;
    }

    private void register(PythonClass cls) {
        byName.put(cls.getName(), cls);
    }

    /** The iterator class CPython uses for iterating {@code iterable} (list_iterator, dict_keyiterator, …). */
    public PythonClass iteratorClassFor(Object iterable, dev.krait.runtime.iterators.DictViewIterator.Kind kind) {
        if (iterable instanceof dev.krait.runtime.objects.PList) {
            return listIteratorClass;
        } else if (iterable instanceof dev.krait.runtime.objects.PTuple) {
            return tupleIteratorClass;
        } else if (iterable instanceof String) {
            return strIteratorClass;
        } else if (iterable instanceof dev.krait.runtime.objects.PRangeBase) {
            return rangeIteratorClass;
        } else if (iterable instanceof dev.krait.runtime.objects.PSet) {
            return setIteratorClass;
        } else if (kind != null) {
            return switch (kind) {
                case KEYS -> dictKeyIteratorClass;
                case VALUES -> dictValueIteratorClass;
                case ITEMS -> dictItemIteratorClass;
            };
        }
        return iteratorClass;
    }

    /**
     * The class of a builtin function: {@code builtin_function_or_method} for a module's function (and a type's
     * {@code __new__}), else {@code wrapper_descriptor} for a method CPython defines through a type slot and
     * {@code method_descriptor} for an ordinary one.
     */
    public PythonClass builtinFunctionClassFor(String name, PythonClass owner) {
        if (owner == null || name.equals("__new__")) {
            return builtinFunctionClass;
        }
        return dev.krait.runtime.protocol.SlotWrappers.isSlotWrapper(name, owner.getName()) ? wrapperDescriptorClass : methodDescriptorClass;
    }

    /** The class of {@code reversed(d)} and of the reversed dict views. */
    public PythonClass reverseIteratorClassFor(dev.krait.runtime.iterators.DictViewIterator.Kind kind) {
        return switch (kind) {
            case KEYS -> dictReverseKeyIteratorClass;
            case VALUES -> dictReverseValueIteratorClass;
            case ITEMS -> dictReverseItemIteratorClass;
        };
    }

    public PythonClass errorClass(ErrorType type) {
        return errors.get(type);
    }

    public PythonClass byName(String name) {
        return byName.get(name);
    }

    public Map<String, PythonClass> all() {
        return byName;
    }

    public List<PythonClass> exceptionClasses() {
        List<PythonClass> result = new ArrayList<>();
        for (PythonClass cls : byName.values()) {
            if (cls.isSubclassOf(baseException)) {
                result.add(cls);
            }
        }
        return result;
    }
}
