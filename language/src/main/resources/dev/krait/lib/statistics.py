"""Statistics of numeric data (Krait's implementation). Sums, means and variances are computed exactly with
fractions and converted to the data's type at the end, so results are the correctly rounded exact values."""

import math
import numbers
import sys
from collections import Counter, namedtuple
from fractions import Fraction
from itertools import repeat

__all__ = ["StatisticsError", "correlation", "covariance", "fmean", "geometric_mean",
           "harmonic_mean", "linear_regression", "mean", "median", "median_grouped", "median_high", "median_low",
           "mode", "multimode", "pstdev", "pvariance", "quantiles", "stdev", "variance"]


class StatisticsError(ValueError):
    pass


def _exact_ratio(x):
    """(numerator, denominator) of x; (x, None) for an infinity or a NaN."""
    try:
        return x.as_integer_ratio()
    except AttributeError:
        pass
    except (OverflowError, ValueError):
        return (x, None)
    try:
        return (x.numerator, x.denominator)
    except AttributeError:
        raise TypeError(f"can't convert type '{type(x).__name__}' to numerator/denominator")


def _coerce(T, S):
    """The type a result has when the data mixes T and S: int < Fraction < float, subclasses win."""
    if T is S:
        return T
    if S is int or S is bool:
        return T
    if T is int:
        return S
    if issubclass(S, T):
        return S
    if issubclass(T, S):
        return T
    if issubclass(T, int):
        return S
    if issubclass(S, int):
        return T
    if issubclass(T, Fraction) and issubclass(S, float):
        return S
    if issubclass(T, float) and issubclass(S, Fraction):
        return T
    raise TypeError(f"don't know how to coerce {T.__name__} and {S.__name__}")


def _sum(data):
    """(result type, exact sum as a Fraction (or a float infinity/NaN), count) of the data."""
    count = 0
    T = int
    seen_types = []
    by_denominator = {}
    special = None
    for x in data:
        typ = type(x)
        if typ not in seen_types:
            seen_types.append(typ)
        n, d = _exact_ratio(x)
        count += 1
        if d is None:
            special = n if special is None else special + n
        else:
            by_denominator[d] = by_denominator.get(d, 0) + n
    for typ in seen_types:
        T = _coerce(T, typ)
    if special is not None:
        total = special
    else:
        total = Fraction(0)
        for d, n in by_denominator.items():
            total += Fraction(n, d)
    return T, total, count


def _sum_of_squares(data, c=None):
    """(result type, exact sum of squared deviations from the mean (or from c), mean, count)."""
    if c is not None:
        T, total, count = _sum((x - c) * (x - c) for x in data)
        return T, total, c, count
    # Sums of x and of x*x kept as integer numerators per denominator; then, exactly,
    # sum((x - mean)**2) = (count * sum(x*x) - sum(x)**2) / count.
    count = 0
    T = int
    seen_types = []
    sx_partials = {}
    sxx_partials = {}
    special = None
    for x in data:
        typ = type(x)
        if typ not in seen_types:
            seen_types.append(typ)
        n, d = _exact_ratio(x)
        count += 1
        if d is None:
            special = n if special is None else special + n
        else:
            sx_partials[d] = sx_partials.get(d, 0) + n
            sxx_partials[d] = sxx_partials.get(d, 0) + n * n
    for typ in seen_types:
        T = _coerce(T, typ)
    if count == 0:
        return T, Fraction(0), Fraction(0), 0
    if special is not None:
        return T, special, special, count
    sx = Fraction(0)
    for d, n in sx_partials.items():
        sx += Fraction(n, d)
    sxx = Fraction(0)
    for d, n in sxx_partials.items():
        sxx += Fraction(n, d * d)
    ss = (count * sxx - sx * sx) / count
    return T, ss, sx / count, count


def _convert(value, T):
    """The exact value as type T (a float when T is int but the value is not whole)."""
    if type(value) is T:
        return value
    if issubclass(T, int) and value.denominator != 1:
        T = float
    try:
        return T(value)
    except TypeError:
        if _is_decimal_type(T):
            # Decimal takes no Fraction: the quotient, rounded by the current decimal context
            return T(value.numerator) / T(value.denominator)
        raise


