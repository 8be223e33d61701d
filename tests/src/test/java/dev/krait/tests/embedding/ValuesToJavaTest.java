package dev.krait.tests.embedding;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.graalvm.polyglot.Context;
import org.graalvm.polyglot.PolyglotException;
import org.graalvm.polyglot.Value;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Python values seen from Java: containers as arrays and hashes, callables, classes and objects with members. */
class ValuesToJavaTest {
    private Context context;

    @BeforeEach
    void createContext() {
        context = Context.newBuilder("krait").build();
    }

    @AfterEach
    void closeContext() {
        context.close();
    }

    private Value eval(String source) {
        return context.eval("krait", source);
    }

    @Test
    void listIsAMutableArray() {
        Value list = eval("xs = [10, 'b', 2.5, None]\nxs");
        assertTrue(list.hasArrayElements());
        assertEquals(4, list.getArraySize());
        assertEquals(10, list.getArrayElement(0).asInt());
        assertEquals("b", list.getArrayElement(1).asString());
        assertTrue(list.getArrayElement(3).isNull());
        list.setArrayElement(0, 11);
        list.setArrayElement(4, "appended");
        assertTrue(list.removeArrayElement(1));
        assertEquals("[11, 2.5, None, 'appended']", eval("repr(xs)").asString());
        assertEquals("int", eval("type(xs[0]).__name__").asString());
        assertThrows(ArrayIndexOutOfBoundsException.class, () -> list.getArrayElement(10));
    }

    @Test
    void listConvertsToJavaList() {
        List<?> list = eval("[1, 2, 3]").as(List.class);
        assertEquals(List.of(1L, 2L, 3L), new ArrayList<>(list));
    }

    @Test
    void tupleIsAReadOnlyArray() {
        Value tuple = eval("(1, 'x')");
        assertTrue(tuple.hasArrayElements());
        assertEquals(2, tuple.getArraySize());
        assertEquals("x", tuple.getArrayElement(1).asString());
        assertThrows(UnsupportedOperationException.class, () -> tuple.setArrayElement(0, 5));
    }

    @Test
    void dictIsAHash() {
        Value dict = eval("d = {'a': 1, 'b': [2]}\nd");
        assertTrue(dict.hasHashEntries());
        assertEquals(2, dict.getHashSize());
        assertEquals(1, dict.getHashValue("a").asInt());
        assertTrue(dict.hasHashEntry("b"));
        assertFalse(dict.hasHashEntry("zz"));
        assertTrue(dict.getHashValue("zz") == null || dict.getHashValue("zz").isNull());
        dict.putHashEntry("c", 3);
        dict.putHashEntry(4, "four");
        assertTrue(dict.removeHashEntry("a"));
        assertEquals("{'b': [2], 'c': 3, 4: 'four'}", eval("repr(d)").asString());
        Value keys = dict.getHashKeysIterator();
        List<String> seen = new ArrayList<>();
        while (keys.hasIteratorNextElement()) {
            seen.add(keys.getIteratorNextElement().toString());
        }
        assertEquals(List.of("b", "c", "4"), seen);
    }

    @Test
    void dictConvertsToJavaMap() {
        Map<?, ?> map = eval("{'x': 1, 'y': 'two'}").as(Map.class);
        assertEquals(Set.of("x", "y"), map.keySet());
        assertEquals("two", map.get("y"));
    }

    @Test
    void functionsAreExecutable() {
        Value add = eval("def add(a, b=10):\n    return a + b\nadd");
        assertTrue(add.canExecute());
        assertEquals(3, add.execute(1, 2).asInt());
        assertEquals(15, add.execute(5).asInt());
        assertEquals("function", add.getMetaObject().getMetaSimpleName());
        PolyglotException error = assertThrows(PolyglotException.class, () -> add.execute());
        assertTrue(error.getMessage().startsWith("TypeError:"), error.getMessage());
    }

    @Test
    void builtinsLambdasAndBoundMethodsAreExecutable() {
        assertEquals(3, eval("len").execute(eval("[1, 2, 3]")).asInt());
        assertEquals(49, eval("lambda x: x * x").execute(7).asInt());
        Value append = eval("items = []\nitems.append");
        assertTrue(append.canExecute());
        append.execute("a");
        assertEquals(1, eval("len(items)").asInt());
    }

