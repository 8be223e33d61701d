Vector = list[float]
Table = dict[str, list[int]]
def scale(factor: float, v: Vector) -> Vector:
    return [factor * x for x in v]
def tally(rows: Table) -> dict[str, int]:
    return {name: sum(values) for name, values in rows.items()}
def describe(x: int | None = None) -> str:
    return "nothing" if x is None else f"int {x}"
print(scale(2.0, [1.0, 1.5]))
print(tally({"a": [1, 2], "b": [3]}))
print(describe(), describe(4))
count: int = 0
names: list[str] = []
names.append("x")
print(count, names)
print(Vector, Table, list[int] == list[int], int | None)
print(scale.__annotations__)
print(type(Vector).__name__, Vector.__origin__, Vector.__args__)
