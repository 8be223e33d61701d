# statistics: means, medians, modes, variances and quantiles, with CPython's exact results and error messages.
import statistics
from statistics import *
from fractions import Fraction

data = [2.75, 1.75, 1.25, 0.25, 0.5, 1.25, 3.5]
ints = [1, 2, 3, 4, 4]
print(mean([1, 2, 3, 4]), mean([1, 2, 3]), mean(ints), mean(data), mean([0.1, 0.2, 0.3]), mean([Fraction(1, 3), Fraction(1, 6)]))
print(mean([1, 2.5]), mean(x for x in range(10)), mean([True, False, True]), mean([1e308, 1e308]), mean([-1.5, 1.5]), mean([3]))
print(mean([Fraction(1, 2), 1]), type(mean([Fraction(1, 2), 1])).__name__, mean([Fraction(1, 2), 0.25]))
print(fmean([3.5, 4.0, 5.25]), fmean(iter([1, 2, 3])), fmean([1, 2, 3], weights=[3, 1, 1]), fmean([0.1] * 10))
print(geometric_mean([54, 24, 36]), geometric_mean([1.5, 2.5]), harmonic_mean([40, 60]), harmonic_mean([2.5, 3, 10]))
print(harmonic_mean([40, 60], weights=[5, 30]), harmonic_mean([0, 5]), harmonic_mean([7]), harmonic_mean([Fraction(1, 2), Fraction(1, 3)]))
print(median([1, 3, 5]), median([1, 3, 5, 7]), median([5, 1, 3, 2]), median([1.5, 2.5]), median(["b", "a", "c"]))
print(median_low([1, 3, 5, 7]), median_high([1, 3, 5, 7]), median_low([5]), median_high(["x", "y"]))
print(median_grouped([52, 52, 53, 54]), median_grouped([1, 3, 3, 5, 7], interval=1), median_grouped([1, 3, 3, 5, 7], interval=2), median_grouped([1, 2, 2, 3, 4, 4, 4, 4, 4, 5]))
print(mode([1, 1, 2, 3, 3, 3, 3, 4]), mode(["red", "blue", "blue", "red", "green", "red", "red"]), mode([1, 2, 2, 1]), mode("aabbbc"))
print(multimode("aabbbbccddddeeffffgg"), multimode([]), multimode([3, 3, 1]))
print(variance(data), variance([1, 2, 3, 4]), variance(ints), variance([Fraction(1, 4), Fraction(5, 4), Fraction(1, 2)]), variance([1, 2, 3, 4], 2.5))
print(pvariance(data), pvariance([1, 2, 3, 4]), pvariance([1.5, 2.5, 2.5, 2.75, 3.25, 4.75]), pvariance(ints), pvariance([2]))
print(stdev(data), stdev([1, 2, 3, 4]), stdev([1.5, 2.5, 2.5, 2.75, 3.25, 4.75]), stdev([0.1, 0.2, 0.3, 0.4]), stdev([10**20, 10**20 + 2]))
print(pstdev(data), pstdev([1, 2, 3, 4]), pstdev([2, 4, 4, 4, 5, 5, 7, 9]), pstdev([1e-300, 3e-300]), pstdev([5]))
print(variance([0.1] * 5), stdev([1, 1, 1]), variance([1, float("inf")]), pvariance([1.0, float("nan")]))
print(quantiles([105, 129, 87, 86, 111, 111, 89, 81, 108, 92, 110, 100, 75, 105, 103, 109, 76, 119, 99, 91, 103, 129, 106, 101, 84, 111, 74, 87, 86, 103, 103, 106, 86, 111, 75, 87, 102, 121, 111, 88, 89, 101, 106, 95, 103, 107, 101, 81, 109, 104], n=10))
print(quantiles([1, 2, 3, 4, 5]), quantiles([1, 2, 3, 4, 5], method="inclusive"), quantiles([1.5, 2.5], n=3), quantiles(range(1, 11), n=2))
print(covariance([1, 2, 3, 4, 5, 6, 7, 8, 9], [1, 2, 3, 1, 2, 3, 1, 2, 3]), covariance([1, 2, 3], [3, 2, 1]))
print(correlation([1, 2, 3, 4, 5], [2, 4, 6, 8, 10]), correlation([1, 2, 3, 4, 5], [5, 4, 3, 2, 1]), correlation([1, 2, 3, 4, 5], [1, 4, 9, 16, 25], method="ranked"))
print(linear_regression([1, 2, 3, 4, 5], [3, 5, 7, 9, 11]), linear_regression([1, 2, 3], [2, 4, 6], proportional=True))
lr = linear_regression([1, 2, 3, 4], [2.0, 3.9, 6.1, 8.0])
print(lr.slope, lr.intercept, round(lr.slope * 5 + lr.intercept, 6))
print(issubclass(StatisticsError, ValueError))
errors = [
    lambda: mean([]), lambda: fmean([]), lambda: median([]), lambda: median_low([]), lambda: median_high([]),
    lambda: mode([]), lambda: variance([1]), lambda: pvariance([]), lambda: stdev([1]), lambda: pstdev([]),
    lambda: harmonic_mean([]), lambda: harmonic_mean([-1, 2]), lambda: harmonic_mean([-1]),
    lambda: geometric_mean([]), lambda: geometric_mean([1, -2]), lambda: quantiles([]), lambda: quantiles([7], n=4), lambda: quantiles([1, 2], n=0),
    lambda: quantiles([1, 2], method="bogus"), lambda: mean(["a", "b"]), lambda: mean([1, "2"]),
    lambda: fmean([1, 2], weights=[1]), lambda: fmean([1, 2], weights=[0, 0]), lambda: covariance([1, 2], [1]),
    lambda: covariance([1], [1]), lambda: correlation([1, 1, 1], [1, 2, 3]), lambda: correlation([1, 2], [1, 2], method="x"),
    lambda: linear_regression([1, 1], [1, 2]), lambda: linear_regression([1], [1]), lambda: median_grouped([]),
    lambda: median_grouped(["a", "b"]), lambda: harmonic_mean(["x"]), lambda: mean([Fraction(1), 1.5, "x"]),
    lambda: harmonic_mean([1, 2], weights=[1]),
]
for f in errors:
    try:
        print("no error", f())
    except (StatisticsError, TypeError, ValueError) as e:
        print(type(e).__name__ + ":", e)
