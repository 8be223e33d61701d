package dev.krait.builtins;

import java.util.function.BiConsumer;
import java.util.function.Function;

import dev.krait.runtime.BuiltinClasses;
import dev.krait.runtime.KraitContext;
import dev.krait.runtime.objects.PGetSetDescriptor;
import dev.krait.runtime.objects.PythonClass;

/** Puts the methods and attributes of each builtin type (the {@code *Builtins} classes) into its namespace. */
final class BuiltinTypeInstaller {
    private BuiltinTypeInstaller() {
    }

    static void install(BuiltinRegistry registry, KraitContext context) {
        BuiltinClasses c = context.classes();
        registry.addFunctions(context, c.objectClass, ObjectBuiltinsFactory.getFactories(), c.objectClass, "builtins");
        registry.addFunctions(context, c.typeClass, TypeBuiltinsFactory.getFactories(), c.typeClass, "builtins");
        registry.addFunctions(context, c.intClass, IntBuiltinsFactory.getFactories(), c.intClass, "builtins");
        registry.addFunctions(context, c.boolClass, BoolBuiltinsFactory.getFactories(), c.boolClass, "builtins");
        registry.addFunctions(context, c.floatClass, FloatBuiltinsFactory.getFactories(), c.floatClass, "builtins");
        registry.addFunctions(context, c.strClass, StrBuiltinsFactory.getFactories(), c.strClass, "builtins");
        registry.addFunctions(context, c.listClass, ListBuiltinsFactory.getFactories(), c.listClass, "builtins");
        registry.addFunctions(context, c.tupleClass, TupleBuiltinsFactory.getFactories(), c.tupleClass, "builtins");
        registry.addFunctions(context, c.dictClass, DictBuiltinsFactory.getFactories(), c.dictClass, "builtins");
        registry.addFunctions(context, c.setClass, SetBuiltinsFactory.getFactories(), c.setClass, "builtins");
        registry.addFunctions(context, c.frozensetClass, SetBuiltinsFactory.getFactories().stream()
                        .filter(f -> !SetBuiltins.isMutator(f.getNodeClass().getAnnotation(Builtin.class).name())).toList(), c.frozensetClass, "builtins");
        registry.addFunctions(context, c.rangeClass, RangeBuiltinsFactory.getFactories(), c.rangeClass, "builtins");
        installBytesTypes(registry, context);
        registry.addFunctions(context, c.sliceClass, SliceBuiltinsFactory.getFactories(), c.sliceClass, "builtins");
        registry.addFunctions(context, c.byName("mappingproxy"), MappingProxyBuiltinsFactory.getFactories(), c.byName("mappingproxy"), "builtins");
        MappingProxyBuiltins.install(context);
        ClassMethodDescriptorBuiltins.install(context);
        for (PythonClass generic : new PythonClass[]{c.listClass, c.dictClass, c.tupleClass, c.setClass, c.frozensetClass, c.enumerateClass,
                        c.byName("mappingproxy"), c.referenceTypeClass, c.byName("BaseExceptionGroup")}) {
            registry.addFunctions(context, generic, GenericAliasClassMethodFactory.getFactories(), generic, "builtins");
        }
        registry.addFunctions(context, c.complexClass, ComplexBuiltinsFactory.getFactories(), c.complexClass, "builtins");
        registry.addFunctions(context, c.baseException, ExceptionBuiltinsFactory.getFactories(), c.baseException, "builtins");
        registry.addFunctions(context, c.byName("SyntaxError"), SyntaxErrorBuiltinsFactory.getFactories(), c.byName("SyntaxError"), "builtins");
        SyntaxErrorBuiltins.installMembers(context);
        registry.addFunctions(context, c.byName("Quitter"), QuitterBuiltinsFactory.getFactories(), c.byName("Quitter"), "builtins");
        registry.addFunctions(context, c.byName("_Printer"), SitePrinterBuiltinsFactory.getFactories(), c.byName("_Printer"), "builtins");
        registry.addFunctions(context, c.byName("_Helper"), SiteHelperBuiltinsFactory.getFactories(), c.byName("_Helper"), "builtins");
        for (String siteType : SiteBuiltinsModule.TYPE_NAMES) {
            registry.addFunctions(context, c.byName(siteType), SiteBuiltinsModuleFactory.getFactories(), c.byName(siteType), "builtins");
        }
        registry.addFunctions(context, c.byName("OSError"), OSErrorBuiltinsFactory.getFactories(), c.byName("OSError"), "builtins");
        registry.addFunctions(context, c.byName("BaseExceptionGroup"), ExceptionGroupBuiltinsFactory.getFactories(),
                        c.byName("BaseExceptionGroup"), "builtins");
        registry.addFunctions(context, c.byName("ImportError"), ImportErrorBuiltinsFactory.getFactories(), c.byName("ImportError"), "builtins");
        MissingNameErrorBuiltins.install(context, registry);
        registry.addFunctions(context, c.propertyClass, PropertyBuiltinsFactory.getFactories(), c.propertyClass, "builtins");
        registry.addFunctions(context, c.referenceTypeClass, WeakReferenceBuiltinsFactory.getFactories(), c.referenceTypeClass, "weakref");
        WeakReferenceBuiltins.install(context);
        registry.addFunctions(context, c.methodClass, MethodBuiltinsFactory.getFactories(), c.methodClass, "builtins");
        FunctionConstructor.install(registry, context);
        registry.addFunctions(context, c.staticmethodClass, StaticMethodBuiltinsFactory.getFactories(), c.staticmethodClass, "builtins");
        registry.addFunctions(context, c.classmethodClass, ClassMethodBuiltinsFactory.getFactories(), c.classmethodClass, "builtins");
        registry.addFunctions(context, c.moduleClass, ModuleBuiltinsFactory.getFactories(), c.moduleClass, "builtins");
        ModuleBuiltins.installAnnotations(context, c.moduleClass);
        SingletonTypeBuiltins.install(registry, context);
        for (PythonClass callableClass : new PythonClass[]{c.functionClass, c.builtinFunctionClass, c.methodClass, c.staticmethodClass,
                        c.methodDescriptorClass, c.wrapperDescriptorClass, c.methodWrapperClass}) {
            registry.addFunctions(context, callableClass, FunctionCallBuiltinsFactory.getFactories(), callableClass, "builtins");
        }
        registry.addFunctions(context, c.superClass, SuperBuiltinsFactory.getFactories(), c.superClass, "builtins");
        SuperBuiltins.installAttributes(context);
        registry.addFunctions(context, c.generatorClass, GeneratorBuiltinsFactory.getFactories(), c.generatorClass, "builtins");
        registry.addFunctions(context, c.coroutineClass, CoroutineBuiltinsFactory.getFactories(), c.coroutineClass, "builtins");
        registry.addFunctions(context, c.asyncGeneratorClass, AsyncGeneratorBuiltinsFactory.getFactories(), c.asyncGeneratorClass, "builtins");
        GeneratorBuiltins.installFinalizers(context);
        registry.addFunctions(context, c.byName("anext_awaitable"), AnextAwaitableBuiltinsFactory.getFactories(), c.byName("anext_awaitable"), "builtins");
        registry.addFunctions(context, c.byName("coroutine_wrapper"), CoroutineWrapperBuiltinsFactory.getFactories(), c.byName("coroutine_wrapper"), "builtins");
        CellBuiltins.install(context);
        for (PythonClass operation : new PythonClass[]{c.asyncGeneratorASendClass, c.asyncGeneratorAThrowClass}) {
            registry.addFunctions(context, operation, AsyncGenOperationBuiltinsFactory.getFactories(), operation, "builtins");
        }
        registry.addFunctions(context, c.textIOClass, TextIOBuiltinsFactory.getFactories(), c.textIOClass, "builtins");
        FileBuiltins.install(registry, context);
        TextIOBuiltins.installAttributes(context);
        StdBufferBuiltins.install(registry, context);
        for (PythonClass iteratorClass : new PythonClass[]{c.iteratorClass, c.listIteratorClass, c.tupleIteratorClass,
                        c.strIteratorClass, c.rangeIteratorClass, c.longRangeIteratorClass, c.setIteratorClass, c.dictKeyIteratorClass, c.dictValueIteratorClass,
                        c.dictItemIteratorClass, c.listReverseIteratorClass, c.reversedClass, c.dictReverseKeyIteratorClass,
                        c.dictReverseValueIteratorClass, c.dictReverseItemIteratorClass}) {
            registry.addFunctions(context, iteratorClass, IteratorBuiltinsFactory.getFactories(), iteratorClass, "builtins");
        }
        for (PythonClass iteratorClass : new PythonClass[]{c.rangeIteratorClass, c.longRangeIteratorClass}) {
            registry.addFunctions(context, iteratorClass, RangeIteratorBuiltinsFactory.getFactories(), iteratorClass, "builtins");
        }
        // CPython's callable_iterator, enumerate, zip, map and filter cannot tell how many items remain: no __length_hint__
        for (PythonClass iteratorClass : new PythonClass[]{c.callableIteratorClass, c.enumerateClass, c.zipClass, c.mapClass, c.filterClass}) {
            registry.addFunctions(context, iteratorClass, IteratorBuiltins.withoutLengthHint(), iteratorClass, "builtins");
        }
        registry.addFunctions(context, c.enumerateClass, java.util.List.of(IteratorConstructorsFactory.EnumerateNewNodeFactory.getInstance()), c.enumerateClass, "builtins");
        registry.addFunctions(context, c.zipClass, java.util.List.of(IteratorConstructorsFactory.ZipNewNodeFactory.getInstance()), c.zipClass, "builtins");
        registry.addFunctions(context, c.mapClass, java.util.List.of(IteratorConstructorsFactory.MapNewNodeFactory.getInstance()), c.mapClass, "builtins");
        registry.addFunctions(context, c.filterClass, java.util.List.of(IteratorConstructorsFactory.FilterNewNodeFactory.getInstance()), c.filterClass, "builtins");
        registry.addFunctions(context, c.reversedClass, java.util.List.of(IteratorConstructorsFactory.ReversedNewNodeFactory.getInstance()), c.reversedClass, "builtins");
        for (PythonClass unhashable : new PythonClass[]{c.listClass, c.dictClass, c.setClass}) {
            unhashable.defineOwn("__hash__", dev.krait.runtime.objects.PNone.NONE);
        }
        IntBuiltins.installOperators(context);
        BoolBuiltins.installOperators(context);
        FloatBuiltins.installOperators(context);
        StrBuiltins.installOperators(context);
        ListBuiltins.installOperators(context);
        TupleBuiltins.installOperators(context);
        DictBuiltins.installOperators(context);
        SetBuiltins.installOperators(context, c.setClass);
        SetBuiltins.installOperators(context, c.frozensetClass);
        RangeBuiltins.installOperators(context);
        SliceBuiltins.installOperators(context);
        ComplexBuiltins.installOperators(context);
        ObjectBuiltins.installAttributes(context);
        TypeBuiltins.installAttributes(context);
        FunctionAttributes.install(context);
        ExceptionBuiltins.installAttributes(context);
        FrameObjectBuiltins.install(context);
        registry.addFunctions(context, c.frameClass, java.util.List.of(FrameObjectBuiltinsFactory.FrameReprNodeFactory.getInstance(),
                        FrameObjectBuiltinsFactory.FrameClearNodeFactory.getInstance()), c.frameClass, "builtins");
        registry.addFunctions(context, c.codeClass, java.util.List.of(FrameObjectBuiltinsFactory.CodeReprNodeFactory.getInstance()), c.codeClass, "builtins");
        CodeBytecodeBuiltins.install(context);
        registry.addFunctions(context, c.codeClass, java.util.List.of(CodeBytecodeBuiltinsFactory.CoLinesNodeFactory.getInstance(),
                        CodeBytecodeBuiltinsFactory.CoPositionsNodeFactory.getInstance(),
                        CodeBytecodeBuiltinsFactory.VarnameFromOpargNodeFactory.getInstance()), c.codeClass, "builtins");
        registry.addFunctions(context, c.codeClass, CodeConstructorFactory.getFactories(), c.codeClass, "builtins");
        ExceptionGroupBuiltins.installAttributes(context);
        GetSetDescriptorBuiltins.install(registry, context);
        MethodWrapperBuiltins.install(registry, context);
        MethodBuiltins.installComparisons(context);
        FunctionGetBuiltins.install(registry, context);
        // every builtin type has a __doc__ its instances see: its docstring (docs/types.txt), or None
        BuiltinDocs.installTypeDocs(c.all().values());
    }

