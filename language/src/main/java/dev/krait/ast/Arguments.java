package dev.krait.ast;

import java.util.List;

/**
 * The parameters of a function or lambda. {@code kwDefaults} has one entry per {@code kwonlyargs}, null where that
 * parameter has no default; {@code defaults} belong to the last positional parameters (posonly then regular).
 */
public record Arguments(List<Arg> posonlyargs, List<Arg> args, Arg vararg, List<Arg> kwonlyargs, List<Expr> kwDefaults,
                Arg kwarg, List<Expr> defaults) {
}
