print(int("12"), int("-0"), int("  7\n"), int(3.9), int(True), int("1_000"), int("z", 36))
print(float("1.5"), float("-inf"), float(" 2 "), float(3), float("1e3"), float(".5"))
print(str(1), str(1.0), str(None), str([1, "2"]), str(b"x" if False else "bytes skipped"))
print(bool(0), bool("0"), bool([]), bool([[]]), bool(0j) if False else False)
print(list("ab"), tuple([1]), set([1, 1]), dict([(1, 2)]), list({"k": 1}))
for bad in ["abc", "1.5", "", "1 2", "0x10"]:
    try:
        int(bad)
    except ValueError as e:
        print("ValueError:", e)
for bad in ["abc", "", "1,5"]:
    try:
        float(bad)
    except ValueError as e:
        print("ValueError:", e)
try:
    int(None)
except TypeError as e:
    print("TypeError:", e)
try:
    int("5", 1)
except ValueError as e:
    print("ValueError:", e)
try:
    float([1])
except TypeError as e:
    print("TypeError:", e)
try:
    int(float("inf"))
except OverflowError as e:
    print("OverflowError:", e)
try:
    int(float("nan"))
except ValueError as e:
    print("ValueError:", e)
try:
    "a" + 1
except TypeError as e:
    print("TypeError:", e)
try:
    1 + "a"
except TypeError as e:
    print("TypeError:", e)
try:
    [1] * "2"
except TypeError as e:
    print("TypeError:", e)
print("5" * 3, "5" + str(3), int("5") + 3)
