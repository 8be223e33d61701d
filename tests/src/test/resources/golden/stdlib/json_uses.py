# json: dumps (indent, separators, sort_keys, ensure_ascii, default, NaN, circular check) and loads with CPython 3.12's errors.
import json
data = {"name": "Krait", "version": 1, "ratio": 0.5, "tags": ["a", "b"], "nested": {"ok": True, "none": None}, "uni": "é€😀", 3: "int key", "empty": [], "e2": {}}
print(json.dumps(data))
print(json.dumps(data, indent=2, sort_keys=False, ensure_ascii=False))
print(json.dumps([1, [2, [3]]], indent=4), json.dumps({"b": 1, "a": 2}, sort_keys=True, separators=(",", ":")))
print(json.dumps("quote\" back\\ nl\n tab\t ctl\x01"), json.dumps(float("nan")), json.dumps(1e100), json.dumps(10**20), json.dumps((1, 2)))
print(json.dumps({1.5: 1, True: 2, None: 3}))
try:
    json.dumps({1, 2})
except TypeError as e:
    print("TypeError:", e)
print(json.dumps({1, 2}, default=sorted))
a = []
a.append(a)
try:
    json.dumps(a)
except ValueError as e:
    print("ValueError:", e)
text = '{"a": [1, 2.5, -3e2, true, false, null], "b": "x\\u00e9\\ud83d\\ude00\\n", "c": {"d": {}}}'
print(json.loads(text), json.loads("  42 "), json.loads('"s"'), json.loads("[]"), json.loads("-0"), json.loads("1E3"))
for bad in ["", "[1, 2", '{"a" 1}', '{a: 1}', "[1,]", '{"a": 1,}', "nul", '"abc', "[1] x", '"a\\qb"', '{"a": 1 "b": 2}', "\n\n  [1, @]"]:
    try:
        json.loads(bad)
    except json.JSONDecodeError as e:
        print(repr(bad), "->", e, e.pos, e.lineno, e.colno)
print(json.loads('{"x": 1}', object_hook=lambda d: sorted(d.items())), json.loads("1.5", parse_float=str))
print(isinstance(json.JSONDecodeError("m", "d", 0), ValueError))

# an invalid \uXXXX escape is reported at the 'u'
for s in ("\"\\uD800\\u", "\"\\uD800\\uXY", "\"\\uzz", "\"\\u12", "\"abc\\uD834\\u00"):
    try: json.loads(s)
    except json.JSONDecodeError as e: print(repr(s), e.msg, e.pos)
