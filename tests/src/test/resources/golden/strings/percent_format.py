print("%s is %d years" % ("Eve", 29))
print("%5.2f|%-8s|%08.3f|%x|%X|%o|%e" % (3.14159, "ab", 2.5, 255, 255, 8, 1234.5))
print("%r %s" % ("q", "q"))
print("%(a)s-%(b)03d" % {"a": "id", "b": 7})
print("100%% sure, %c%c" % (72, "i"))
print("%+d %+d % d" % (5, -5, 5))
print("%.3s|%10.4f|%-10d|" % ("abcdef", 1 / 3, 42))
print("%s" % [1, 2], "%s" % (("tuple",),))
try:
    print("%d" % "x")
except TypeError as e:
    print("TypeError:", e)
try:
    print("%s %s" % ("one",))
except TypeError as e:
    print("TypeError:", e)
try:
    print("%s" % ("a", "b"))
except TypeError as e:
    print("TypeError:", e)
