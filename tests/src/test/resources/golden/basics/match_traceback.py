# An exception raised while matching is reported at the pattern that raised it.
class Angry:
    def __eq__(self, other):
        raise RuntimeError("no comparisons today")


def pick(value):
    match value:
        case [1, 2]:
            return "pair"
        case 3 if value.missing:
            return "never"
        case 4:
            return "four"
        case {"key": str(a, b)}:
            return "never"


for subject in [3, Angry(), {"key": "s"}]:
    try:
        pick(subject)
    except Exception as e:
        print(type(e).__name__, e)


def outer():
    return pick({"key": "text"})


outer()
