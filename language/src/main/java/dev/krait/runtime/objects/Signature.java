package dev.krait.runtime.objects;

import java.util.ArrayList;
import java.util.List;

import com.oracle.truffle.api.CompilerDirectives.CompilationFinal;

/**
 * The parameters of a callable, in the order the callee receives them after binding: positional parameters
 * (positional-only first), then {@code *args}, then keyword-only parameters, then {@code **kwargs}.
 */
public final class Signature {
    @CompilationFinal(dimensions = 1) private final String[] names;
    private final int positionalOnlyCount;
    private final int positionalCount;
    private final int keywordOnlyCount;
    private final boolean hasVarargs;
    private final boolean hasVarKeywords;

    public Signature(String[] names, int positionalOnlyCount, int positionalCount, int keywordOnlyCount,
                    boolean hasVarargs, boolean hasVarKeywords) {
        this.names = names;
        this.positionalOnlyCount = positionalOnlyCount;
        this.positionalCount = positionalCount;
        this.keywordOnlyCount = keywordOnlyCount;
        this.hasVarargs = hasVarargs;
        this.hasVarKeywords = hasVarKeywords;
    }

    /**
     * Parses a builtin's parameter list written as Python writes it: plain names, {@code "/"} after the
     * positional-only ones, {@code "*"} or {@code "*args"} before keyword-only ones, {@code "**kwargs"} last. The
     * parameters before {@code "*args"} are positional-only even without a {@code "/"}.
     */
    public static Signature parse(String... params) {
        List<String> positional = new ArrayList<>();
        List<String> keywordOnly = new ArrayList<>();
        String varargs = null;
        String varkw = null;
        int positionalOnly = 0;
        boolean slashSeen = false;
        boolean inKeywordOnly = false;
        for (String p : params) {
            if (p.equals("/")) {
                positionalOnly = positional.size();
                slashSeen = true;
            } else if (p.equals("*")) {
                inKeywordOnly = true;
            } else if (p.startsWith("**")) {
                varkw = p.substring(2);
            } else if (p.startsWith("*")) {
                varargs = p.substring(1);
                inKeywordOnly = true;
                if (!slashSeen) {
                    // a C function taking *args parses what comes before positionally: self=… goes to **kwargs
                    positionalOnly = positional.size();
                }
            } else if (inKeywordOnly) {
                keywordOnly.add(p);
            } else {
                positional.add(p);
            }
        }
        List<String> all = new ArrayList<>(positional);
        if (varargs != null) {
            all.add(varargs);
        }
        all.addAll(keywordOnly);
        if (varkw != null) {
            all.add(varkw);
        }
        return new Signature(all.toArray(new String[0]), positionalOnly, positional.size(), keywordOnly.size(),
                        varargs != null, varkw != null);
    }

    public String[] names() {
        return names;
    }

    public int parameterCount() {
        return names.length;
    }

    public int positionalOnlyCount() {
        return positionalOnlyCount;
    }

    public int positionalCount() {
        return positionalCount;
    }

    public int keywordOnlyCount() {
        return keywordOnlyCount;
    }

    public boolean hasVarargs() {
        return hasVarargs;
    }

    public boolean hasVarKeywords() {
        return hasVarKeywords;
    }

    public int varargsIndex() {
        return hasVarargs ? positionalCount : -1;
    }

    public int keywordOnlyStart() {
        return positionalCount + (hasVarargs ? 1 : 0);
    }

    public int varKeywordsIndex() {
        return hasVarKeywords ? names.length - 1 : -1;
    }

    /** Index of the parameter that may be passed by the keyword {@code name}, or -1. */
    public int keywordIndex(String name) {
        for (int i = positionalOnlyCount; i < positionalCount; i++) {
            if (names[i].equals(name)) {
                return i;
            }
        }
        int start = keywordOnlyStart();
        for (int i = start; i < start + keywordOnlyCount; i++) {
            if (names[i].equals(name)) {
                return i;
            }
        }
        return -1;
    }

    public boolean isPositionalOnlyName(String name) {
        for (int i = 0; i < positionalOnlyCount; i++) {
            if (names[i].equals(name)) {
                return true;
            }
        }
        return false;
    }
}
