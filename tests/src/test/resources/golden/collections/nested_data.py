inventory = {
    "fruits": {"apple": 3, "pear": 0},
    "veg": {"kale": 2},
}
for category, items in inventory.items():
    for name, qty in items.items():
        status = "in stock" if qty else "sold out"
        print(f"{category}/{name}: {status}")
inventory["veg"]["leek"] = 5
print(inventory)
records = [{"name": "x", "tags": ["a", "b"]}, {"name": "y", "tags": []}]
print([r["name"] for r in records if r["tags"]])
print({r["name"]: len(r["tags"]) for r in records})
stack = [[1, [2, [3, [4]]]]]
flat = []
while stack:
    item = stack.pop()
    if isinstance(item, list):
        stack.extend(reversed(item))
    else:
        flat.append(item)
print(flat)
a = [1, 2]
a.append(a)
print(a)
d = {}
d["self"] = d
print(d)
print(list(map(list, zip([1, 2], "ab"))))
