def read_lines():
    text = "alpha 3\nbeta 0\n# comment\ngamma 12\n\ndelta 7"
    for line in text.split("\n"):
        yield line
def non_empty(lines):
    for line in lines:
        if line.strip() and not line.startswith("#"):
            yield line
def parse(lines):
    for line in lines:
        name, value = line.split()
        yield name, int(value)
def running_total(pairs):
    total = 0
    for name, value in pairs:
        total += value
        yield name, value, total
for name, value, total in running_total(parse(non_empty(read_lines()))):
    print(f"{name:<6}{value:>4}{total:>5}")
def take(n, it):
    for i, v in enumerate(it):
        if i >= n:
            return
        yield v
def naturals():
    n = 1
    while True:
        yield n
        n += 1
def primes():
    for n in naturals():
        if n > 1 and all(n % p for p in range(2, int(n ** 0.5) + 1)):
            yield n
print(list(take(10, primes())))
def batched(it, size):
    batch = []
    for x in it:
        batch.append(x)
        if len(batch) == size:
            yield batch
            batch = []
    if batch:
        yield batch
print(list(batched(range(7), 3)))
def gen_in_loop():
    for i in range(3):
        try:
            if i == 1:
                raise ValueError(i)
            yield i
        except ValueError as e:
            yield f"error {e}"
        finally:
            print("finally", i)
print(list(gen_in_loop()))
