# Recursive Fibonacci: calls, integer arithmetic and comparisons, nothing else.
import sys
import time


def fib(n):
    if n < 2:
        return n
    return fib(n - 1) + fib(n - 2)


def run():
    return fib(30)


def main():
    iterations = int(sys.argv[1]) if len(sys.argv) > 1 else 10
    result = None
    for i in range(iterations):
        start = time.perf_counter()
        result = run()
        elapsed = time.perf_counter() - start
        print(f"iteration {i} {elapsed:.6f}")
    print(f"result {result}")


main()
