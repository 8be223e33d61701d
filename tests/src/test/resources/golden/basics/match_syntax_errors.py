# The compile-time checks of match statements, as SyntaxErrors raised when the helper modules are imported.
for name in ["capture", "wildcard", "alternative", "different_names", "twice", "stars", "duplicate_key",
             "repeated_attribute", "fstring", "fstring_key", "debug", "rest_wildcard"]:
    try:
        __import__("_match_bad_" + name)
        print(name, "imported")
    except SyntaxError as e:
        print(f"{name}: {e.msg} (line {e.lineno}, columns {e.offset}-{e.end_offset}): {e.text.strip()}")

# a guard makes an irrefutable pattern acceptable anywhere, and the last case may be irrefutable
match 3:
    case x if x < 0:
        print("negative")
    case (y):
        print("captured", y)
