# An uncaught exception group is printed in CPython's boxed format: sub-exceptions numbered, nested groups
# indented, chained exceptions and notes inside the boxes.
def parse(text):
    return int(text)


def collect(texts):
    errors = []
    for text in texts:
        try:
            parse(text)
        except ValueError as e:
            e.add_note(f"while parsing {text!r}")
            errors.append(e)
    try:
        {}["missing"]
    except KeyError as e:
        try:
            raise RuntimeError("lookup failed") from e
        except RuntimeError as chained:
            errors.append(chained)
    group = ExceptionGroup("bad input", errors + [ExceptionGroup("nested", [OSError("disk"), ZeroDivisionError()])])
    group.add_note("first note\nspanning two lines")
    raise group


def main():
    try:
        collect(["1", "x", "2.5"])
    except* OSError:
        raise TypeError("from the handler")


main()
