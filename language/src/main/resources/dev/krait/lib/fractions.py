"""Rational numbers (Krait's implementation): Fraction, exact arithmetic on a numerator and a denominator kept in
lowest terms with a positive denominator."""

import math as _math
import numbers as _numbers
import operator as _operator

__all__ = ["Fraction"]

# The modulus and the hash of infinity of CPython's numeric hash (sys.hash_info on 64-bit builds).
_HASH_MODULUS = (1 << 61) - 1
_HASH_INF = 314159


def _is_rational(value):
    """int (bool too), Fraction and other numbers.Rational: the exact numbers Fraction works with."""
    return isinstance(value, (int, Fraction)) or isinstance(value, _numbers.Rational)


def _parts(value):
    """The numerator and denominator of a rational number."""
    if isinstance(value, Fraction):
        return value._numerator, value._denominator
    if isinstance(value, int):
        return int(value), 1
    return value.numerator, value.denominator


def _parse(text):
    """numerator, denominator of a Fraction literal: '3/4', '-1.25', '2e-3', ' 7 '; None when it is not one."""
    s = text.strip()
    if not s:
        return None
    sign = 1
    if s[0] in "+-":
        if s[0] == "-":
            sign = -1
        s = s[1:]

    def digits(part):
        if not part or part[0] == "_" or part[-1] == "_" or "__" in part:
            return None
        cleaned = part.replace("_", "")
        if not cleaned.isdigit() or not cleaned.isascii():
            return None
        return cleaned

    if "/" in s:
        num, _, den = s.partition("/")
        num = digits(num)
        den = digits(den)
        if num is None or den is None:
            return None
        numerator = int(num)
        denominator = int(den)
        if denominator == 0:
            raise ZeroDivisionError(f"Fraction({sign * numerator}, 0)")
        return sign * numerator, denominator
    exponent = 0
    lower = s.lower()
    if "e" in lower:
        index = lower.index("e")
        mantissa, exp_text = s[:index], s[index + 1:]
        exp_sign = 1
        if exp_text and exp_text[0] in "+-":
            exp_sign = -1 if exp_text[0] == "-" else 1
            exp_text = exp_text[1:]
        exp_digits = digits(exp_text)
        if exp_digits is None:
            return None
        exponent = exp_sign * int(exp_digits)
    else:
        mantissa = s
    if "." in mantissa:
        whole, _, decimal = mantissa.partition(".")
    else:
        whole, decimal = mantissa, ""
    if not whole and not decimal:
        return None
    if whole:
        whole = digits(whole)
        if whole is None:
            return None
    if decimal:
        decimal = digits(decimal)
        if decimal is None:
            return None
    elif "." in mantissa and not whole:
        return None
    numerator = int((whole or "0") + (decimal or ""))
    denominator = 10 ** len(decimal or "")
    if exponent >= 0:
        numerator *= 10 ** exponent
    else:
        denominator *= 10 ** -exponent
    return sign * numerator, denominator


