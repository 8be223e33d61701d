# pickle.dumps() of the builtin types, byte for byte, in every protocol, and loads() back
import pickle

print(pickle.HIGHEST_PROTOCOL, pickle.DEFAULT_PROTOCOL, pickle.format_version)

shared = [1, 2]
recursive_list = []
recursive_list.append(recursive_list)
recursive_tuple = ([],)
recursive_tuple[0].append(recursive_tuple)
recursive_dict = {}
recursive_dict["self"] = recursive_dict

VALUES = [
    None, True, False, 0, 1, 255, 256, 65535, 65536, -1, -128, 2**31 - 1, 2**31, -2**31, -2**31 - 1, 2**63,
    -2**63, 10**40, -10**40, 0.0, -0.0, 1.5, 1e300, float("inf"), float("-inf"), 1 / 3,
    "", "abc", "\u00e9", "\u20ac\U0001F600", "a\\b\nc\r\x00\x1a", b"", b"abc", b"\x00\xff\x80", bytearray(b"xyz"),
    bytearray(), (), (1,), (1, 2), (1, 2, 3), (1, 2, 3, 4), [], [1], [1, 2], {}, {1: 2}, {"a": 1, "b": [1, 2]},
    set(), {1, 2, 3}, frozenset(), frozenset({"a"}), [shared, shared, (shared, shared)],
    [{"name": "x", "age": 1}, {"name": "y", "age": 2}], {"k": (1, "k")}, [1.5, None, True],
    complex(1, 2), range(2, 10, 3), slice(1, None, 2), ..., NotImplemented, type(None), int, len,
]

for value in VALUES:
    print(repr(value)[:60])
    for protocol in range(pickle.HIGHEST_PROTOCOL + 1):
        data = pickle.dumps(value, protocol)
        back = pickle.loads(data)
        print(" ", protocol, data, back == value, type(back).__name__)

print("recursive structures")
for protocol in range(6):
    data = pickle.dumps(recursive_list, protocol)
    back = pickle.loads(data)
    print(protocol, data, back[0] is back)
    data = pickle.dumps(recursive_tuple, protocol)
    back = pickle.loads(data)
    print(protocol, data, back[0][0] is back)
    data = pickle.dumps(recursive_dict, protocol)
    back = pickle.loads(data)
    print(protocol, data, back["self"] is back)
    back = pickle.loads(pickle.dumps([shared, shared], protocol))
    print(protocol, back, back[0] is back[1])

print("batches and frames")
import hashlib
for value in [list(range(1001)), list(range(2500)), {i: str(i) for i in range(1500)}, set(range(1200)),
              frozenset(range(1100)), "x" * 70000, b"y" * 70000, [b"z" * 70000, 1, 2],
              [str(i) * 500 for i in range(300)], tuple(range(5))]:
    for protocol in range(6):
        data = pickle.dumps(value, protocol)
        print(protocol, len(data), hashlib.md5(data).hexdigest(), data[:24], data[-16:], pickle.loads(data) == value)
print(pickle.dumps(list(range(1001)), 2)[-20:])
print(pickle.dumps(10**1000, 2)[:8], pickle.dumps(-(10**1000), 4)[-6:])
for n in [127, 128, 255, 256, 32767, 32768, -32768, -32769, 2**64 - 1, -2**64]:
    print(n, pickle.dumps(n, 2), pickle.loads(pickle.dumps(n, 2)) == n, pickle.dumps(n, 0))
