import random
secret = 42
guesses = [50, 25, 37, 43, 40, 42]
for attempt, guess in enumerate(guesses, start=1):
    if guess < secret:
        print(f"Attempt {attempt}: {guess} is too low")
    elif guess > secret:
        print(f"Attempt {attempt}: {guess} is too high")
    else:
        print(f"Attempt {attempt}: {guess} is correct!")
        break
def binary_search_guess(lo, hi, target):
    steps = 0
    while lo <= hi:
        steps += 1
        mid = (lo + hi) // 2
        if mid == target:
            return steps
        if mid < target:
            lo = mid + 1
        else:
            hi = mid - 1
    return -1
print([binary_search_guess(1, 100, t) for t in (1, 50, 100, 73)])
random.seed(0)
print(isinstance(random.randint(1, 10), int), 0 <= random.random() < 1)
