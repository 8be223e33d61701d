# importlib.resources' functions from before files() (deprecated in 3.12 with a DeprecationWarning each):
# read_text/read_binary/open_text/open_binary/path/contents/is_resource, their checks and errors
import importlib.resources as resources
import os
import warnings

HERE = os.path.dirname(os.path.abspath(__file__))


def show(value):
    return repr(value).replace(HERE, "HERE")


def attempt(function, *args, **kwargs):
    try:
        return show(function(*args, **kwargs))
    except Exception as e:
        return f"{type(e).__name__}: {show(str(e))}"


def report(caught):
    for warning in caught:
        print("   ", warning.category.__name__, warning.message, warning.filename == __file__)
    caught.clear()


with warnings.catch_warnings(record=True) as caught:
    warnings.simplefilter("always")
    print(resources.read_text("_resdata", "data.txt"))
    report(caught)
    print(resources.read_binary("_resdata", "bin.dat"))
    report(caught)
    print(resources.read_text("_resdata", "latin.txt", encoding="latin-1"))
    print(resources.read_text("_resdata", "latin.txt", errors="replace"))
    print(attempt(resources.read_text, "_resdata", "latin.txt"))
    report(caught)
    with resources.open_text("_resdata", "data.txt") as stream:
        print(type(stream).__name__, stream.readline())
    with resources.open_binary("_resdata", "bin.dat") as stream:
        print(stream.read(3))
    report(caught)
    print(sorted(name for name in resources.contents("_resdata") if name != "__pycache__"))
    print(resources.is_resource("_resdata", "data.txt"), resources.is_resource("_resdata", "sub"),
          resources.is_resource("_resdata", "missing"))
    report(caught)
    with resources.path("_resdata", "data.txt") as path:
        print(show(path), path.read_text())
    with resources.path("_resdata", "missing.txt") as path:
        print(show(path), path.exists())
    report(caught)
    import _resdata
    print(resources.read_text(_resdata, "data.txt").splitlines())
    report(caught)
    print("-- errors")
    print(attempt(resources.read_text, "_resdata", "sub/inner.txt"))
    print(attempt(resources.read_binary, "_resdata", "missing.txt"))
    print(attempt(resources.open_text, "_resdata", "sub"))
    print(attempt(resources.is_resource, "_resdata", "a/b"))
    print(attempt(resources.path, "_resdata", "sub/inner.txt"))
    print(attempt(resources.read_text, "_no_such_package", "x"))
    print(attempt(resources.contents, "sys"), attempt(resources.is_resource, "sys", "x"))
    print(attempt(resources.read_text, "sys", "x"))
    print(attempt(resources.read_text, "_resdata"))
    print(attempt(resources.read_text, "_resdata", 5))
    print(attempt(resources.read_text, "_resdata", b"data.txt"))
    import pathlib
    print(attempt(resources.read_text, "_resdata", pathlib.PurePosixPath("data.txt")))
    print(len(caught), {warning.category.__name__ for warning in caught})
    caught.clear()
print(resources.read_text.__name__, resources.path.__name__, resources.__all__)
print(resources.Package, resources.Resource)
