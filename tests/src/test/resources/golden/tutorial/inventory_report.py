raw = """sku,name,qty,price
A100,Widget,12,2.50
B200,Gadget,0,10.00
C300,Doohickey,7,0.99
D400,Thingamajig,3,45.00
E500,Gizmo,,5.00
"""
items = []
problems = []
for lineno, line in enumerate(raw.strip().splitlines()[1:], start=2):
    sku, name, qty, price = line.split(",")
    try:
        items.append({"sku": sku, "name": name, "qty": int(qty), "price": float(price)})
    except ValueError as e:
        problems.append(f"line {lineno}: {e}")
header = f"{'SKU':<6}{'Name':<13}{'Qty':>4}{'Price':>8}{'Value':>9}"
print(header)
print("-" * len(header))
for it in sorted(items, key=lambda i: i["qty"] * i["price"], reverse=True):
    value = it["qty"] * it["price"]
    flag = " (out of stock)" if it["qty"] == 0 else ""
    print(f"{it['sku']:<6}{it['name']:<13}{it['qty']:>4}{it['price']:>8.2f}{value:>9.2f}{flag}")
print("-" * len(header))
total = sum(i["qty"] * i["price"] for i in items)
print(f"{'Total':<31}{total:>9.2f}")
for p in problems:
    print("skipped", p)
low = [i["name"] for i in items if 0 < i["qty"] < 5]
print("Reorder soon:", ", ".join(low) or "nothing")
