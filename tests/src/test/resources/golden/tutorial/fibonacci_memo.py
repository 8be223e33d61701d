memo = {0: 0, 1: 1}
def fib(n):
    if n not in memo:
        memo[n] = fib(n - 1) + fib(n - 2)
    return memo[n]
print([fib(i) for i in range(15)])
print(fib(100))
print(fib(300))
print(len(memo))
def fib_iter(n):
    a, b = 0, 1
    for _ in range(n):
        a, b = b, a + b
    return a
print(all(fib(i) == fib_iter(i) for i in range(200)))
def fib_series(limit):
    """Print a Fibonacci series up to limit."""
    a, b = 0, 1
    while a < limit:
        print(a, end=" ")
        a, b = b, a + b
    print()
fib_series(2000)
calls = 0
def slow_fib(n):
    global calls
    calls += 1
    return n if n < 2 else slow_fib(n - 1) + slow_fib(n - 2)
print(slow_fib(20), calls)
