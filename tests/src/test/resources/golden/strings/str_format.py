print("{} + {} = {}".format(1, 2, 3))
print("{0} {1} {0}".format("a", "b"))
print("{name} is {age}".format(name="Bob", age=40))
print("{:>10}|{:<10}|{:^10}|".format("r", "l", "c"))
print("{:.3f} {:e} {:%} {:,d}".format(2 / 3, 12345.678, 0.5, 10 ** 9))
print("{0[1]} {1[x]} {2.real}".format([10, 20], {"x": "ex"}, 5))
print("{!r:>8} {!s}".format("q", "s"))
print("{:{fill}{align}{width}}".format("mid", fill="-", align="^", width=11))
print("{{}} {}".format("braces"))
print(format(3.14159, ".2f"), format(42, "08b"), format("x", "^5"), format(1e6, ",.1f"))
try:
    print("{} {}".format("only one"))
except IndexError as e:
    print("IndexError:", e)
try:
    print("{:d}".format("text"))
except ValueError as e:
    print("ValueError:", e)
