package dev.krait.bytecode.interpreter;

import com.oracle.truffle.api.frame.MaterializedFrame;

import dev.krait.runtime.exceptions.PException;
import dev.krait.runtime.objects.PBaseException;
import dev.krait.runtime.objects.PModule;

/**
 * One activation of a bytecode body: the value stack, the offset of the instruction running ({@code lasti}, in code
 * units, as CPython's {@code f_lasti} halved), the names pending for the next call ({@code KW_NAMES}), and the
 * exceptions this activation is handling. The fast locals live in the Truffle frame's slots. A generator's
 * activation outlives each step: the loop resumes it where it stopped.
 */
public final class BytecodeFrame {
    final BytecodeRootNode root;
    final MaterializedFrame frame;
    final PModule globals;
    /** The mapping LOAD_NAME and STORE_NAME use (module code run with separate locals, class bodies); else null. */
    final Object namespace;
    Object[] stack;
    int sp;
    int lasti;
    /** The instruction running now: where an exception looks for its handler (lasti is where the traceback points). */
    int current;
    /** Where the loop goes on (a generator's next step starts here). */
    int next;
    /** The keyword names KW_NAMES set for the CALL that follows. */
    Object kwNames;
    /**
     * The Truffle exceptions this activation caught, by their Python objects (most recent last): re-raising one
     * continues its traceback instead of starting an entry for this frame again.
     */
    private PException[] caught = new PException[4];
    private int caughtCount;
    /** How many exceptions PUSH_EXC_INFO made current that POP_EXCEPT has not restored yet. */
    int handledPushes;
    /** For each of them, the stack index of the value PUSH_EXC_INFO saved (a jump that pops it leaves the handler). */
    private int[] handledAt = new int[4];
    /** Set when the activation stopped at a yield (or made its generator) rather than ending. */
    boolean suspended;
    /** Whether the last yield was an async generator's own (not an await inside it). */
    boolean yieldedOwnValue;
    /** Set while resuming with an exception to raise at the yield (and the delegate's own exception, if it raised one). */
    boolean pendingThrow;
    PException pendingException;
    /** The exceptions being handled when a generator suspended inside a handler, restored when it resumes. */
    private PException[] savedHandled;

    /** A generator suspends: the exceptions it is handling leave the thread's stack until it resumes. */
    void saveHandled(dev.krait.runtime.KraitContext context) {
        if (handledPushes == 0) {
            savedHandled = null;
            return;
        }
        savedHandled = new PException[handledPushes];
        for (int i = handledPushes - 1; i >= 0; i--) {
            savedHandled[i] = context.currentHandledException();
            // the generator holds it meanwhile, as CPython's generator keeps its exception state
            dev.krait.runtime.memory.RefCounts.incRef(savedHandled[i].getPythonExceptionOrNull());
            context.popHandledException();
        }
    }

    void restoreHandled(dev.krait.runtime.KraitContext context) {
        if (savedHandled != null) {
            for (PException e : savedHandled) {
                context.pushHandledException(e);
                dev.krait.runtime.memory.RefCounts.decRef(e.getPythonExceptionOrNull());
            }
            savedHandled = null;
        }
    }

    /** PUSH_EXC_INFO makes an exception current, saving the one it replaces on the stack now. */
    void noteHandledPush() {
        if (handledPushes == handledAt.length) {
            handledAt = java.util.Arrays.copyOf(handledAt, handledPushes * 2);
        }
        handledAt[handledPushes++] = sp;
    }

    /** Whether the innermost exception made current was saved at or above stack index {@code depth}. */
    boolean handledAbove(int depth) {
        return handledPushes > 0 && handledAt[handledPushes - 1] >= depth;
    }

    BytecodeFrame(BytecodeRootNode root, MaterializedFrame frame, PModule globals, Object namespace) {
        this.root = root;
        this.frame = frame;
        this.globals = globals;
        this.namespace = namespace;
        this.stack = new Object[Math.max(4, root.unit().stacksize() + 2)];
    }

    void push(Object value) {
        if (sp == stack.length) {
            stack = java.util.Arrays.copyOf(stack, sp * 2);
        }
        stack[sp++] = value;
    }

    Object pop() {
        Object value = stack[--sp];
        stack[sp] = null;
        return value;
    }

    Object top() {
        return stack[sp - 1];
    }

    Object peek(int n) {
        return stack[sp - n];
    }

    void popTo(int depth) {
        while (sp > depth) {
            stack[--sp] = null;
        }
    }

    void noteCaught(PException exception) {
        if (caughtCount == caught.length) {
            caught = java.util.Arrays.copyOf(caught, caughtCount * 2);
        }
        caught[caughtCount++] = exception;
    }

    /** The exception this activation caught whose Python object is {@code object}, or null. */
    PException caughtFor(Object object) {
        for (int i = caughtCount - 1; i >= 0; i--) {
            PBaseException e = caught[i].getPythonExceptionOrNull();
            if (e == object) {
                return caught[i];
            }
        }
        return null;
    }

    /** Forgets caught exceptions no longer on the stack (the handler that held them ended). */
    void forgetCaught(Object object) {
        for (int i = caughtCount - 1; i >= 0; i--) {
            if (caught[i].getPythonExceptionOrNull() == object) {
                System.arraycopy(caught, i + 1, caught, i, caughtCount - i - 1);
                caught[--caughtCount] = null;
                return;
            }
        }
    }

    /** Whether the stack's values are counted (a suspended generator holds them). */
    private boolean stackHeld;

    /** The activation suspends: the generator holds what its stack holds (a delegate, a for-loop's iterator…). */
    void holdStack() {
        if (!stackHeld) {
            stackHeld = true;
            for (int i = 0; i < sp; i++) {
                dev.krait.runtime.memory.RefCounts.incRef(stack[i]);
            }
        }
    }

    /** The activation resumes: its stack's values are borrowed again (counted across statement ends while it runs). */
    void releaseStack() {
        if (stackHeld) {
            stackHeld = false;
            for (int i = 0; i < sp; i++) {
                dev.krait.runtime.memory.RefCounts.decRef(stack[i]);
            }
        }
    }
}
