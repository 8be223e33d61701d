# bytes % and str % conversions: which arguments each conversion takes, and CPython's messages when it refuses one.
class Index:
    def __index__(self): return 42
class IntNotIndex:
    def __int__(self): return 42
    def __index__(self): raise UserWarning("index")
class IndexTypeError:
    def __int__(self): return 42
    def __index__(self): raise TypeError("foobar")
class BadFloat:
    def __float__(self): return "not a float"
class GoodFloat:
    def __float__(self): return 2.5
class OnlyInt:
    def __int__(self): return 7

values = [Index(), IntNotIndex(), IndexTypeError(), BadFloat(), GoodFloat(), OnlyInt(), None, 3.7, "x", b"y",
          300, -1, 65, 2 ** 70, True, bytearray(b"z")]
for make in (str, bytes):
    for conversion in ["%c", "%d", "%i", "%u", "%o", "%x", "%X", "%e", "%f", "%g"]:
        template = make(conversion) if make is str else conversion.encode()
        for value in values:
            try:
                result = template % (value,)
            except BaseException as e:
                result = type(e).__name__ + ": " + str(e)
            print(make.__name__, conversion, type(value).__name__, repr(result))

cases = [("%0.0%", ()), ("%*.%", (42,)), ("%d %*.%", (42,)), ("%.*%", (88,)), ("%*.%", (42, 1)), ("%5%", ()),
         ("%5%", (1,)), ("%-%", ()), ("%s %%", ("a",)), ("%z", ()), ("%z", (1,)), ("%(a)%", {"a": 1}),
         ("%(foo)s %s", {"foo": "bar"}), ("%(a", {}), ("%", ()), ("%*d", ("x", 1)), ("%.*d", ("x", 1)),
         ("%c", (256,)), ("%c", (-1,)), ("%c", ("ab",)), ("%c", (0x110000,)),
         ("%.2147483648f", (1.0,)), ("%.*f", (2 ** 31, 1.0)), ("%*d", (2 ** 63, 1)),
         ("%99999999999999999999d", (1,)), ("%.99999999999999999999f", (1.0,)), ("%*d", (2 ** 62, 1)),
         ("%.*f", (-3, 1.5)), ("%*d", (-4, 7))]
for make in (str, bytes):
    for template, args in cases:
        if make is bytes:
            template = template.encode()
            if isinstance(args, dict):
                args = {k.encode(): v.encode() if isinstance(v, str) else v for k, v in args.items()}
            else:
                args = tuple(a.encode() if isinstance(a, str) else a for a in args)
        try:
            result = template % args
        except BaseException as e:
            result = type(e).__name__ + ": " + str(e)
        print(make.__name__, repr(template), repr(result))
try:
    b"%\xe1" % 1
except Exception as e:
    print(type(e).__name__, e)
