# Gravitational n-body simulation: float arithmetic on object attributes, nested loops over a list, math.sqrt.
import math
import sys
import time


class Body:
    def __init__(self, x, y, z, vx, vy, vz, mass):
        self.x = x
        self.y = y
        self.z = z
        self.vx = vx
        self.vy = vy
        self.vz = vz
        self.mass = mass


def make_system(count):
    # A heavy centre and lighter bodies on spread-out orbits; the numbers only need to be deterministic.
    bodies = [Body(0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 40.0)]
    for k in range(1, count):
        radius = 1.5 * k
        speed = math.sqrt(40.0 / radius)
        sign = 1.0 if k % 2 == 0 else -1.0
        bodies.append(Body(radius * sign, 0.1 * k, 0.05 * k, 0.0, speed * sign, 0.01 * k, 0.01 * k))
    return bodies


def energy(bodies):
    total = 0.0
    n = len(bodies)
    for i in range(n):
        a = bodies[i]
        total += 0.5 * a.mass * (a.vx * a.vx + a.vy * a.vy + a.vz * a.vz)
        for j in range(i + 1, n):
            b = bodies[j]
            dx = a.x - b.x
            dy = a.y - b.y
            dz = a.z - b.z
            total -= a.mass * b.mass / math.sqrt(dx * dx + dy * dy + dz * dz)
    return total


def advance(bodies, dt, steps):
    n = len(bodies)
    for _ in range(steps):
        for i in range(n):
            a = bodies[i]
            for j in range(i + 1, n):
                b = bodies[j]
                dx = a.x - b.x
                dy = a.y - b.y
                dz = a.z - b.z
                distance_squared = dx * dx + dy * dy + dz * dz
                magnitude = dt / (distance_squared * math.sqrt(distance_squared))
                mb = b.mass * magnitude
                ma = a.mass * magnitude
                a.vx -= dx * mb
                a.vy -= dy * mb
                a.vz -= dz * mb
                b.vx += dx * ma
                b.vy += dy * ma
                b.vz += dz * ma
        for body in bodies:
            body.x += dt * body.vx
            body.y += dt * body.vy
            body.z += dt * body.vz


def run():
    bodies = make_system(6)
    before = energy(bodies)
    advance(bodies, 0.001, 20000)
    after = energy(bodies)
    return f"{before:.9f} {after:.9f}"


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
