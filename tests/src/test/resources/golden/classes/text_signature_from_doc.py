# a class whose docstring starts with 'Name(signature)\n--\n\n' has that __text_signature__
class BufferedReader(object):
    """BufferedReader(raw, buffer_size=DEFAULT_BUFFER_SIZE)\n--\n\n
    Create a new buffered reader using the given readable raw IO object.
    """
print(BufferedReader.__text_signature__)
class NoDoc: pass
class Other:
    "Other(x) but no marker"
class Wrong:
    "Name(x)\n--\n\nz"
print(NoDoc.__text_signature__, Other.__text_signature__, Wrong.__text_signature__, object.__text_signature__, int.__text_signature__)
import inspect
import inspect
class P:
    "P(a, b=1, *, c=None)\n--\n\nA class with a documented signature."
print(P.__text_signature__, P.__doc__.splitlines()[-1])
