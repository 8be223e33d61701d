package dev.krait.builtins;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.dsl.GenerateNodeFactory;
import com.oracle.truffle.api.dsl.Specialization;

import dev.krait.runtime.KraitContext;
import dev.krait.runtime.ObjectAttributes;
import dev.krait.runtime.objects.PList;
import dev.krait.runtime.objects.PModule;
import dev.krait.runtime.objects.PNone;
import dev.krait.runtime.objects.PythonClass;
import dev.krait.runtime.objects.PythonObject;
import dev.krait.runtime.protocol.PyIter;
import dev.krait.runtime.protocol.PyObjectCall;
import dev.krait.runtime.protocol.PyObjectRepr;

/**
 * {@code copyright}, {@code credits} and {@code license}: the {@code _sitebuiltins._Printer} objects CPython's
 * {@code site} module puts in builtins. Their repr is the text when it is short (at most {@code MAXLINES} lines),
 * else a hint to call them; calling one shows the text a screenful at a time. The text comes from the first of its
 * files that can be read, else from the text given. The state lives in the instance's attributes under the names a
 * Python class's private attributes would have.
 */
final class SitePrinterBuiltins {
    private SitePrinterBuiltins() {
    }

    static final String COPYRIGHT = "Copyright (c) 2026 the Krait authors.";
    private static final String CREDITS = """
                        Krait is written by its authors on GraalVM's Truffle framework, and owes its language,
                        its tests' expected behaviour and much of its documentation to the Python community.
                        See README.md for more information.""";
    private static final String LICENSE = "This copy of Krait comes without a license text; ask Krait's authors for its terms.";

    private static final String NAME = "_Printer__name";
    private static final String DATA = "_Printer__data";
    private static final String LINES = "_Printer__lines";
    private static final String FILENAMES = "_Printer__filenames";
    private static final String LINE_COUNT = "_Printer__linecnt";

    static void install(KraitContext context, PModule builtins) {
        PythonClass cls = context.classes().byName("_Printer");
        cls.defineOwn("MAXLINES", 23L);
        String[][] printers = {{"copyright", COPYRIGHT}, {"credits", CREDITS}, {"license", LICENSE}};
        for (String[] printer : printers) {
            PythonObject object = context.newObject(cls);
            init(context, object, printer[0], printer[1], new Object[0], new Object[0]);
            ObjectAttributes.put(builtins, printer[0], object);
        }
    }

    private static void init(KraitContext context, PythonObject self, Object name, Object data, Object[] files, Object[] dirs) {
        List<Object> filenames = new ArrayList<>();
        for (Object dir : dirs) {
            for (Object file : files) {
                filenames.add(joinPath(dir, file));
            }
        }
        ObjectAttributes.put(self, NAME, name);
        ObjectAttributes.put(self, DATA, data);
        ObjectAttributes.put(self, LINES, PNone.NONE);
        ObjectAttributes.put(self, FILENAMES, context.newList(filenames.toArray()));
    }

    /** {@code os.path.join(dir, file)} (POSIX). */
    private static Object joinPath(Object dir, Object file) {
        Object join = ObjectAttributes.get(dev.krait.runtime.ModuleLoader.importModule(KraitContext.get(null), "posixpath"), "join");
        return PyObjectCall.call(join, dir, file);
    }

    /** The text's lines, read on first use: the first readable file, else the text given. */
    @TruffleBoundary
    private static PList lines(PythonObject self) {
        KraitContext context = KraitContext.get(null);
        Object lines = ObjectAttributes.get(self, LINES);
        if (lines instanceof PList list && list.size() > 0) {
            return list;
        }
        String text = null;
        for (Object filename : PyIter.toArray(ObjectAttributes.get(self, FILENAMES))) {
            try {
                text = Files.readString(Path.of(PyObjectRepr.str(filename)), StandardCharsets.UTF_8);
                break;
            } catch (IOException | RuntimeException e) {
                // CPython's _Printer tries the next file
            }
        }
        if (text == null || text.isEmpty()) {
            text = PyObjectRepr.str(ObjectAttributes.get(self, DATA));
        }
        PList list = context.newList(text.split("\n", -1));
        ObjectAttributes.put(self, LINES, list);
        ObjectAttributes.put(self, LINE_COUNT, (long) list.size());
        return list;
    }

    private static long maxLines(Object self) {
        return dev.krait.runtime.protocol.PyNumber.asSize(dev.krait.runtime.protocol.PyObjectGetAttr.get(self, "MAXLINES"));
    }

    @Builtin(name = "__init__", params = {"self", "name", "data", "files=", "dirs="})
    @GenerateNodeFactory
    abstract static class InitNode extends BuiltinNode.BuiltinN {
        @Specialization
        @TruffleBoundary
        static Object init(Object[] args) {
            Object self = args[0];
            Object name = args[1];
            Object data = args[2];
            Object files = args[3];
            Object dirs = args[4];
            SitePrinterBuiltins.init(KraitContext.get(null), (PythonObject) self, name, data,
                            files == PNone.NO_VALUE ? new Object[0] : PyIter.toArray(files), dirs == PNone.NO_VALUE ? new Object[0] : PyIter.toArray(dirs));
            return PNone.NONE;
        }
    }

    @Builtin(name = "__repr__", params = {"self"})
    @GenerateNodeFactory
    abstract static class ReprNode extends BuiltinNode.Builtin1 {
        @Specialization
        @TruffleBoundary
        static Object repr(Object self) {
            PList lines = lines((PythonObject) self);
            if (lines.size() <= maxLines(self)) {
                StringBuilder sb = new StringBuilder();
                for (int i = 0; i < lines.size(); i++) {
                    sb.append(i == 0 ? "" : "\n").append(PyObjectRepr.str(lines.get(i)));
                }
                return sb.toString();
            }
            Object name = ObjectAttributes.get((PythonObject) self, NAME);
            return "Type " + PyObjectRepr.str(name) + "() to see the full " + PyObjectRepr.str(name) + " text";
        }
    }

    /** Shows the text MAXLINES lines at a time, asking after each screenful whether to go on. */
    @Builtin(name = "__call__", params = {"self"})
    @GenerateNodeFactory
    abstract static class CallNode extends BuiltinNode.Builtin1 {
        @Specialization
        @TruffleBoundary
        static Object call(Object self) {
            PList lines = lines((PythonObject) self);
            PModule builtins = KraitContext.get(null).getBuiltins();
            Object print = ObjectAttributes.get(builtins, "print");
            Object input = ObjectAttributes.get(builtins, "input");
            long pageSize = maxLines(self);
            long shown = 0;
            while (true) {
                for (long i = shown; i < shown + pageSize; i++) {
                    if (i >= lines.size()) {
                        return PNone.NONE;
                    }
                    PyObjectCall.call(print, lines.get((int) i));
                }
                shown += pageSize;
                Object answer;
                do {
                    answer = PyObjectCall.call(input, "Hit Return for more, or q (and Return) to quit: ");
                } while (!"".equals(answer) && !"q".equals(answer));
                if ("q".equals(answer)) {
                    return PNone.NONE;
                }
            }
        }
    }
}
