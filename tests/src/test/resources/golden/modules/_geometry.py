"""Shapes used by the module tests."""
PI = 3.14159
print("loading _geometry as", __name__)
def area(r):
    return PI * r * r
class Square:
    def __init__(self, side):
        self.side = side
    def area(self):
        return self.side ** 2
_private = "hidden"
if __name__ == "__main__":
    print("never printed on import")
