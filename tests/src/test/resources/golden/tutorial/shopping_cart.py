from dataclasses import dataclass, field
@dataclass
class Item:
    name: str
    price: float
    qty: int = 1
    def total(self):
        return self.price * self.qty
@dataclass
class Cart:
    items: list = field(default_factory=list)
    def add(self, item):
        for existing in self.items:
            if existing.name == item.name:
                existing.qty += item.qty
                return
        self.items.append(item)
    def total(self):
        return sum(i.total() for i in self.items)
cart = Cart()
cart.add(Item("apple", 0.5, 6))
cart.add(Item("bread", 2.25))
cart.add(Item("apple", 0.5, 2))
print(cart.items[0])
print(Item("x", 1.0) == Item("x", 1.0))
for it in cart.items:
    print(f"{it.name:<8} {it.qty:>3} x {it.price:>5.2f} = {it.total():>6.2f}")
print(f"TOTAL {cart.total():.2f}")
