print(f"{'Celsius':>8} {'Fahrenheit':>11} {'Kelvin':>8}")
print("-" * 29)
for c in range(-40, 101, 20):
    f = c * 9 / 5 + 32
    k = c + 273.15
    print(f"{c:>8d} {f:>11.1f} {k:>8.2f}")
print()
print("%-6s %6s" % ("F", "C"))
for f in range(0, 301, 60):
    print("%-6d %6.1f" % (f, (f - 32) * 5 / 9))
print()
readings = {"Mon": 21.5, "Tue": 19.0, "Wed": 23.25, "Thu": 18.75}
avg = sum(readings.values()) / len(readings)
for day, t in readings.items():
    bar = "#" * int(t - 15)
    mark = "above" if t > avg else "below"
    print("{:<4}{:>6.2f} {:<10} {}".format(day, t, bar, mark))
print("average: {:.3f}".format(avg))
hottest = max(readings, key=readings.get)
print(f"hottest: {hottest} ({readings[hottest]}°C)")
