def load(name):
    data = {"a": 1}
    return data[name]
def process(name):
    try:
        return load(name)
    except KeyError as exc:
        raise ValueError(f"bad name {name}") from exc
print("processing")
process("zzz")
