students = [
    ("Ana", [88, 92, 79]),
    ("Ben", [65, 70, 58]),
    ("Cleo", [95, 98, 100]),
    ("Dev", [72, 0, 85]),
]
def letter(avg):
    if avg >= 90:
        return "A"
    elif avg >= 80:
        return "B"
    elif avg >= 70:
        return "C"
    elif avg >= 60:
        return "D"
    return "F"
print(f"{'Name':<6}|{'Scores':^14}|{'Avg':>7}|{'Grade':^7}")
print("=" * 37)
summary = {}
for name, scores in students:
    avg = sum(scores) / len(scores)
    grade = letter(avg)
    summary.setdefault(grade, []).append(name)
    print(f"{name:<6}|{' '.join(f'{s:3d}' for s in scores):^14}|{avg:>7.2f}|{grade:^7}")
print()
for grade in sorted(summary):
    print(grade, "->", ", ".join(summary[grade]))
best = max(students, key=lambda s: sum(s[1]))
print("Top student:", best[0])
all_scores = [s for _, sc in students for s in sc]
print("Class average: %.1f, median: %s" % (sum(all_scores) / len(all_scores), sorted(all_scores)[len(all_scores) // 2]))
