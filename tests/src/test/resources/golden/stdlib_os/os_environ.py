# os.environ and os.environb: str and bytes views of one environment, type checks, and what child processes get.
import os
import subprocess

os.environ["KRAIT_TEST_VAR"] = "caf\u00e9"
print(os.environ["KRAIT_TEST_VAR"], os.environb[b"KRAIT_TEST_VAR"], os.getenv("KRAIT_TEST_VAR"), os.getenvb(b"KRAIT_TEST_VAR"))
os.environb[b"KRAIT_BYTES"] = b"\xff-raw"
print(ascii(os.environ["KRAIT_BYTES"]), os.environb[b"KRAIT_BYTES"], b"KRAIT_BYTES" in os.environb, "KRAIT_BYTES" in os.environ)
print(os.getenv("KRAIT_MISSING"), os.getenv("KRAIT_MISSING", "dflt"), os.getenvb(b"KRAIT_MISSING", b"d"))
print(type(os.environ).__name__, isinstance(os.environ.copy(), dict), os.supports_bytes_environ)
print(repr(os.environ).startswith("environ({"), repr(os.environb).startswith("environ({b'"))
for label, action in [("int key", lambda: os.environ.__setitem__(1, "x")),
                      ("int value", lambda: os.environ.__setitem__("K", 1)),
                      ("str in environb", lambda: os.environb.__setitem__("K", b"x")),
                      ("missing", lambda: os.environ["KRAIT_MISSING"]),
                      ("missing bytes", lambda: os.environb[b"KRAIT_MISSING"]),
                      ("putenv =", lambda: os.putenv("A=B", "x")),
                      ("putenv empty", lambda: os.putenv("", "x")),
                      ("putenv nul", lambda: os.putenv("A", "x\0y"))]:
    try:
        action()
        print(label, "-> no error")
    except Exception as e:
        print(label, "->", type(e).__name__, e)

merged = os.environ | {"EXTRA": "1"}
print(type(merged).__name__, merged["EXTRA"], "EXTRA" in os.environ)
os.environ.setdefault("KRAIT_DEFAULT", "set")
os.environ.update(KRAIT_UPDATED="yes")
child = subprocess.run(["/bin/sh", "-c", 'echo "$KRAIT_TEST_VAR $KRAIT_DEFAULT $KRAIT_UPDATED [$KRAIT_GONE]"'],
                       capture_output=True, text=True)
print(child.stdout.strip())
os.environ["KRAIT_GONE"] = "1"
del os.environ["KRAIT_GONE"]
print(os.environ.pop("KRAIT_DEFAULT"), "KRAIT_DEFAULT" in os.environ)
print(os.system("test \"$KRAIT_UPDATED\" = yes"))