def _is_decimal_type(T):
    decimal = sys.modules.get("decimal")
    return decimal is not None and issubclass(T, decimal.Decimal)


def _decimal_sqrt_of_fraction(n, d):
    """The square root of n/d (n >= 0, d > 0) as a Decimal correctly rounded to the current decimal context; an
    exact root keeps no trailing zeros after its point."""
    from decimal import Decimal, getcontext
    if n == 0:
        return Decimal("0.0")
    digits = getcontext().prec + 2
    # scale by 10**(2k) so the integer root has at least `digits` digits
    k = digits + max(0, (len(str(d)) - len(str(n))) // 2 + 1)
    scaled = n * 10 ** (2 * k)
    root = math.isqrt(scaled // d)
    if root * root * d == scaled:
        while k > 0 and root % 10 == 0:
            root //= 10
            k -= 1
    elif root % 5 == 0:
        root += 1
    return +Decimal(root).scaleb(-k)


def _fail_negative(values, message):
    for x in values:
        if x < 0:
            raise StatisticsError(message)
        yield x


def mean(data):
    """The arithmetic mean, exact until converted to the data's type: mean([1, 2, 3, 4]) is 2.5."""
    T, total, n = _sum(data)
    if n < 1:
        raise StatisticsError("mean requires at least one data point")
    return _convert(total / n, T)


def fmean(data, weights=None):
    """The mean as a float, fast: fsum of the data over its length (weighted when weights are given)."""
    if weights is None:
        try:
            n = len(data)
        except TypeError:
            data = list(data)
            n = len(data)
        total = math.fsum(data)
        if not n:
            raise StatisticsError("fmean requires at least one data point")
        return total / n
    if not isinstance(weights, (list, tuple)):
        weights = list(weights)
    try:
        num = _sumprod(data, weights)
    except ValueError:
        raise StatisticsError("data and weights must be the same length")
    den = math.fsum(weights)
    if not den:
        raise StatisticsError("sum of weights must be non-zero")
    return num / den


def geometric_mean(data):
    """The geometric mean, as a float: exp of the mean of the logarithms."""
    try:
        return math.exp(fmean(map(math.log, data)))
    except ValueError:
        raise StatisticsError("geometric mean requires a non-empty dataset containing positive numbers") from None


def harmonic_mean(data, weights=None):
    """The harmonic mean: the count over the sum of reciprocals (0 when a value is 0)."""
    if iter(data) is data:
        data = list(data)
    errmsg = "harmonic mean does not support negative values"
    n = len(data)
    if n < 1:
        raise StatisticsError("harmonic_mean requires at least one data point")
    elif n == 1 and weights is None:
        x = data[0]
        if isinstance(x, numbers.Real):
            if x < 0:
                raise StatisticsError(errmsg)
            return x
        raise TypeError("unsupported type")
    if weights is None:
        weights = repeat(1, n)
        sum_weights = n
    else:
        if iter(weights) is weights:
            weights = list(weights)
        if len(weights) != n:
            raise StatisticsError("Number of weights does not match data size")
        _, sum_weights, _ = _sum(w for w in _fail_negative(weights, errmsg))
    try:
        data = _fail_negative(data, errmsg)
        T, total, count = _sum(w / x if w else 0 for w, x in zip(weights, data))
    except ZeroDivisionError:
        return 0
    if total <= 0:
        raise StatisticsError("Weighted sum must be positive")
    return _convert(sum_weights / total, T)


def median(data):
    """The middle value, or the mean of the two middle values."""
    data = sorted(data)
    n = len(data)
    if n == 0:
        raise StatisticsError("no median for empty data")
    if n % 2 == 1:
        return data[n // 2]
    i = n // 2
    return (data[i - 1] + data[i]) / 2


def median_low(data):
    """The middle value, or the smaller of the two middle values."""
    data = sorted(data)
    n = len(data)
    if n == 0:
        raise StatisticsError("no median for empty data")
    if n % 2 == 1:
        return data[n // 2]
    return data[n // 2 - 1]


def median_high(data):
    """The middle value, or the larger of the two middle values."""
    data = sorted(data)
    n = len(data)
    if n == 0:
        raise StatisticsError("no median for empty data")
    return data[n // 2]


def median_grouped(data, interval=1.0):
    """The median of continuous data grouped in classes of width interval, by interpolation."""
    data = sorted(data)
    n = len(data)
    if not n:
        raise StatisticsError("no median for empty data")
    x = data[n // 2]
    # The class containing the middle value, and how many values are below it and in it.
    i = 0
    while i < n and data[i] < x:
        i += 1
    j = i
    while j < n and data[j] == x:
        j += 1
    try:
        interval = float(interval)
        x = float(x)
    except ValueError:
        raise TypeError("Value cannot be converted to a float")
    L = x - interval / 2.0
    cf = i
    f = j - i
    return L + interval * (n / 2 - cf) / f


def mode(data):
    """The most common value (the first seen, among equally common ones)."""
    pairs = Counter(iter(data)).most_common(1)
    try:
        return pairs[0][0]
    except IndexError:
        raise StatisticsError("no mode for empty data") from None


def multimode(data):
    """The most common values, in the order first seen."""
    counts = Counter(iter(data))
    if not counts:
        return []
    maxcount = max(counts.values())
    return [value for value, count in counts.items() if count == maxcount]


def quantiles(data, *, n=4, method="exclusive"):
    """The n-1 cut points dividing the data into n intervals of equal probability."""
    if n < 1:
        raise StatisticsError("n must be at least 1")
    data = sorted(data)
    ld = len(data)
    if ld < 2:
        raise StatisticsError("must have at least two data points")
    if method == "inclusive":
        m = ld - 1
        result = []
        for i in range(1, n):
            j, delta = divmod(i * m, n)
            interpolated = (data[j] * (n - delta) + data[j + 1] * delta) / n
            result.append(interpolated)
        return result
    if method == "exclusive":
        m = ld + 1
        result = []
        for i in range(1, n):
            j = i * m // n
            j = 1 if j < 1 else ld - 1 if j > ld - 1 else j
            delta = i * m - j * n
            interpolated = (data[j - 1] * (n - delta) + data[j] * delta) / n
            result.append(interpolated)
        return result
    raise ValueError(f"Unknown method: {method!r}")


def _sqrt_of_fraction(n, d):
    """The square root of n/d (n >= 0, d > 0) as a float, correctly rounded.

    An integer approximation with at least 2 * 53 + 3 significant bits, whose last bit is set when it is inexact
    (so it is never taken for a tie), converts to the same float as the exact root would.
    """
    shift = (n.bit_length() - d.bit_length() - 109) // 2
    if shift >= 0:
        root = math.isqrt(n // (d << 2 * shift))
        inexact = root * root * (d << 2 * shift) != n
        return ((root | inexact) << shift) / 1
    numerator = n << -2 * shift
    root = math.isqrt(numerator // d)
    inexact = root * root * d != numerator
    return (root | inexact) / (1 << -shift)


def variance(data, xbar=None):
    """The sample variance (divided by n - 1); xbar, if given, is used as the mean."""
    T, ss, c, n = _sum_of_squares(data, xbar)
    if n < 2:
        raise StatisticsError("variance requires at least two data points")
    return _convert(ss / (n - 1), T)


def pvariance(data, mu=None):
    """The population variance (divided by n); mu, if given, is used as the mean."""
    T, ss, c, n = _sum_of_squares(data, mu)
    if n < 1:
        raise StatisticsError("pvariance requires at least one data point")
    return _convert(ss / n, T)


def stdev(data, xbar=None):
    """The sample standard deviation, the square root of variance(), as a float."""
    T, ss, c, n = _sum_of_squares(data, xbar)
    if n < 2:
        raise StatisticsError("stdev requires at least two data points")
    mss = ss / (n - 1)
    if not isinstance(mss, Fraction):
        return math.sqrt(mss)
    if _is_decimal_type(T):
        return _decimal_sqrt_of_fraction(mss.numerator, mss.denominator)
    return _sqrt_of_fraction(mss.numerator, mss.denominator)


def pstdev(data, mu=None):
    """The population standard deviation, the square root of pvariance(), as a float."""
    T, ss, c, n = _sum_of_squares(data, mu)
    if n < 1:
        raise StatisticsError("pstdev requires at least one data point")
    mss = ss / n
    if not isinstance(mss, Fraction):
        return math.sqrt(mss)
    if _is_decimal_type(T):
        return _decimal_sqrt_of_fraction(mss.numerator, mss.denominator)
    return _sqrt_of_fraction(mss.numerator, mss.denominator)


def _sumprod(p, q):
    """The sum of products, exact until rounded once (an int for ints), as math.sumprod."""
    p = list(p)
    q = list(q)
    if len(p) != len(q):
        raise ValueError("Inputs are not the same length")
    if all(type(v) is int or type(v) is bool for v in p + q):
        return sum(x * y for x, y in zip(p, q))
    if not all(math.isfinite(v) for v in p + q):
        return sum(x * y for x, y in zip(p, q))
    total = Fraction(0)
    for x, y in zip(p, q):
        total += Fraction(x) * Fraction(y)
    return float(total)


def covariance(x, y, /):
    """The sample covariance of two equally long inputs."""
    n = len(x)
    if len(y) != n:
        raise StatisticsError("covariance requires that both inputs have same number of data points")
    if n < 2:
        raise StatisticsError("covariance requires at least two data points")
    xbar = fmean(x)
    ybar = fmean(y)
    sxy = _sumprod((xi - xbar for xi in x), (yi - ybar for yi in y))
    return sxy / (n - 1)


def correlation(x, y, /, *, method="linear"):
    """Pearson's correlation coefficient (or Spearman's, method='ranked') of two inputs."""
    n = len(x)
    if len(y) != n:
        raise StatisticsError("correlation requires that both inputs have same number of data points")
    if n < 2:
        raise StatisticsError("correlation requires at least two data points")
    if method not in {"linear", "ranked"}:
        raise ValueError(f"Unknown method: {method!r}")
    if method == "ranked":
        start = (n - 1) / -2
        x = _rank(x, start=start)
        y = _rank(y, start=start)
    else:
        xbar = math.fsum(x) / n
        ybar = math.fsum(y) / n
        x = [xi - xbar for xi in x]
        y = [yi - ybar for yi in y]
    sxy = _sumprod(x, y)
    sxx = _sumprod(x, x)
    syy = _sumprod(y, y)
    try:
        return sxy / _sqrt_of_fraction(*(Fraction(sxx) * Fraction(syy)).as_integer_ratio())
    except ZeroDivisionError:
        raise StatisticsError("at least one of the inputs is constant")


def _rank(data, *, start=1):
    """Ranks of the data (ties get the mean of their ranks), starting at start."""
    ordered = sorted(range(len(data)), key=lambda i: data[i])
    result = [0] * len(data)
    i = 0
    while i < len(ordered):
        j = i
        while j + 1 < len(ordered) and data[ordered[j + 1]] == data[ordered[i]]:
            j += 1
        rank = start + (i + j) / 2
        for k in range(i, j + 1):
            result[ordered[k]] = rank
        i = j + 1
    return result


LinearRegression = namedtuple("LinearRegression", ("slope", "intercept"))


def linear_regression(x, y, /, *, proportional=False):
    """Slope and intercept of the least-squares line through (x, y) (through the origin if proportional)."""
    n = len(x)
    if len(y) != n:
        raise StatisticsError("linear regression requires that both inputs have same number of data points")
    if n < 2:
        raise StatisticsError("linear regression requires at least two data points")
    if not proportional:
        xbar = math.fsum(x) / n
        ybar = math.fsum(y) / n
        x = [xi - xbar for xi in x]
        y = (yi - ybar for yi in y)
    sxy = _sumprod(x, y) + 0.0
    sxx = _sumprod(x, x)
    try:
        slope = sxy / sxx
    except ZeroDivisionError:
        raise StatisticsError("x is constant")
    intercept = 0.0 if proportional else ybar - slope * xbar
    return LinearRegression(slope=slope, intercept=intercept)
