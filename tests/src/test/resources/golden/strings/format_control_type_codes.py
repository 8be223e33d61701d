# A control character as the type code of a format spec: unknown to int and str (the message shows it as \xNN),
# while a NUL one is a float's "no type" (CPython's default type for floats is NUL).
for value in (2, 'ab', 2.5, True):
    for code in ('\x00', '\x01', '\x1f', '\x7f', '\xe9', 'r'):
        for spec in (code, '10' + code, '<5' + code):
            try:
                print(repr(value), repr(spec), repr(format(value, spec)))
            except ValueError as error:
                print(repr(value), repr(spec), 'ValueError', error)
print(repr('{:\x00}'.format(1.5)))
try:
    '{:\x00}'.format(15)
except ValueError as error:
    print('ValueError', error)
