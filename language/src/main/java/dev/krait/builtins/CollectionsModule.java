package dev.krait.builtins;

import java.util.List;

import dev.krait.runtime.KraitContext;
import dev.krait.runtime.ObjectAttributes;
import dev.krait.runtime.objects.PDeque;
import dev.krait.runtime.objects.PModule;
import dev.krait.runtime.objects.PNone;
import dev.krait.runtime.objects.PythonClass;

/**
 * The {@code _collections} module: {@code deque} and its two iterator types, which {@code collections} imports (its
 * other classes are written in Python there and added back to this module by it, as CPython's are defined here).
 */
public final class CollectionsModule {
    private static final String DEQUE_DOC = "deque([iterable[, maxlen]]) --> deque object\n\nA list-like sequence optimized for data accesses near its endpoints.";

    private CollectionsModule() {
    }

    public static PModule create(KraitContext context) {
        PModule module = context.newModule("_collections");
        var classes = context.classes();
        if (classes.dequeClass.lookup("append") == null) {
            install(context, classes.dequeClass, classes.dequeIteratorClass, classes.dequeReverseIteratorClass);
        }
        ObjectAttributes.put(module, "__doc__", "High performance data structures.\n- deque:        ordered collection accessible from endpoints only\n" +
                        "- defaultdict:  dict subclass with a default value factory\n");
        ObjectAttributes.put(module, "deque", classes.dequeClass);
        ObjectAttributes.put(module, "_deque_iterator", classes.dequeIteratorClass);
        ObjectAttributes.put(module, "_deque_reverse_iterator", classes.dequeReverseIteratorClass);
        return module;
    }

    private static void install(KraitContext context, PythonClass deque, PythonClass iterator, PythonClass reverseIterator) {
        BuiltinRegistry registry = context.getLanguage().getBuiltinRegistry();
        registry.addFunctions(context, deque, DequeBuiltinsFactory.getFactories(), deque, "collections");
        OperatorMethods.comparisons(context, deque, v -> v instanceof PDeque, DequeBuiltins::compare);
        BuiltinTypeInstaller.getset(context, deque, "maxlen", DequeBuiltins::maxlen, null);
        deque.defineOwn("__hash__", PNone.NONE);
        deque.defineOwn("__doc__", DEQUE_DOC);
        deque.defineOwn("__module__", "collections");
        deque.setTypeName("collections.deque");
        for (PythonClass cls : new PythonClass[]{iterator, reverseIterator}) {
            registry.addFunctions(context, cls, List.of(IteratorBuiltinsFactory.IterNodeFactory.getInstance(),
                            IteratorBuiltinsFactory.NextNodeFactory.getInstance(), IteratorBuiltinsFactory.LengthHintNodeFactory.getInstance(),
                            IteratorBuiltinsFactory.ReduceNodeFactory.getInstance()), cls, "collections");
            registry.addFunctions(context, cls, DequeIteratorBuiltinsFactory.getFactories(), cls, "collections");
            cls.defineOwn("__module__", "collections");
            cls.setTypeName("collections." + cls.getName());
        }
    }
}
