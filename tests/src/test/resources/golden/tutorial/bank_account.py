class InsufficientFunds(Exception):
    pass
class BankAccount:
    bank_name = "Tutorial Bank"
    _next_number = 1000
    def __init__(self, owner, balance=0.0):
        self.owner = owner
        self._balance = balance
        self.number = BankAccount._next_number
        BankAccount._next_number += 1
        self.transactions = []
    @property
    def balance(self):
        return self._balance
    def deposit(self, amount):
        if amount <= 0:
            raise ValueError("Deposit must be positive")
        self._balance += amount
        self.transactions.append(("deposit", amount))
    def withdraw(self, amount):
        if amount > self._balance:
            raise InsufficientFunds(f"Cannot withdraw {amount:.2f}; balance is {self._balance:.2f}")
        self._balance -= amount
        self.transactions.append(("withdraw", amount))
    def statement(self):
        print(f"Statement for {self.owner} (#{self.number}) at {self.bank_name}")
        for kind, amount in self.transactions:
            sign = "+" if kind == "deposit" else "-"
            print(f"  {kind:<10}{sign}{amount:>10.2f}")
        print(f"  {'balance':<10}{self._balance:>11.2f}")
class SavingsAccount(BankAccount):
    def __init__(self, owner, balance=0.0, rate=0.05):
        super().__init__(owner, balance)
        self.rate = rate
    def add_interest(self):
        interest = self._balance * self.rate
        self.deposit(round(interest, 2))
        return interest
a = BankAccount("Alice", 50)
a.deposit(25.5)
a.withdraw(10)
try:
    a.withdraw(1000)
except InsufficientFunds as e:
    print("Error:", e)
try:
    a.deposit(-5)
except ValueError as e:
    print("Error:", e)
a.statement()
s = SavingsAccount("Bob", 1000, rate=0.03)
print(f"interest: {s.add_interest():.2f}")
s.statement()
print(isinstance(s, BankAccount), s.number, a.number, s.balance)
accounts = [a, s, BankAccount("Carl", 5)]
richest = max(accounts, key=lambda acc: acc.balance)
print("richest:", richest.owner)
print("total:", f"{sum(acc.balance for acc in accounts):,.2f}")
