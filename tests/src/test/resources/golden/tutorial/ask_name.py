print("Welcome to the greeter.")
try:
    name = input("What is your name? ")
except EOFError:
    name = "stranger"
    print()
print(f"Hello, {name}!")
age = input("How old are you? ")
print("never reached", age)
