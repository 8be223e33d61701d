package dev.krait.tests.embedding;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.graalvm.polyglot.Context;
import org.graalvm.polyglot.HostAccess;
import org.graalvm.polyglot.PolyglotException;
import org.graalvm.polyglot.Value;
import org.graalvm.polyglot.proxy.ProxyExecutable;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Java values handed to Python (bindings, call arguments) behave as Python values. */
class ValuesFromJavaTest {
    private Context context;
    private Value bindings;

    /** A plain Java object with a public field and methods. */
    public static final class Account {
        public final String owner;
        private long balance;

        Account(String owner, long balance) {
            this.owner = owner;
            this.balance = balance;
        }

        public long getBalance() {
            return balance;
        }

        public void deposit(int amount) {
            balance += amount;
        }

        @Override
        public String toString() {
            return "Account(" + owner + ")";
        }
    }

    @BeforeEach
    void createContext() {
        context = Context.newBuilder("krait").allowHostAccess(HostAccess.ALL).build();
        bindings = context.getBindings("krait");
    }

    @AfterEach
    void closeContext() {
        context.close();
    }

    private Value eval(String source) {
        return context.eval("krait", source);
    }

    @Test
    void javaPrimitivesBecomePythonPrimitives() {
        Value typeName = eval("lambda x: type(x).__name__");
        assertEquals("int", typeName.execute(1).asString());
        assertEquals("int", typeName.execute((short) 2).asString());
        assertEquals("int", typeName.execute((byte) 3).asString());
        assertEquals("int", typeName.execute(4L).asString());
        assertEquals("float", typeName.execute(1.5f).asString());
        assertEquals("float", typeName.execute(2.5).asString());
        assertEquals("str", typeName.execute('c').asString());
        assertEquals("bool", typeName.execute(true).asString());
        assertEquals("NoneType", typeName.execute((Object) null).asString());
        assertEquals("int", typeName.execute(BigInteger.TEN.pow(30)).asString());
    }

    @Test
    void convertedPrimitivesComputeAsPython() {
        Value f = eval("lambda a, b, c: (a // 2, b * 2, c + '!', a + 2**64)");
        Value result = f.execute(7, 1.25f, 'x');
        assertEquals("(3, 2.5, 'x!', 18446744073709551623)", result.toString());
    }

    @Test
    void bindingsAreMainModuleGlobals() {
        bindings.putMember("n", 20);
        bindings.putMember("ratio", 0.5f);
        assertEquals(10.0, eval("n * ratio").asDouble());
        assertEquals("int", eval("type(n).__name__").asString());
        eval("defined_in_python = [n, n + 1]");
        assertTrue(bindings.hasMember("defined_in_python"));
        assertEquals(21, bindings.getMember("defined_in_python").getArrayElement(1).asInt());
        assertTrue(bindings.getMemberKeys().contains("n"));
        bindings.removeMember("n");
        PolyglotException error = assertThrows(PolyglotException.class, () -> eval("n"));
        assertEquals("NameError: name 'n' is not defined", error.getMessage());
    }

    @Test
    void javaListBehavesAsASequence() {
        List<Object> list = new ArrayList<>(List.of(3, 1, 2));
        bindings.putMember("jl", list);
        assertEquals(3, eval("len(jl)").asInt());
        assertEquals(3, eval("jl[0]").asInt());
        assertEquals(2, eval("jl[-1]").asInt());
        assertEquals("[2, 1]", eval("repr(jl[::-1][:2])").asString());
        assertEquals("[6, 2, 4]", eval("repr([x * 2 for x in jl])").asString());
        assertEquals(6, eval("sum(jl)").asInt());
        assertTrue(eval("1 in jl").asBoolean());
        assertFalse(eval("9 in jl").asBoolean());
        assertTrue(eval("bool(jl)").asBoolean());
        assertEquals("foreign", eval("type(jl).__name__").asString());
        eval("jl[0] = 30\njl.add(4)");
        // Python ints reach Java as Long
        assertEquals(List.of(30L, 1, 2, 4L), list);
        assertEquals("IndexError", errorType("jl[10]"));
    }

    @Test
    void javaMapBehavesAsAMapping() {
        Map<String, Object> map = new LinkedHashMap<>();
        map.put("a", 1);
        map.put("b", 2);
        bindings.putMember("jm", map);
        assertEquals(2, eval("len(jm)").asInt());
        assertEquals(2, eval("jm['b']").asInt());
        assertTrue(eval("'a' in jm").asBoolean());
        assertEquals("['a', 'b']", eval("repr(list(jm))").asString());
        eval("jm['c'] = 3\ndel jm['a']");
        assertEquals(Map.of("b", 2, "c", 3L), map);
        assertEquals("KeyError", errorType("jm['zz']"));
    }

    @Test
    void javaArrayBehavesAsASequence() {
        bindings.putMember("arr", new int[]{4, 5, 6});
        assertEquals(3, eval("len(arr)").asInt());
        assertEquals(5, eval("arr[1]").asInt());
        assertEquals(15, eval("sum(arr)").asInt());
        assertEquals("int", eval("type(arr[0]).__name__").asString());
    }

    @Test
    void javaObjectMembersAreAttributes() {
        Account account = new Account("ada", 10);
        bindings.putMember("account", account);
        assertEquals("ada", eval("account.owner").asString());
        eval("account.deposit(5)");
        assertEquals(15, account.getBalance());
        assertEquals(15, eval("account.getBalance()").asInt());
        assertEquals("Account(ada)", eval("str(account)").asString());
        assertEquals("AttributeError", errorType("account.nothing"));
        assertTrue(eval("account == account").asBoolean());
        assertTrue(eval("len({account: 1, account: 2})").asInt() == 1);
    }

    @Test
    void javaCallablesAreCallable() {
        bindings.putMember("twice", (ProxyExecutable) args -> args[0].asInt() * 2);
        assertEquals(42, eval("twice(21)").asInt());
        assertEquals("int", eval("type(twice(1)).__name__").asString());
        List<?> doubled = eval("list(map(twice, [1, 2]))").as(List.class);
        assertEquals(List.of(2L, 4L), new ArrayList<>(doubled));
    }

    @Test
    void valuesWrittenIntoPythonContainersAreConverted() {
        Value list = eval("xs = []\nxs");
        list.setArrayElement(0, 7);
        list.setArrayElement(1, 'q');
        Value dict = eval("d = {}\nd");
        dict.putHashEntry("k", 1.5f);
        assertEquals("[7, 'q'] {'k': 1.5} int", eval("f'{xs} {d} {type(xs[0]).__name__}'").asString());
    }

    private String errorType(String source) {
        PolyglotException error = assertThrows(PolyglotException.class, () -> eval(source));
        return error.getGuestObject().getMetaObject().getMetaSimpleName();
    }
}
