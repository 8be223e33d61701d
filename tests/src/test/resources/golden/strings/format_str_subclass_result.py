# format() and an f-string of one value pass on the str subclass instance __format__ returned
class Tagged(str):
    pass

class Value:
    def __format__(self, spec):
        return Tagged("<" + spec + ">")
    def __str__(self):
        return Tagged("plain")

v = Value()
cases = {
    "format(v)": format(v),
    "format(v, 'x')": format(v, "x"),
    "f'{v}'": f"{v}",
    "f'{v:y}'": f"{v:y}",
    "f'{v!s}'": f"{v!s}",
    "f'({v})'": f"({v})",
    "f'{v}{v}'": f"{v}{v}",
    "f'{v:{v}}'": f"{v:{v}}",
    "format(7, Tagged('03d'))": format(7, Tagged("03d")),
    "f'{Tagged(\"t\")}'": f"{Tagged('t')}",
    "str(v)": str(v),
}
for text, result in cases.items():
    print(f"{text:28} {type(result).__name__:7} {result!r}")

class Bad:
    def __format__(self, spec):
        return 42
for attempt in (lambda: format(Bad()), lambda: f"{Bad()}", lambda: format(1, 2)):
    try:
        attempt()
    except TypeError as e:
        print("TypeError:", e)