    @Test
    void objectsWithCallAreExecutable() {
        Value adder = eval("""
                class Adder:
                    def __init__(self, n):
                        self.n = n
                    def __call__(self, x):
                        return x + self.n
                Adder(10)
                """);
        assertTrue(adder.canExecute());
        assertEquals(15, adder.execute(5).asInt());
        assertFalse(eval("object()").canExecute());
    }

    @Test
    void identityIsPythonIdentity() {
        Value pair = eval("a = []\n(a, a, [])");
        assertEquals(pair.getArrayElement(0), pair.getArrayElement(1));
        assertFalse(pair.getArrayElement(0).equals(pair.getArrayElement(2)));
        context.getBindings("krait").putMember("back", pair.getArrayElement(0));
        assertTrue(eval("back is a").asBoolean());
    }

    @Test
    void classesAreInstantiableMetaObjects() {
        Value cls = eval("""
                class Counter:
                    step = 1
                    def __init__(self, start):
                        self.value = start
                    def bump(self, by=None):
                        self.value += self.step if by is None else by
                        return self.value
                Counter
                """);
        assertTrue(cls.isMetaObject());
        assertTrue(cls.canInstantiate());
        assertEquals("Counter", cls.getMetaSimpleName());
        assertEquals("__main__.Counter", cls.getMetaQualifiedName());
        Value counter = cls.newInstance(5);
        assertTrue(cls.isMetaInstance(counter));
        assertFalse(cls.isMetaInstance(eval("object()")));
        assertEquals("Counter", counter.getMetaObject().getMetaSimpleName());
        assertTrue(eval("int").isMetaInstance(3));
        assertTrue(eval("str").isMetaInstance("text"));
    }

    @Test
    void objectAttributesAreMembers() {
        Value counter = eval("""
                class Counter:
                    step = 1
                    def __init__(self, start):
                        self.value = start
                    def bump(self, by=None):
                        self.value += self.step if by is None else by
                        return self.value
                Counter(5)
                """);
        assertTrue(counter.hasMembers());
        assertEquals(5, counter.getMember("value").asInt());
        assertEquals(1, counter.getMember("step").asInt());
        List<String> keys = new ArrayList<>(counter.getMemberKeys());
        assertTrue(keys.containsAll(Set.of("value", "step", "bump")), keys.toString());
        assertFalse(keys.contains("__init__"), keys.toString());
        assertTrue(counter.canInvokeMember("bump"));
        assertEquals(6, counter.invokeMember("bump").asInt());
        assertEquals(16, counter.invokeMember("bump", 10).asInt());
        counter.putMember("value", 100);
        assertEquals(101, counter.invokeMember("bump").asInt());
        counter.putMember("label", "new attribute");
        assertEquals("new attribute", counter.getMember("label").asString());
        assertTrue(counter.removeMember("label"));
        assertFalse(counter.hasMember("label"));
        assertTrue(counter.getMember("missing") == null);
    }

    @Test
    void propertiesAndGetattrAreHonoured() {
        Value obj = eval("""
                class Dynamic:
                    @property
                    def answer(self):
                        return 42
                    def __getattr__(self, name):
                        return name.upper()
                Dynamic()
                """);
        assertEquals(42, obj.getMember("answer").asInt());
        assertEquals("ANYTHING", obj.getMember("anything").asString());
    }

    @Test
    void moduleMembersAreItsGlobals() {
        Value math = eval("import math\nmath");
        assertEquals(4.0, math.getMember("sqrt").execute(16).asDouble());
        assertTrue(math.getMemberKeys().contains("pi"));
    }

    @Test
    void exceptionObjectsAreExceptions() {
        Value error = eval("ValueError('bad value')");
        assertTrue(error.isException());
        assertEquals("ValueError", error.getMetaObject().getMetaSimpleName());
        PolyglotException thrown = assertThrows(PolyglotException.class, error::throwException);
        assertEquals("ValueError: bad value", thrown.getMessage());
    }
}
