# A small ray tracer: many short-lived objects, method calls and attribute reads on a few classes.
import math
import sys
import time


class Vec:
    def __init__(self, x, y, z):
        self.x = x
        self.y = y
        self.z = z

    def add(self, other):
        return Vec(self.x + other.x, self.y + other.y, self.z + other.z)

    def sub(self, other):
        return Vec(self.x - other.x, self.y - other.y, self.z - other.z)

    def scale(self, factor):
        return Vec(self.x * factor, self.y * factor, self.z * factor)

    def dot(self, other):
        return self.x * other.x + self.y * other.y + self.z * other.z

    def normalized(self):
        return self.scale(1.0 / math.sqrt(self.dot(self)))


class Ray:
    def __init__(self, origin, direction):
        self.origin = origin
        self.direction = direction

    def at(self, distance):
        return self.origin.add(self.direction.scale(distance))


class Sphere:
    def __init__(self, centre, radius, brightness):
        self.centre = centre
        self.radius = radius
        self.brightness = brightness

    def hit(self, ray):
        # Distance along the ray to the nearest intersection in front of the origin, or -1.0 for a miss.
        to_origin = ray.origin.sub(self.centre)
        b = to_origin.dot(ray.direction)
        c = to_origin.dot(to_origin) - self.radius * self.radius
        discriminant = b * b - c
        if discriminant < 0.0:
            return -1.0
        root = math.sqrt(discriminant)
        distance = -b - root
        if distance > 0.0001:
            return distance
        distance = -b + root
        if distance > 0.0001:
            return distance
        return -1.0

    def normal_at(self, point):
        return point.sub(self.centre).normalized()


class Scene:
    def __init__(self):
        self.spheres = [
            Sphere(Vec(0.0, -1000.5, 3.0), 1000.0, 0.3),
            Sphere(Vec(0.0, 0.0, 3.0), 0.5, 0.9),
            Sphere(Vec(1.1, 0.1, 3.5), 0.6, 0.7),
            Sphere(Vec(-1.0, -0.1, 2.6), 0.4, 0.8),
        ]
        self.light = Vec(-2.0, 3.0, -1.0).normalized()

    def nearest(self, ray):
        best = None
        best_distance = 1e30
        for sphere in self.spheres:
            distance = sphere.hit(ray)
            if 0.0 < distance < best_distance:
                best = sphere
                best_distance = distance
        return best, best_distance

    def shade(self, ray, depth):
        sphere, distance = self.nearest(ray)
        if sphere is None:
            return 0.1
        point = ray.at(distance)
        normal = sphere.normal_at(point)
        light = normal.dot(self.light)
        if light < 0.0:
            light = 0.0
        elif self.nearest(Ray(point, self.light))[0] is not None:
            light = light * 0.2
        colour = sphere.brightness * (0.15 + 0.85 * light)
        if depth > 0:
            reflected = ray.direction.sub(normal.scale(2.0 * ray.direction.dot(normal)))
            colour = 0.8 * colour + 0.2 * self.shade(Ray(point, reflected), depth - 1)
        return colour


def render(width, height):
    scene = Scene()
    eye = Vec(0.0, 0.2, -1.0)
    total = 0.0
    for row in range(height):
        for column in range(width):
            target = Vec((column - width / 2) / width, (height / 2 - row) / height, 0.0)
            ray = Ray(eye, target.sub(eye).normalized())
            total += scene.shade(ray, 2)
    return total


def run():
    return f"{render(128, 96):.6f}"


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
