class Animal:
    kingdom = "animalia"
    def __init__(self, name):
        self.name = name
    def speak(self):
        return f"{self.name} makes a sound"
    def describe(self):
        return f"{type(self).__name__}({self.name}): {self.speak()}"
class Dog(Animal):
    def speak(self):
        return f"{self.name} barks"
class Puppy(Dog):
    def __init__(self, name, age):
        super().__init__(name)
        self.age = age
    def speak(self):
        return super().speak() + " softly"
for a in [Animal("generic"), Dog("Rex"), Puppy("Bit", 1)]:
    print(a.describe())
p = Puppy("Tiny", 2)
print(isinstance(p, Animal), isinstance(p, Dog), issubclass(Puppy, Animal), issubclass(Animal, Dog))
print(Puppy.__bases__, Puppy.__name__, p.kingdom, Puppy.kingdom)
print(p.__dict__, vars(p))
Animal.kingdom = "changed"
print(p.kingdom)
p.kingdom = "own"
print(p.kingdom, Dog.kingdom)
print(type(p) is Puppy, type(p) is Dog, Puppy.__mro__)
class Base:
    def template(self):
        return f"<{self.hook()}>"
    def hook(self):
        raise NotImplementedError
class Impl(Base):
    def hook(self):
        return "impl"
print(Impl().template())
try:
    Base().template()
except NotImplementedError:
    print("NotImplementedError raised")
