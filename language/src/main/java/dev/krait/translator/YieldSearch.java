package dev.krait.translator;

import dev.krait.ast.AstChildren;
import java.util.List;

import dev.krait.ast.Expr;

/** Whether an expression contains a {@code yield} of its own scope (lambdas and comprehensions are other scopes). */
final class YieldSearch {
    private YieldSearch() {
    }

    static boolean containsYield(Object node) {
        if (node instanceof Expr.Yield || node instanceof Expr.YieldFrom || node instanceof Expr.Await) {
            return true;
        }
        if (node instanceof Expr.Lambda) {
            return false;
        }
        if (node instanceof Expr.ListComp c) {
            return containsYield(c.generators().get(0).iter());
        }
        if (node instanceof Expr.SetComp c) {
            return containsYield(c.generators().get(0).iter());
        }
        if (node instanceof Expr.DictComp c) {
            return containsYield(c.generators().get(0).iter());
        }
        if (node instanceof Expr.GeneratorExp c) {
            return containsYield(c.generators().get(0).iter());
        }
        if (node instanceof List<?> list) {
            for (Object item : list) {
                if (containsYield(item)) {
                    return true;
                }
            }
            return false;
        }
        if (node instanceof Record record && (node instanceof Expr || node instanceof dev.krait.ast.Keyword)) {
            for (Object child : AstChildren.of(record)) {
                if (containsYield(child)) {
                    return true;
                }
            }
        }
        return false;
    }
}
