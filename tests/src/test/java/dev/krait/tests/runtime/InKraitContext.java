package dev.krait.tests.runtime;

import org.graalvm.polyglot.Context;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * Runs each test of a class inside an entered Krait context, for runtime helpers that read the running
 * interpreter's settings (such as {@code sys.set_int_max_str_digits}'s limit).
 */
final class InKraitContext implements BeforeEachCallback, AfterEachCallback {
    private static final ExtensionContext.Namespace NAMESPACE = ExtensionContext.Namespace.create(InKraitContext.class);

    @Override
    public void beforeEach(ExtensionContext extension) {
        Context context = Context.create("krait");
        context.initialize("krait");
        context.enter();
        extension.getStore(NAMESPACE).put("context", context);
    }

    @Override
    public void afterEach(ExtensionContext extension) {
        Context context = extension.getStore(NAMESPACE).remove("context", Context.class);
        context.leave();
        context.close();
    }
}
