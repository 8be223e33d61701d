def greet(name, greeting="Hello", punct="!"):
    return f"{greeting}, {name}{punct}"
print(greet("Ann"), greet("Bo", "Hi"), greet("Cy", punct="?"), greet(greeting="Yo", name="Di"))
def append_to(item, bucket=[]):
    bucket.append(item)
    return bucket
print(append_to(1), append_to(2), append_to(3))
def append_fixed(item, bucket=None):
    if bucket is None:
        bucket = []
    bucket.append(item)
    return bucket
print(append_fixed(1), append_fixed(2))
print(append_to.__defaults__, greet.__defaults__)
counter = 10
def show(v=counter):
    return v
counter = 20
print(show())
try:
    greet()
except TypeError as e:
    print("TypeError:", e)
try:
    greet("a", "b", "c", "d")
except TypeError as e:
    print("TypeError:", e)
try:
    greet("a", nme="x")
except TypeError as e:
    print("TypeError:", e)
try:
    greet("a", name="b")
except TypeError as e:
    print("TypeError:", e)