class Fraction:
    """A rational number: Fraction(3, 4), Fraction('0.75'), Fraction(0.75), Fraction(other_fraction)."""

    __slots__ = ("_numerator", "_denominator")

    def __new__(cls, numerator=0, denominator=None):
        self = object.__new__(cls)
        if denominator is None:
            if type(numerator) is int:
                self._numerator = numerator
                self._denominator = 1
                return self
            if _is_rational(numerator):
                self._numerator, self._denominator = _parts(numerator)
                return self
            if isinstance(numerator, float):
                self._numerator, self._denominator = numerator.as_integer_ratio()
                return self
            if isinstance(numerator, str):
                parsed = _parse(numerator)
                if parsed is None:
                    raise ValueError(f"Invalid literal for Fraction: {numerator!r}")
                numerator, denominator = parsed
            elif hasattr(numerator, "as_integer_ratio") and not isinstance(numerator, type):
                self._numerator, self._denominator = numerator.as_integer_ratio()
                return self
            else:
                raise TypeError("argument should be a string or a Rational instance")
        elif type(numerator) is int and type(denominator) is int:
            pass
        elif _is_rational(numerator) and _is_rational(denominator):
            n1, d1 = _parts(numerator)
            n2, d2 = _parts(denominator)
            numerator, denominator = n1 * d2, d1 * n2
        else:
            raise TypeError("both arguments should be Rational instances")
        if denominator == 0:
            raise ZeroDivisionError(f"Fraction({numerator}, 0)")
        g = _math.gcd(numerator, denominator)
        if denominator < 0:
            g = -g
        self._numerator = numerator // g
        self._denominator = denominator // g
        return self

    @classmethod
    def from_float(cls, f):
        """The exact value of the float f."""
        if isinstance(f, int):
            return cls(f)
        if not isinstance(f, float):
            raise TypeError(f"{cls.__name__}.from_float() only takes floats, not {f!r} ({type(f).__name__})")
        return cls._from_coprime_ints(*f.as_integer_ratio())

    @classmethod
    def from_decimal(cls, dec):
        """The exact value of a Decimal (or an int)."""
        if isinstance(dec, int):
            return cls(dec)
        if hasattr(dec, "as_integer_ratio"):
            return cls._from_coprime_ints(*dec.as_integer_ratio())
        raise TypeError(f"{cls.__name__}.from_decimal() only takes Decimals, not {dec!r} ({type(dec).__name__})")

    @classmethod
    def _from_coprime_ints(cls, numerator, denominator, /):
        obj = object.__new__(cls)
        obj._numerator = numerator
        obj._denominator = denominator
        return obj

    def is_integer(self):
        return self._denominator == 1

    def as_integer_ratio(self):
        return (self._numerator, self._denominator)

    def limit_denominator(self, max_denominator=1000000):
        """The closest Fraction whose denominator is at most max_denominator."""
        if max_denominator < 1:
            raise ValueError("max_denominator should be at least 1")
        if self._denominator <= max_denominator:
            return Fraction(self)
        # Walk the continued fraction's convergents p/q until the next denominator is too big; the answer is the
        # last convergent or the best semiconvergent after it.
        p_prev, q_prev, p, q = 0, 1, 1, 0
        n, d = self._numerator, self._denominator
        while True:
            a = n // d
            q_next = q_prev + a * q
            if q_next > max_denominator:
                break
            p_prev, q_prev, p, q = p, q, p_prev + a * p, q_next
            n, d = d, n - a * d
        k = (max_denominator - q_prev) // q
        if 2 * d * (q_prev + k * q) <= self._denominator:
            return Fraction._from_coprime_ints(p, q)
        return Fraction._from_coprime_ints(p_prev + k * p, q_prev + k * q)

    @property
    def numerator(self):
        return self._numerator

    @property
    def denominator(self):
        return self._denominator

    def __repr__(self):
        return f"{self.__class__.__name__}({self._numerator}, {self._denominator})"

    def __str__(self):
        if self._denominator == 1:
            return str(self._numerator)
        return f"{self._numerator}/{self._denominator}"

    def __format__(self, format_spec, /):
        if not format_spec:
            return str(self)
        return _format_fraction(self, format_spec)

    # Arithmetic: with int and Fraction the result is exact; with float it is a float.

    def _operate(self, other, exact, inexact, reflected):
        if _is_rational(other):
            if reflected:
                return exact(Fraction(other), self)
            return exact(self, Fraction(other) if not isinstance(other, Fraction) else other)
        if isinstance(other, float):
            return inexact(other, float(self)) if reflected else inexact(float(self), other)
        return NotImplemented

    def __add__(self, other):
        return self._operate(other, _add, _operator.add, False)

    def __radd__(self, other):
        return self._operate(other, _add, _operator.add, True)

    def __sub__(self, other):
        return self._operate(other, _sub, _operator.sub, False)

    def __rsub__(self, other):
        return self._operate(other, _sub, _operator.sub, True)

    def __mul__(self, other):
        return self._operate(other, _mul, _operator.mul, False)

    def __rmul__(self, other):
        return self._operate(other, _mul, _operator.mul, True)

    def __truediv__(self, other):
        return self._operate(other, _div, _operator.truediv, False)

    def __rtruediv__(self, other):
        return self._operate(other, _div, _operator.truediv, True)

    def __floordiv__(self, other):
        return self._operate(other, _floordiv, _operator.floordiv, False)

    def __rfloordiv__(self, other):
        return self._operate(other, _floordiv, _operator.floordiv, True)

    def __divmod__(self, other):
        return self._operate(other, _divmod, divmod, False)

    def __rdivmod__(self, other):
        return self._operate(other, _divmod, divmod, True)

    def __mod__(self, other):
        return self._operate(other, _mod, _operator.mod, False)

    def __rmod__(self, other):
        return self._operate(other, _mod, _operator.mod, True)

    def __pow__(self, other):
        if _is_rational(other):
            n, d = _parts(other)
            if d == 1:
                power = n
                if power >= 0:
                    return Fraction._from_coprime_ints(self._numerator ** power, self._denominator ** power)
                if self._numerator > 0:
                    return Fraction._from_coprime_ints(self._denominator ** -power, self._numerator ** -power)
                if self._numerator == 0:
                    raise ZeroDivisionError(f"Fraction({self._denominator ** -power}, 0)")
                return Fraction._from_coprime_ints((-self._denominator) ** -power, (-self._numerator) ** -power)
            return float(self) ** float(other)
        if isinstance(other, float):
            return float(self) ** other
        return NotImplemented

    def __rpow__(self, other):
        if self._denominator == 1 and self._numerator >= 0:
            if _is_rational(other) or isinstance(other, float):
                return other ** self._numerator
            return NotImplemented
        if _is_rational(other):
            return Fraction(other) ** self
        if isinstance(other, float):
            return other ** float(self)
        return NotImplemented

    def __pos__(self):
        return Fraction._from_coprime_ints(self._numerator, self._denominator)

    def __neg__(self):
        return Fraction._from_coprime_ints(-self._numerator, self._denominator)

    def __abs__(self):
        return Fraction._from_coprime_ints(abs(self._numerator), self._denominator)

    def __int__(self):
        if self._numerator < 0:
            return -(-self._numerator // self._denominator)
        return self._numerator // self._denominator

    def __trunc__(self):
        return self.__int__()

    def __floor__(self):
        return self._numerator // self._denominator

    def __ceil__(self):
        return -(-self._numerator // self._denominator)

    def __round__(self, ndigits=None):
        """Rounds half to even, to an int (ndigits None) or to a Fraction with ndigits decimal places."""
        if ndigits is None:
            floor, remainder = divmod(self._numerator, self._denominator)
            if remainder * 2 < self._denominator:
                return floor
            if remainder * 2 > self._denominator:
                return floor + 1
            return floor if floor % 2 == 0 else floor + 1
        shift = 10 ** abs(ndigits)
        if ndigits > 0:
            return Fraction(round(self * shift), shift)
        return Fraction(round(self / shift) * shift)

    def __float__(self):
        return self._numerator / self._denominator

    def __bool__(self):
        return self._numerator != 0

    def __hash__(self):
        # The hash of n/d is n times the inverse of d modulo the hash modulus, as for int and float.
        try:
            inverse = pow(self._denominator, -1, _HASH_MODULUS)
        except ValueError:
            result = _HASH_INF
        else:
            result = hash(hash(abs(self._numerator)) * inverse)
        if self._numerator < 0:
            result = -result
        return -2 if result == -1 else result

    def __eq__(self, other):
        if type(other) is int:
            return self._numerator == other and self._denominator == 1
        if _is_rational(other):
            n, d = _parts(other)
            return self._numerator == n and self._denominator == d
        if isinstance(other, float):
            if _math.isnan(other) or _math.isinf(other):
                return 0.0 == other
            return self == self.from_float(other)
        return NotImplemented

    def _compare(self, other, op):
        if _is_rational(other):
            n, d = _parts(other)
            return op(self._numerator * d, self._denominator * n)
        if isinstance(other, float):
            if _math.isnan(other) or _math.isinf(other):
                return op(0.0, other)
            return op(self, self.from_float(other))
        return NotImplemented

    def __lt__(self, other):
        return self._compare(other, _operator.lt)

    def __gt__(self, other):
        return self._compare(other, _operator.gt)

    def __le__(self, other):
        return self._compare(other, _operator.le)

    def __ge__(self, other):
        return self._compare(other, _operator.ge)

    def __reduce__(self):
        return (self.__class__, (self._numerator, self._denominator))

    def __copy__(self):
        if type(self) is Fraction:
            return self
        return self.__class__(self._numerator, self._denominator)

    def __deepcopy__(self, memo):
        if type(self) is Fraction:
            return self
        return self.__class__(self._numerator, self._denominator)


def _normalized(n, d):
    g = _math.gcd(n, d)
    return Fraction._from_coprime_ints(n // g, d // g)


def _add(a, b):
    return _normalized(a._numerator * b._denominator + b._numerator * a._denominator, a._denominator * b._denominator)


def _sub(a, b):
    return _normalized(a._numerator * b._denominator - b._numerator * a._denominator, a._denominator * b._denominator)


def _mul(a, b):
    return _normalized(a._numerator * b._numerator, a._denominator * b._denominator)


def _div(a, b):
    n = a._numerator * b._denominator
    d = a._denominator * b._numerator
    if d == 0:
        raise ZeroDivisionError(f"Fraction({n}, 0)")
    if d < 0:
        n, d = -n, -d
    return _normalized(n, d)


def _floordiv(a, b):
    return (a._numerator * b._denominator) // (a._denominator * b._numerator)


def _divmod(a, b):
    da, db = a._denominator, b._denominator
    quotient, remainder = divmod(a._numerator * db, da * b._numerator)
    return quotient, Fraction(remainder, da * db)


def _mod(a, b):
    da, db = a._denominator, b._denominator
    return Fraction((a._numerator * db) % (b._numerator * da), da * db)


def _round_half_even(n, d):
    """n/d rounded to the nearest int, ties to even (d > 0)."""
    q, r = divmod(n, d)
    if 2 * r > d or (2 * r == d and q % 2 == 1):
        q += 1
    return q


def _parse_spec(spec):
    """fill, align, sign, no_neg_zero, alternate, zero, width, grouping, precision, type of a float-style spec."""
    i = 0
    fill, align = " ", None
    if len(spec) >= 2 and spec[1] in "<>=^":
        fill, align = spec[0], spec[1]
        i = 2
    elif spec and spec[0] in "<>=^":
        align = spec[0]
        i = 1
    sign = "-"
    if i < len(spec) and spec[i] in "+- ":
        sign = spec[i]
        i += 1
    no_neg_zero = False
    if i < len(spec) and spec[i] == "z":
        no_neg_zero = True
        i += 1
    alternate = False
    if i < len(spec) and spec[i] == "#":
        alternate = True
        i += 1
    zero = False
    if i < len(spec) and spec[i] == "0":
        zero = True
        i += 1
    start = i
    while i < len(spec) and spec[i].isdigit():
        i += 1
    width = int(spec[start:i]) if i > start else 0
    grouping = ""
    if i < len(spec) and spec[i] in ",_":
        grouping = spec[i]
        i += 1
    precision = None
    if i < len(spec) and spec[i] == ".":
        start = i + 1
        i = start
        while i < len(spec) and spec[i].isdigit():
            i += 1
        if i == start:
            return None
        precision = int(spec[start:i])
    kind = spec[i:] if i < len(spec) else ""
    if len(kind) > 1 or (kind and kind not in "eEfFgG%"):
        return None
    return fill, align, sign, no_neg_zero, alternate, zero, width, grouping, precision, kind


def _format_fraction(fraction, spec):
    """Formats the exact value of fraction as format(float) would format a float of infinite precision."""
    parsed = _parse_spec(spec)
    if parsed is None or not parsed[-1]:
        raise ValueError(f"Invalid format specifier '{spec}' for object of type 'Fraction'")
    fill, align, sign, no_neg_zero, alternate, zero, width, grouping, precision, kind = parsed
    if align == "=" and fill == "0" and not zero:
        pass
    if zero and align is None:
        fill, align = "0", "="
    n, d = fraction._numerator, fraction._denominator
    negative = n < 0
    n = abs(n)
    if precision is None:
        precision = 6
    trim_zeros = False
    if kind in "gG":
        trim_zeros = not alternate
        precision = max(precision, 1)
    suffix = ""
    if kind == "%":
        n *= 100
        suffix = "%"
    if kind in "fF%":
        exponent = None
        digits = str(_round_half_even(n * 10 ** precision, d)).rjust(precision + 1, "0")
        point = len(digits) - precision
    else:
        # The decimal exponent of the first significant digit, then that many digits rounded.
        figures = precision + 1 if kind in "eE" else precision
        if n == 0:
            exp10 = 0
        else:
            exp10 = len(str(n)) - len(str(d))
            if (n * 10 ** -exp10 if exp10 <= 0 else n) < (d * 10 ** exp10 if exp10 > 0 else d):
                exp10 -= 1
        shift = figures - 1 - exp10
        scaled = _round_half_even(n * 10 ** shift, d) if shift >= 0 else _round_half_even(n, d * 10 ** -shift)
        if len(str(scaled)) > figures:
            exp10 += 1
            shift -= 1
            scaled = _round_half_even(n * 10 ** shift, d) if shift >= 0 else _round_half_even(n, d * 10 ** -shift)
        if kind in "gG" and -4 <= exp10 < precision:
            exponent = None
            frac_digits = precision - 1 - exp10
            digits = str(scaled)
            if frac_digits > 0:
                digits = digits.rjust(frac_digits + 1, "0")
            point = len(digits) - frac_digits
        else:
            exponent = exp10
            digits = str(scaled).rjust(figures, "0")
            point = 1
    whole, fractional = digits[:point] or "0", digits[point:]
    if trim_zeros:
        fractional = fractional.rstrip("0")
    if negative and no_neg_zero and set(whole + fractional) <= {"0"}:
        negative = False
    if grouping:
        groups = []
        while len(whole) > 3:
            groups.insert(0, whole[-3:])
            whole = whole[:-3]
        groups.insert(0, whole)
        whole = grouping.join(groups)
    body = whole
    if fractional or alternate:
        body += "." + fractional
    if exponent is not None:
        letter = "E" if kind in "EG" else "e"
        body += f"{letter}{'-' if exponent < 0 else '+'}{abs(exponent):02d}"
    body += suffix
    sign_text = "-" if negative else ("+" if sign == "+" else (" " if sign == " " else ""))
    if align is None:
        align = ">"
    padding = width - len(sign_text) - len(body)
    if padding <= 0:
        return sign_text + body
    if align == "=":
        return sign_text + fill * padding + body
    if align == "<":
        return sign_text + body + fill * padding
    if align == "^":
        left = padding // 2
        return fill * left + sign_text + body + fill * (padding - left)
    return fill * padding + sign_text + body


_numbers.Rational.register(Fraction)
