package dev.krait.builtins;

import dev.krait.runtime.KraitContext;
import dev.krait.runtime.iterators.DictViewIterator;
import dev.krait.runtime.objects.PDict;
import dev.krait.runtime.objects.PDictView;
import dev.krait.runtime.objects.PythonClass;

/** Makes the view objects of {@code dict.keys()/values()/items()}. */
final class DictView {
    private DictView() {
    }

    static PDictView create(KraitContext context, PDict dict, DictViewIterator.Kind kind) {
        PythonClass cls = switch (kind) {
            case KEYS -> context.classes().dictKeysClass;
            case VALUES -> context.classes().dictValuesClass;
            case ITEMS -> context.classes().dictItemsClass;
        };
        return new PDictView(cls, context.getShape(), dict, kind);
    }
}
