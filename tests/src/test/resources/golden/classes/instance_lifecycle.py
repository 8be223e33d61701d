class Account:
    interest = 0.02
    def __init__(self, owner, balance=0):
        self.owner = owner
        self.balance = balance
        self.history = []
    def deposit(self, amount):
        if amount <= 0:
            raise ValueError("amount must be positive")
        self.balance += amount
        self.history.append(("deposit", amount))
        return self
    def withdraw(self, amount):
        if amount > self.balance:
            raise ValueError(f"insufficient funds: {self.balance} < {amount}")
        self.balance -= amount
        self.history.append(("withdraw", amount))
        return self
    def __repr__(self):
        return f"Account({self.owner!r}, {self.balance})"
acct = Account("Sam")
acct.deposit(100).withdraw(30).deposit(5)
print(acct, acct.history)
try:
    acct.withdraw(1000)
except ValueError as e:
    print("refused:", e)
class Meta(type):
    pass
class WithNew:
    def __new__(cls, *args):
        print("__new__", cls.__name__, args)
        return super().__new__(cls)
    def __init__(self, v):
        print("__init__", v)
        self.v = v
w = WithNew(3)
print(w.v)
class Singleton:
    _inst = None
    def __new__(cls):
        if cls._inst is None:
            cls._inst = super().__new__(cls)
        return cls._inst
print(Singleton() is Singleton())
print(type(Account), type(type), type(Meta("M", (), {})).__name__)
Dynamic = type("Dynamic", (Account,), {"kind": "dyn"})
print(Dynamic("x").kind, Dynamic.__mro__[1].__name__)
try:
    Account()
except TypeError as e:
    print("TypeError:", e)
try:
    acct.no_such_method()
except AttributeError as e:
    print("AttributeError:", e)