    /** bytes, bytearray, memoryview, and what other types have for them (int.to_bytes, the Unicode errors' attributes). */
    private static void installBytesTypes(BuiltinRegistry registry, KraitContext context) {
        BuiltinClasses c = context.classes();
        var classLevel = BytesBuiltinsFactory.getFactories().stream()
                        .filter(f -> BytesBuiltins.isClassLevel(f.getNodeClass().getAnnotation(Builtin.class).name())).toList();
        registry.addFunctions(context, c.bytesClass, BytesBuiltinsFactory.getFactories(), c.bytesClass, "builtins");
        registry.addFunctions(context, c.bytearrayClass, classLevel, c.bytearrayClass, "builtins");
        registry.addFunctions(context, c.bytearrayClass, ByteArrayBuiltinsFactory.getFactories(), c.bytearrayClass, "builtins");
        registry.addFunctions(context, c.memoryviewClass, MemoryViewBuiltinsFactory.getFactories(), c.memoryviewClass, "builtins");
        registry.addFunctions(context, c.intClass, IntBytesBuiltinsFactory.getFactories(), c.intClass, "builtins");
        for (String iterator : new String[]{"bytes_iterator", "bytearray_iterator"}) {
            registry.addFunctions(context, c.byName(iterator), IteratorBuiltinsFactory.getFactories(), c.byName(iterator), "builtins");
        }
        registry.addFunctions(context, c.byName("memory_iterator"), IteratorBuiltins.withoutLengthHint(), c.byName("memory_iterator"), "builtins");
        BytesBuiltins.install(context);
        ByteArrayBuiltins.install(context);
        MemoryViewBuiltins.install(context);
        UnicodeErrorBuiltins.install(context);
    }

    /** A read-only member of a builtin type's instances (a {@code member_descriptor}, as CPython's T_OBJECT READONLY). */
    static void member(KraitContext context, PythonClass owner, String name, Function<Object, Object> getter) {
        owner.defineOwn(name, new PGetSetDescriptor(context.classes().memberDescriptorClass, context.getShape(), name, owner, getter, (self, value) -> {
            throw dev.krait.runtime.exceptions.Errors.attributeError("readonly attribute");
        }));
    }

    /** Adds a Java-computed attribute (CPython's getset descriptor) to a builtin type. */
    static void getset(KraitContext context, PythonClass owner, String name, Function<Object, Object> getter,
                    BiConsumer<Object, Object> setter) {
        owner.defineOwn(name, new PGetSetDescriptor(context.classes().byName("getset_descriptor"), context.getShape(), name, owner, getter, setter));
    }
}
