def load(path):
    try:
        raise FileNotFoundError(f"no such file: {path}")
    except FileNotFoundError as e:
        e.add_note(f"while loading the configuration")
        e.add_note("hint: create it with --init")
        raise
try:
    load("a.cfg")
except FileNotFoundError as e:
    print("caught:", e, e.__notes__)
load("b.cfg")
