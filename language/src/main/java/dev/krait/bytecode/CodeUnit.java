package dev.krait.bytecode;

import java.util.List;

/**
 * One compiled body with CPython 3.12's view of it: the bytes of {@code co_code} (caches included), the tables that
 * give them meaning, and the facts {@code code} objects report. Constants are in {@link Constants}' form.
 */
public record CodeUnit(String name, String qualname, String filename, int firstLineno, int argcount, int posonlyargcount,
                int kwonlyargcount, int flags, int stacksize, byte[] code, List<Object> consts, List<String> names,
                List<String> varnames, List<String> cellvars, List<String> freevars, byte[] linetable, byte[] exceptiontable) {

    /** CPython's {@code co_flags} bits. */
    public static final int CO_OPTIMIZED = 0x1;
    public static final int CO_NEWLOCALS = 0x2;
    public static final int CO_VARARGS = 0x4;
    public static final int CO_VARKEYWORDS = 0x8;
    public static final int CO_NESTED = 0x10;
    public static final int CO_GENERATOR = 0x20;
    public static final int CO_NOFREE = 0x40;
    public static final int CO_COROUTINE = 0x80;
    public static final int CO_ITERABLE_COROUTINE = 0x100;
    public static final int CO_ASYNC_GENERATOR = 0x200;

    /**
     * The name of the variable an instruction's argument designates: CPython's "fast locals plus" numbering, the
     * local variables, then the cells that are not parameters, then the free variables.
     */
    public String localsPlusName(int index) {
        if (index < 0) {
            return null;
        }
        if (index < varnames.size()) {
            return varnames.get(index);
        }
        int i = index - varnames.size();
        for (String cell : cellvars) {
            if (!varnames.contains(cell)) {
                if (i == 0) {
                    return cell;
                }
                i--;
            }
        }
        return i < freevars.size() ? freevars.get(i) : null;
    }

    public int localsPlusCount() {
        int n = varnames.size() + freevars.size();
        for (String cell : cellvars) {
            if (!varnames.contains(cell)) {
                n++;
            }
        }
        return n;
    }
}
