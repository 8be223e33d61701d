def countdown(n):
    if n == 0:
        print("reached the bottom")
    return countdown(n - 1) + 1
print(countdown(5) if False else "start")
countdown(10)
