apply = lambda f, x: f(x)

def twice(f):
    def wrapper(x):
        return f(f(x))
    return wrapper

@twice
def halve(x):
    return 10 // x

class Config:
    limit = apply(halve, 40)

print(Config.limit)
print(apply(halve, 4))
