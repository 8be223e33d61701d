"""Decimal fixed and floating point arithmetic (Krait's implementation of the General Decimal Arithmetic
specification).

A finite Decimal is a sign, an integer coefficient and an exponent (value = (-1)**sign * coefficient * 10**exponent);
Python ints carry the coefficient, so the arithmetic is exact until the context rounds a result to its precision.
The transcendental functions (exp, ln, log10, non-integer powers) are computed in fixed point with guard digits and
recomputed with more digits until the rounding is certain, so their results are correctly rounded.
"""

import math as _math
import numbers as _numbers
import contextvars as _contextvars
from collections import namedtuple as _namedtuple

__version__ = "1.70"
__libmpdec_version__ = "2.5.1"

MAX_PREC = 999999999999999999
MAX_EMAX = 999999999999999999
MIN_EMIN = -999999999999999999
MIN_ETINY = MIN_EMIN - (MAX_PREC - 1)
HAVE_THREADS = True
HAVE_CONTEXTVAR = True

ROUND_DOWN = "ROUND_DOWN"
ROUND_HALF_UP = "ROUND_HALF_UP"
ROUND_HALF_EVEN = "ROUND_HALF_EVEN"
ROUND_CEILING = "ROUND_CEILING"
ROUND_FLOOR = "ROUND_FLOOR"
ROUND_UP = "ROUND_UP"
ROUND_HALF_DOWN = "ROUND_HALF_DOWN"
ROUND_05UP = "ROUND_05UP"
_ROUNDINGS = (ROUND_CEILING, ROUND_FLOOR, ROUND_UP, ROUND_DOWN, ROUND_HALF_UP, ROUND_HALF_DOWN, ROUND_HALF_EVEN,
              ROUND_05UP)
_ROUNDING_MESSAGE = ("valid values for rounding are:\n  [ROUND_CEILING, ROUND_FLOOR, ROUND_UP, ROUND_DOWN,\n"
                     "   ROUND_HALF_UP, ROUND_HALF_DOWN, ROUND_HALF_EVEN,\n   ROUND_05UP]")

DecimalTuple = _namedtuple("DecimalTuple", "sign digits exponent", module="decimal")


# ---------------------------------------------------------------------------------------------------------------
# Signals and conditions


class DecimalException(ArithmeticError):
    """Base class of the decimal signals."""


class Clamped(DecimalException):
    """The exponent of a result was changed to fit the context's bounds."""


class InvalidOperation(DecimalException):
    """An operation has no meaningful result."""


class ConversionSyntax(InvalidOperation):
    """A string is not a number."""


class DivisionByZero(DecimalException, ZeroDivisionError):
    """A finite non-zero number was divided by zero."""


class DivisionImpossible(InvalidOperation):
    """An integer division's quotient does not fit the precision."""


class DivisionUndefined(InvalidOperation, ZeroDivisionError):
    """Zero divided by zero."""


class Inexact(DecimalException):
    """Rounding discarded non-zero digits."""


class InvalidContext(InvalidOperation):
    """The context is invalid."""


class Rounded(DecimalException):
    """Rounding discarded digits (zero or not)."""


class Subnormal(DecimalException):
    """A result's adjusted exponent is below Emin."""


class Overflow(Inexact, Rounded):
    """A result's exponent is above Emax."""


class Underflow(Inexact, Rounded, Subnormal):
    """A subnormal result was rounded."""


class FloatOperation(DecimalException, TypeError):
    """A float was mixed with Decimals."""


# Condition bits (libmpdec's). A context's flags keep the conditions that occurred (the order of the names in its
# repr follows the bits); the InvalidOperation signal stands for all the invalid-operation conditions.
_CLAMPED = 1
_CONVERSION = 2
_DIVZERO = 4
_DIVIMPOSSIBLE = 8
_DIVUNDEFINED = 16
_INEXACT = 64
_INVALIDCONTEXT = 128
_INVALID = 256
_FLOATOP = 1024
_OVERFLOW = 2048
_ROUNDED = 4096
_SUBNORMAL = 8192
_UNDERFLOW = 16384
_INVALID_CONDITIONS = _CONVERSION | _DIVIMPOSSIBLE | _DIVUNDEFINED | _INVALIDCONTEXT | _INVALID

_SIGNALS = ((_INVALID_CONDITIONS, InvalidOperation), (_FLOATOP, FloatOperation), (_DIVZERO, DivisionByZero),
            (_OVERFLOW, Overflow), (_UNDERFLOW, Underflow), (_SUBNORMAL, Subnormal), (_INEXACT, Inexact),
            (_ROUNDED, Rounded), (_CLAMPED, Clamped))
_CONDITIONS = ((_INVALID, InvalidOperation), (_CONVERSION, ConversionSyntax), (_DIVIMPOSSIBLE, DivisionImpossible),
               (_DIVUNDEFINED, DivisionUndefined), (_INVALIDCONTEXT, InvalidContext))
_SIGNAL_BIT = {cls: bit for bit, cls in _SIGNALS}
_BIT_NAMES = ((_CLAMPED, "Clamped"), (_CONVERSION, "InvalidOperation"), (_DIVZERO, "DivisionByZero"),
              (_DIVIMPOSSIBLE, "InvalidOperation"), (_DIVUNDEFINED, "InvalidOperation"), (_INEXACT, "Inexact"),
              (_INVALIDCONTEXT, "InvalidOperation"), (_INVALID, "InvalidOperation"), (_FLOATOP, "FloatOperation"),
              (_OVERFLOW, "Overflow"), (_ROUNDED, "Rounded"), (_SUBNORMAL, "Subnormal"), (_UNDERFLOW, "Underflow"))
_SIGNALS_MESSAGE = ("valid values for signals are:\n  [InvalidOperation, FloatOperation, DivisionByZero,\n"
                    "   Overflow, Underflow, Subnormal, Inexact, Rounded,\n   Clamped]")


# ---------------------------------------------------------------------------------------------------------------
# Integer helpers


_SMALL = 10 ** 18


def _ndigits(n):
    """The number of decimal digits of n >= 0 (1 for 0)."""
    if n < _SMALL:
        return len(str(n))
    d = int((n.bit_length() - 1) * 0.30102999566398119)
    p = 10 ** d
    while n >= p:
        d += 1
        p *= 10
    return d


def _istr(n):
    """str(n) for n >= 0 of any length (int's own conversion is limited to 4300 digits)."""
    if n < 10 ** 4000:
        return str(n)
    half = _ndigits(n) // 2
    high, low = divmod(n, 10 ** half)
    return _istr(high) + _istr(low).zfill(half)


def _sint(s):
    """int(s) for a string of ASCII digits of any length."""
    if len(s) <= 4000:
        return int(s)
    half = len(s) // 2
    return _sint(s[:half]) * 10 ** (len(s) - half) + _sint(s[half:])


def _trailing_zeros(n):
    if n == 0:
        return 0
    count = 0
    while n % 10 == 0:
        n //= 10
        count += 1
    return count


def _round_off(sign, coef, drop, rounding):
    """coef with its `drop` lowest digits removed and the rest rounded; (result, whether digits were lost)."""
    if drop <= 0:
        return coef * 10 ** -drop, False
    p = 10 ** drop
    q, r = divmod(coef, p)
    if r == 0:
        return q, False
    if rounding == ROUND_HALF_EVEN:
        half = p >> 1
        if r > half or (r == half and q & 1):
            q += 1
    elif rounding == ROUND_DOWN:
        pass
    elif rounding == ROUND_HALF_UP:
        if r >= p >> 1:
            q += 1
    elif rounding == ROUND_HALF_DOWN:
        if r > p >> 1:
            q += 1
    elif rounding == ROUND_UP:
        q += 1
    elif rounding == ROUND_CEILING:
        if not sign:
            q += 1
    elif rounding == ROUND_FLOOR:
        if sign:
            q += 1
    else:  # ROUND_05UP
        if q % 5 == 0:
            q += 1
    return q, True


def _overflow_to_infinity(sign, rounding):
    if rounding in (ROUND_HALF_EVEN, ROUND_HALF_UP, ROUND_HALF_DOWN, ROUND_UP):
        return True
    if rounding == ROUND_CEILING:
        return not sign
    if rounding == ROUND_FLOOR:
        return bool(sign)
    return False


# ---------------------------------------------------------------------------------------------------------------
# Decimal


def _new(sign, coef, exp, special=""):
    d = object.__new__(Decimal)
    d._sign = sign
    d._coef = coef
    d._exp = exp
    d._special = special
    return d


def _fix(sign, coef, exp, ctx):
    """The finite number (sign, coef, exp) rounded and bounded by ctx: (Decimal, status)."""
    if coef < ctx._coef_limit and ctx.Emin <= exp <= ctx._exp_limit:
        # fits the precision and the exponent range as it is
        d = object.__new__(Decimal)
        d._sign = sign
        d._coef = coef
        d._exp = exp
        d._special = ""
        return d, 0
    prec = ctx.prec
    if coef == 0:
        etiny = ctx.Emin - prec + 1
        top = ctx.Emax - prec + 1 if ctx.clamp else ctx.Emax
        if exp < etiny:
            return _new(sign, 0, etiny), _CLAMPED
        if exp > top:
            return _new(sign, 0, top), _CLAMPED
        return _new(sign, 0, exp), 0
    nd = _ndigits(coef)
    adj = exp + nd - 1
    status = 0
    if adj < ctx.Emin:
        etiny = ctx.Emin - prec + 1
        if exp < etiny:
            coef, inexact = _round_off(sign, coef, etiny - exp, ctx.rounding)
            exp = etiny
            status = _ROUNDED
            if inexact:
                status |= _INEXACT | _UNDERFLOW
                if coef == 0:
                    status |= _CLAMPED
        return _new(sign, coef, exp), status | _SUBNORMAL
    if nd > prec:
        coef, inexact = _round_off(sign, coef, nd - prec, ctx.rounding)
        exp += nd - prec
        if coef == 10 ** prec:
            coef //= 10
            exp += 1
        status = _ROUNDED | _INEXACT if inexact else _ROUNDED
        adj = exp + prec - 1
    if adj > ctx.Emax:
        status |= _OVERFLOW | _INEXACT | _ROUNDED
        if _overflow_to_infinity(sign, ctx.rounding):
            return _new(sign, 0, 0, "F"), status
        return _new(sign, 10 ** prec - 1, ctx.Emax - prec + 1), status
    if ctx.clamp:
        top = ctx.Emax - prec + 1
        if exp > top:
            coef *= 10 ** (exp - top)
            exp = top
            status |= _CLAMPED
    return _new(sign, coef, exp), status


def _fix_nan(d, ctx):
    """A quiet NaN with d's payload cut to the digits the context allows."""
    payload = d._coef
    room = ctx.prec - ctx.clamp
    if payload and _ndigits(payload) > room:
        payload = payload % 10 ** room if room > 0 else 0
    return _new(d._sign, payload, 0, "n")


def _nan_result(a, b, ctx):
    """The NaN an operation on a (and b) returns when one of them is a NaN, else None; (Decimal, status)."""
    if a._special == "N":
        return _fix_nan(a, ctx), _INVALID
    if b is not None and b._special == "N":
        return _fix_nan(b, ctx), _INVALID
    if a._special == "n":
        return _fix_nan(a, ctx), 0
    if b is not None and b._special == "n":
        return _fix_nan(b, ctx), 0
    return None


def _invalid():
    """The result of an invalid operation: a quiet NaN and the InvalidOperation condition."""
    return _NAN, _INVALID


def _parse(text):
    """(sign, coef, exp, special) of a numeric string, or None when it is not one."""
    s = text.strip()
    if "_" in s:
        s = s.replace("_", "")
    if not s.isascii():
        chars = []
        for ch in s:
            if ch.isascii():
                chars.append(ch)
            elif ch.isdecimal():
                chars.append(str(int(ch)))
            else:
                return None
        s = "".join(chars)
    if not s:
        return None
    sign = 0
    if s[0] in "+-":
        sign = 1 if s[0] == "-" else 0
        s = s[1:]
    low = s.lower()
    if low in ("inf", "infinity"):
        return sign, 0, 0, "F"
    if low.startswith("nan") or low.startswith("snan"):
        payload = low[3:] if low[0] == "n" else low[4:]
        if payload and not payload.isdigit():
            return None
        coef = _sint(payload) if payload else 0
        return sign, coef, 0, "n" if low[0] == "n" else "N"
    exp = 0
    epos = low.find("e")
    if epos >= 0:
        etext = low[epos + 1:]
        low = low[:epos]
        if etext[:1] in ("+", "-"):
            digits = etext[1:]
        else:
            digits = etext
        if not digits or not digits.isdigit():
            return None
        exp = _sint(digits)
        if etext[0] == "-":
            exp = -exp
    whole, dot, frac = low.partition(".")
    if not whole and not frac:
        return None
    if (whole and not whole.isdigit()) or (frac and not frac.isdigit()):
        return None
    coef = _sint(whole + frac)
    return sign, coef, exp - len(frac), ""


def _from_float(f):
    if f != f:
        return _new(1 if _math.copysign(1.0, f) < 0 else 0, 0, 0, "n")
    sign = 1 if _math.copysign(1.0, f) < 0 else 0
    if f in (float("inf"), float("-inf")):
        return _new(sign, 0, 0, "F")
    n, d = abs(f).as_integer_ratio()
    k = d.bit_length() - 1
    return _new(sign, n * 5 ** k, -k)


def _from_int(i):
    return _new(1 if i < 0 else 0, -i if i < 0 else i, 0)


def _convert(value, ctx):
    """value as a Decimal for an arithmetic operation, or NotImplemented."""
    if isinstance(value, Decimal):
        return value
    if isinstance(value, int):
        return _from_int(value)
    return NotImplemented


def _operand_error(op, left, right):
    return TypeError(f"unsupported operand type(s) for {op}: '{_type_name(left)}' and '{_type_name(right)}'")


def _type_name(obj):
    t = type(obj)
    if t is Decimal:
        return "decimal.Decimal"
    return t.__name__


def _is_foreign_builtin(value):
    """A builtin value arithmetic with a Decimal refuses outright (no reflected method could accept it)."""
    return type(value).__module__ == "builtins" and not isinstance(value, (int, Decimal))


_SEQUENCES = (str, bytes, bytearray, list, tuple)


def _context_arg(context):
    if context is None:
        return getcontext()
    if not isinstance(context, Context):
        raise TypeError("optional argument must be a context")
    return context


def _rounding_arg(rounding):
    if rounding is None:
        return None
    if rounding not in _ROUNDINGS or not isinstance(rounding, str):
        raise TypeError(_ROUNDING_MESSAGE)
    return rounding


def _operand(value, ctx):
    """A Decimal operand of a Decimal method (int accepted) or TypeError."""
    if isinstance(value, Decimal):
        return value
    if isinstance(value, int):
        return _from_int(value)
    raise TypeError(f"conversion from {type(value).__name__} to Decimal is not supported")


def _binary(name):
    """An arithmetic special method and its reflected twin from the operation `name` of _ops."""
    op = _ops[name]
    symbol = _SYMBOLS[name]

    def method(self, other):
        if not isinstance(other, Decimal):
            if isinstance(other, int):
                other = _from_int(other)
            elif isinstance(other, float) or (_is_foreign_builtin(other) and not (
                    name == "mul" and isinstance(other, _SEQUENCES))):
                raise _operand_error(symbol, self, other)
            else:
                return NotImplemented
        ctx = _current_values()._values.get(_current_context) or getcontext()
        result, status = op(self, other, ctx)
        if status:
            ctx._apply_status(status)
        return result

    def reflected(self, other):
        if not isinstance(other, Decimal):
            if isinstance(other, int):
                other = _from_int(other)
            elif isinstance(other, float) or (_is_foreign_builtin(other) and not isinstance(other, _SEQUENCES)):
                raise _operand_error(symbol, other, self)
            else:
                return NotImplemented
        ctx = _current_values()._values.get(_current_context) or getcontext()
        result, status = op(other, self, ctx)
        if status:
            ctx._apply_status(status)
        return result

    method.__name__ = f"__{name}__"
    reflected.__name__ = f"__r{name}__"
    return method, reflected


class Decimal:
    """Decimal floating point number (exact until a context rounds it)."""

    __slots__ = ("_sign", "_coef", "_exp", "_special")

    def __new__(cls, value="0", context=None, *more):
        if more:
            raise TypeError(f"function takes at most 2 arguments ({2 + len(more)} given)")
        if context is not None and not isinstance(context, Context):
            raise TypeError("optional argument must be a context")
        if isinstance(value, str):
            parsed = _parse(value)
            if parsed is None:
                ctx = _context_arg(context)
                ctx._apply_status(_CONVERSION)
                return _make(cls, 0, 0, 0, "n")
            sign, coef, exp, special = parsed
            if not special and (exp + _ndigits(coef) - 1 > MAX_EMAX or exp < MIN_ETINY) and coef:
                ctx = _context_arg(context)
                ctx._apply_status(_INVALID)
                return _make(cls, 0, 0, 0, "n")
            return _make(cls, sign, coef, exp, special)
        if isinstance(value, int):
            return _make(cls, 1 if value < 0 else 0, abs(int(value)), 0, "")
        if isinstance(value, Decimal):
            if cls is Decimal and type(value) is Decimal:
                return value
            return _make(cls, value._sign, value._coef, value._exp, value._special)
        if isinstance(value, float):
            ctx = _context_arg(context)
            ctx._apply_status(_FLOATOP)
            d = _from_float(value)
            return _make(cls, d._sign, d._coef, d._exp, d._special)
        if isinstance(value, (tuple, list)):
            return _make(cls, *_from_tuple(value))
        raise TypeError(f"conversion from {type(value).__name__} to Decimal is not supported")

    @classmethod
    def from_float(cls, *args, **kwargs):
        """The exact value of the float (or int) f."""
        if kwargs:
            raise TypeError("Decimal.from_float() takes no keyword arguments")
        if len(args) != 1:
            raise TypeError(f"Decimal.from_float() takes exactly one argument ({len(args)} given)")
        f = args[0]
        if isinstance(f, int):
            d = _from_int(f)
        elif isinstance(f, float):
            d = _from_float(f)
        else:
            raise TypeError("argument must be int or float")
        if cls is Decimal:
            return d
        return cls(d)

    def __getattr__(self, name):
        owner = "decimal.Decimal" if type(self) is Decimal else type(self).__name__
        raise AttributeError(f"'{owner}' object has no attribute '{name}'")

    # -- representation --

    def __repr__(self):
        return f"Decimal('{self}')"

    def __str__(self):
        return self._to_string(True, getcontext().capitals)

    def to_eng_string(self, context=None):
        """The engineering notation string (exponent a multiple of three)."""
        return self._to_string(False, _context_arg(context).capitals)

    def _to_string(self, scientific, capitals):
        sign = "-" if self._sign else ""
        special = self._special
        if special:
            if special == "F":
                return sign + "Infinity"
            payload = _istr(self._coef) if self._coef else ""
            return sign + ("NaN" if special == "n" else "sNaN") + payload
        digits = _istr(self._coef)
        exp = self._exp
        adj = exp + len(digits) - 1
        if exp <= 0 and adj >= -6:
            if exp == 0:
                return sign + digits
            point = len(digits) + exp
            if point > 0:
                return sign + digits[:point] + "." + digits[point:]
            return sign + "0." + "0" * -point + digits
        e = "E" if capitals else "e"
        if scientific:
            body = digits[0] + ("." + digits[1:] if len(digits) > 1 else "")
            return f"{sign}{body}{e}{adj:+d}"
        if self._coef == 0:
            shown = -(-exp // 3) * 3
            zeros = shown - exp
            body = "0." + "0" * zeros if zeros else "0"
            return f"{sign}{body}{e}{shown:+d}" if shown else sign + body
        dot = adj % 3 + 1
        shown = adj - adj % 3
        if dot >= len(digits):
            body = digits + "0" * (dot - len(digits))
        else:
            body = digits[:dot] + "." + digits[dot:]
        return f"{sign}{body}{e}{shown:+d}" if shown else sign + body

    def __format__(self, spec, _localeconv=None):
        return _format(self, spec)

    # -- conversions --

    def __bool__(self):
        return self._special != "" or self._coef != 0

    def __int__(self):
        if self._special:
            if self._special == "F":
                raise OverflowError("cannot convert Infinity to integer")
            raise ValueError("cannot convert NaN to integer")
        if self._exp >= 0:
            n = self._coef * 10 ** self._exp
        else:
            n = self._coef // 10 ** -self._exp
        return -n if self._sign else n

    __trunc__ = __int__

    def __float__(self):
        if self._special:
            if self._special == "N":
                raise ValueError("cannot convert signaling NaN to float")
            if self._special == "n":
                return -float("nan") if self._sign else float("nan")
            return float("-inf") if self._sign else float("inf")
        return float(str(self))

    def __complex__(self):
        return complex(float(self))

    def __floor__(self):
        return self._integral(ROUND_FLOOR)

    def __ceil__(self):
        return self._integral(ROUND_CEILING)

    def _integral(self, rounding):
        if self._special:
            if self._special == "F":
                raise OverflowError("cannot convert Infinity to integer")
            raise ValueError("cannot convert NaN to integer")
        if self._exp >= 0:
            n = self._coef * 10 ** self._exp
        else:
            n, _ = _round_off(self._sign, self._coef, -self._exp, rounding)
        return -n if self._sign else n

    def __round__(self, n=None):
        if n is None:
            return self._integral(ROUND_HALF_EVEN)
        if not isinstance(n, int):
            raise TypeError("optional arg must be an integer")
        ctx = getcontext()
        return ctx._apply(_quantize(self, _new(0, 1, -n), ctx.rounding, ctx))

    def as_tuple(self):
        """DecimalTuple(sign, digits, exponent)."""
        if self._special == "F":
            return DecimalTuple(self._sign, (0,), "F")
        digits = tuple(int(c) for c in _istr(self._coef)) if (self._coef or not self._special) else ()
        return DecimalTuple(self._sign, digits, self._exp if not self._special else self._special)

    def as_integer_ratio(self):
        """(numerator, denominator) in lowest terms with a positive denominator."""
        if self._special:
            if self._special == "F":
                raise OverflowError("cannot convert Infinity to integer ratio")
            raise ValueError("cannot convert NaN to integer ratio")
        if self._exp >= 0:
            n, d = self._coef * 10 ** self._exp, 1
        else:
            n, d = self._coef, 10 ** -self._exp
            g = _math.gcd(n, d)
            n //= g
            d //= g
        return (-n if self._sign else n), d

    def __hash__(self):
        if self._special:
            if self._special == "N":
                raise TypeError("Cannot hash a signaling NaN value")
            if self._special == "n":
                return object.__hash__(self)
            return -314159 if self._sign else 314159
        if self._exp >= 0:
            h = self._coef * pow(10, self._exp, _MODULUS) % _MODULUS
        else:
            h = self._coef * pow(_INV10, -self._exp, _MODULUS) % _MODULUS
        if self._sign:
            h = -h
        return -2 if h == -1 else h

    def __reduce__(self):
        return (type(self), (str(self),))

    def __copy__(self):
        if type(self) is Decimal:
            return self
        return type(self)(str(self))

    def __deepcopy__(self, memo):
        return self.__copy__()

    # -- predicates and simple queries --

    def adjusted(self):
        """The exponent of the most significant digit."""
        if self._special:
            return 0
        return self._exp + _ndigits(self._coef) - 1

    def is_finite(self):
        return not self._special

    def is_infinite(self):
        return self._special == "F"

    def is_nan(self):
        return self._special in ("n", "N")

    def is_qnan(self):
        return self._special == "n"

    def is_snan(self):
        return self._special == "N"

    def is_signed(self):
        return self._sign == 1

    def is_zero(self):
        return not self._special and self._coef == 0

    def is_canonical(self):
        return True

    def canonical(self):
        return self

    def is_normal(self, context=None):
        ctx = _context_arg(context)
        return not self._special and self._coef != 0 and self.adjusted() >= ctx.Emin

    def is_subnormal(self, context=None):
        ctx = _context_arg(context)
        return not self._special and self._coef != 0 and self.adjusted() < ctx.Emin

    def radix(self):
        return _new(0, 10, 0)

    @property
    def real(self):
        return self

    @property
    def imag(self):
        return _new(0, 0, 0)

    def conjugate(self):
        return self

    def number_class(self, context=None):
        ctx = _context_arg(context)
        if self._special == "N":
            return "sNaN"
        if self._special == "n":
            return "NaN"
        sign = "-" if self._sign else "+"
        if self._special == "F":
            return sign + "Infinity"
        if self._coef == 0:
            return sign + "Zero"
        if self.adjusted() < ctx.Emin:
            return sign + "Subnormal"
        return sign + "Normal"

    def same_quantum(self, other, context=None):
        other = _operand(other, None)
        if self._special or other._special:
            return (self.is_nan() and other.is_nan()) or (self._special == other._special == "F")
        return self._exp == other._exp

    # -- sign operations (exact, no context) --

    def copy_abs(self):
        return _new(0, self._coef, self._exp, self._special)

    def copy_negate(self):
        return _new(1 - self._sign, self._coef, self._exp, self._special)

    def copy_sign(self, other, context=None):
        other = _operand(other, None)
        return _new(other._sign, self._coef, self._exp, self._special)

    # -- comparisons --

    def _compare_with(self, other, ordering):
        """-1/0/1 comparing with other (Decimal, int, float, Rational), None for NaN, NotImplemented."""
        if isinstance(other, int):
            other = _from_int(other)
        elif isinstance(other, Decimal):
            pass
        elif isinstance(other, float):
            ctx = getcontext()
            ctx._apply_status(_FLOATOP if ordering else 0, _FLOATOP if not ordering else 0)
            other = _from_float(other)
        elif isinstance(other, complex):
            if ordering or other.imag != 0:
                return NotImplemented
            return self._compare_with(other.real, ordering)
        elif isinstance(other, _numbers.Rational):
            if self._special:
                if self._special in "nN":
                    return self._compare_with(_new(0, 0, 0), ordering)
                return -1 if self._sign else 1
            scaled = _exact_mul(self, _from_int(other.denominator))
            return _compare(scaled, _from_int(other.numerator))
        else:
            return NotImplemented
        if self._special in ("n", "N") or other._special in ("n", "N"):
            if ordering or self._special == "N" or other._special == "N":
                getcontext()._apply_status(_INVALID)
            return None
        return _compare(self, other)

    def __eq__(self, other):
        c = self._compare_with(other, False)
        if c is NotImplemented:
            return c
        return c == 0

    def __ne__(self, other):
        c = self._compare_with(other, False)
        if c is NotImplemented:
            return c
        return c != 0

    def _order(self, other, symbol):
        c = self._compare_with(other, True)
        if c is NotImplemented and _is_foreign_builtin(other) and not isinstance(other, complex):
            raise TypeError(f"'{symbol}' not supported between instances of 'decimal.Decimal' and "
                            f"'{_type_name(other)}'")
        return c

    def __lt__(self, other):
        c = self._order(other, "<")
        if c is NotImplemented or c is None:
            return False if c is None else c
        return c < 0

    def __le__(self, other):
        c = self._order(other, "<=")
        if c is NotImplemented or c is None:
            return False if c is None else c
        return c <= 0

    def __gt__(self, other):
        c = self._order(other, ">")
        if c is NotImplemented or c is None:
            return False if c is None else c
        return c > 0

    def __ge__(self, other):
        c = self._order(other, ">=")
        if c is NotImplemented or c is None:
            return False if c is None else c
        return c >= 0

    def compare(self, other, context=None):
        ctx = _context_arg(context)
        return ctx._apply(_compare_op(self, _operand(other, ctx), ctx, False))

    def compare_signal(self, other, context=None):
        ctx = _context_arg(context)
        return ctx._apply(_compare_op(self, _operand(other, ctx), ctx, True))

    def compare_total(self, other, context=None):
        return _new(0, 0, 0) if (c := _total_order(self, _operand(other, None))) == 0 else _new(c < 0, 1, 0)

    def compare_total_mag(self, other, context=None):
        return self.copy_abs().compare_total(_operand(other, None).copy_abs())

    def max(self, other, context=None):
        ctx = _context_arg(context)
        return ctx._apply(_minmax(self, _operand(other, ctx), ctx, True, False))

    def min(self, other, context=None):
        ctx = _context_arg(context)
        return ctx._apply(_minmax(self, _operand(other, ctx), ctx, False, False))

    def max_mag(self, other, context=None):
        ctx = _context_arg(context)
        return ctx._apply(_minmax(self, _operand(other, ctx), ctx, True, True))

    def min_mag(self, other, context=None):
        ctx = _context_arg(context)
        return ctx._apply(_minmax(self, _operand(other, ctx), ctx, False, True))

    # -- unary arithmetic --

    def __neg__(self):
        ctx = getcontext()
        return ctx._apply(_plus(self.copy_negate() if not self.is_nan() else self, ctx))

    def __pos__(self):
        ctx = getcontext()
        return ctx._apply(_plus(self, ctx))

    def __abs__(self):
        ctx = getcontext()
        return ctx._apply(_plus(self.copy_abs() if not self.is_nan() else self, ctx))

    # -- methods taking an optional context --

    def quantize(self, exp, rounding=None, context=None):
        ctx = _context_arg(context)
        rounding = _rounding_arg(rounding) or ctx.rounding
        return ctx._apply(_quantize(self, _operand(exp, ctx), rounding, ctx))

    def to_integral_value(self, rounding=None, context=None):
        ctx = _context_arg(context)
        rounding = _rounding_arg(rounding) or ctx.rounding
        return ctx._apply(_to_integral(self, rounding, ctx, False))

    to_integral = to_integral_value

    def to_integral_exact(self, rounding=None, context=None):
        ctx = _context_arg(context)
        rounding = _rounding_arg(rounding) or ctx.rounding
        return ctx._apply(_to_integral(self, rounding, ctx, True))

    def normalize(self, context=None):
        ctx = _context_arg(context)
        return ctx._apply(_normalize(self, ctx))

    def sqrt(self, context=None):
        ctx = _context_arg(context)
        return ctx._apply(_sqrt(self, ctx))

    def exp(self, context=None):
        ctx = _context_arg(context)
        return ctx._apply(_exp(self, ctx))

    def ln(self, context=None):
        ctx = _context_arg(context)
        return ctx._apply(_ln(self, ctx, False))

    def log10(self, context=None):
        ctx = _context_arg(context)
        return ctx._apply(_ln(self, ctx, True))

    def logb(self, context=None):
        ctx = _context_arg(context)
        return ctx._apply(_logb(self, ctx))

    def fma(self, other, third, context=None):
        ctx = _context_arg(context)
        return ctx._apply(_fma(self, _operand(other, ctx), _operand(third, ctx), ctx))

    def scaleb(self, other, context=None):
        ctx = _context_arg(context)
        return ctx._apply(_scaleb(self, _operand(other, ctx), ctx))

    def remainder_near(self, other, context=None):
        ctx = _context_arg(context)
        return ctx._apply(_remainder_near(self, _operand(other, ctx), ctx))

    def next_plus(self, context=None):
        ctx = _context_arg(context)
        return ctx._apply(_next(self, ctx, 1))

    def next_minus(self, context=None):
        ctx = _context_arg(context)
        return ctx._apply(_next(self, ctx, -1))

    def next_toward(self, other, context=None):
        ctx = _context_arg(context)
        return ctx._apply(_next_toward(self, _operand(other, ctx), ctx))

    def rotate(self, other, context=None):
        ctx = _context_arg(context)
        return ctx._apply(_shift(self, _operand(other, ctx), ctx, True))

    def shift(self, other, context=None):
        ctx = _context_arg(context)
        return ctx._apply(_shift(self, _operand(other, ctx), ctx, False))

    def logical_and(self, other, context=None):
        ctx = _context_arg(context)
        return ctx._apply(_logical(self, _operand(other, ctx), ctx, lambda a, b: a & b))

    def logical_or(self, other, context=None):
        ctx = _context_arg(context)
        return ctx._apply(_logical(self, _operand(other, ctx), ctx, lambda a, b: a | b))

    def logical_xor(self, other, context=None):
        ctx = _context_arg(context)
        return ctx._apply(_logical(self, _operand(other, ctx), ctx, lambda a, b: a ^ b))

    def logical_invert(self, context=None):
        ctx = _context_arg(context)
        ones = _new(0, int("1" * ctx.prec), 0)
        return ctx._apply(_logical(self, ones, ctx, lambda a, b: a ^ b))

    def __pow__(self, other, modulo=None):
        if modulo is not None:
            ctx = getcontext()
            other = _convert(other, ctx)
            mod = _convert(modulo, ctx)
            if other is NotImplemented or mod is NotImplemented:
                return NotImplemented
            return ctx._apply(_power_modulo(self, other, mod, ctx))
        if not isinstance(other, Decimal):
            if isinstance(other, int):
                other = _from_int(other)
            elif isinstance(other, float) or _is_foreign_builtin(other):
                raise _operand_error("** or pow()", self, other)
            else:
                return NotImplemented
        ctx = getcontext()
        return ctx._apply(_power(self, other, ctx))

    def __rpow__(self, other, modulo=None):
        if not isinstance(other, Decimal):
            if isinstance(other, int):
                other = _from_int(other)
            elif isinstance(other, float) or _is_foreign_builtin(other):
                raise _operand_error("** or pow()", other, self)
            else:
                return NotImplemented
        return other.__pow__(self, modulo)

    def __divmod__(self, other):
        if not isinstance(other, Decimal):
            if isinstance(other, int):
                other = _from_int(other)
            elif isinstance(other, float) or _is_foreign_builtin(other):
                raise _operand_error("divmod()", self, other)
            else:
                return NotImplemented
        ctx = getcontext()
        q, r, status = _divmod(self, other, ctx)
        ctx._apply_status(status)
        return q, r

    def __rdivmod__(self, other):
        if not isinstance(other, Decimal):
            if isinstance(other, int):
                other = _from_int(other)
            elif isinstance(other, float) or _is_foreign_builtin(other):
                raise _operand_error("divmod()", other, self)
            else:
                return NotImplemented
        return other.__divmod__(self)


def _make(cls, sign, coef, exp, special):
    d = object.__new__(cls)
    d._sign = sign
    d._coef = coef
    d._exp = exp
    d._special = special
    return d


def _from_tuple(value):
    if len(value) != 3:
        raise ValueError("argument must be a sequence of length 3")
    sign, digits, exp = value
    if not isinstance(sign, int) or sign not in (0, 1):
        raise ValueError("sign must be an integer with the value 0 or 1")
    special = ""
    if isinstance(exp, str):
        if exp not in ("F", "n", "N"):
            raise ValueError("string argument in the third position must be 'F', 'n' or 'N'")
        special = exp
        exp = 0
    elif not isinstance(exp, int):
        raise ValueError("exponent must be an integer")
    if not isinstance(digits, (tuple, list)):
        raise ValueError("coefficient must be a tuple of digits")
    text = []
    for digit in digits:
        if not isinstance(digit, int) or not 0 <= digit <= 9:
            raise ValueError("coefficient must be a tuple of digits")
        text.append(chr(48 + digit))
    if special == "F":
        return sign, 0, 0, "F"
    coef = _sint("".join(text)) if text else 0
    return sign, coef, exp, special


_MODULUS = (1 << 61) - 1
_INV10 = pow(10, _MODULUS - 2, _MODULUS)
_NAN = _new(0, 0, 0, "n")
_ONE = _new(0, 1, 0)
_ZERO = _new(0, 0, 0)

_SYMBOLS = {"add": "+", "sub": "-", "mul": "*", "truediv": "/", "floordiv": "//", "mod": "%"}


# ---------------------------------------------------------------------------------------------------------------
# Operations: each takes Decimals and a context and returns (Decimal, status)


def _compare(a, b):
    """-1/0/1 for two non-NaN Decimals."""
    if a._special or b._special:
        av = 0 if not a._special else (-2 if a._sign else 2)
        bv = 0 if not b._special else (-2 if b._sign else 2)
        if av or bv:
            if av == bv:
                return 0
            if av and bv:
                return -1 if av < bv else 1
            if av:
                return -1 if av < 0 else 1
            return 1 if bv < 0 else -1
    if a._coef == 0:
        if b._coef == 0:
            return 0
        return 1 if b._sign else -1
    if b._coef == 0:
        return -1 if a._sign else 1
    if a._sign != b._sign:
        return -1 if a._sign else 1
    aa = a._exp + _ndigits(a._coef)
    ba = b._exp + _ndigits(b._coef)
    if aa != ba:
        c = 1 if aa > ba else -1
    else:
        e = min(a._exp, b._exp)
        x = a._coef * 10 ** (a._exp - e)
        y = b._coef * 10 ** (b._exp - e)
        c = 0 if x == y else (1 if x > y else -1)
    return -c if a._sign else c


def _total_order(a, b):
    """compare_total's order: -1/0/1."""
    if a._sign != b._sign:
        return -1 if a._sign else 1
    ka, kb = _TOTAL_RANK[a._special], _TOTAL_RANK[b._special]
    if ka != kb:
        c = -1 if ka < kb else 1
    elif ka >= 3:
        c = (a._coef > b._coef) - (a._coef < b._coef)
    elif ka == 2:
        c = 0
    else:
        c = _compare(a.copy_abs(), b.copy_abs())
        if c == 0:
            c = (a._exp > b._exp) - (a._exp < b._exp)
    return -c if a._sign else c


_TOTAL_RANK = {"": 1, "F": 2, "N": 3, "n": 4}


def _compare_op(a, b, ctx, signal):
    if a.is_nan() or b.is_nan():
        result, status = _nan_result(a, b, ctx)
        return result, status | (_INVALID if signal else 0)
    c = _compare(a, b)
    return _new(1 if c < 0 else 0, 1 if c else 0, 0), 0


def _minmax(a, b, ctx, want_max, magnitude):
    if a.is_nan() or b.is_nan():
        if a._special == "n" and not b.is_nan():
            return _fix(b._sign, b._coef, b._exp, ctx) if not b._special else (b, 0)
        if b._special == "n" and not a.is_nan():
            return _fix(a._sign, a._coef, a._exp, ctx) if not a._special else (a, 0)
        return _nan_result(a, b, ctx)
    c = _compare(a.copy_abs(), b.copy_abs()) if magnitude else 0
    if c == 0:
        c = _compare(a, b)
    if c == 0:
        c = _total_order(a, b)
    pick = a if (c >= 0) == want_max else b
    if pick._special:
        return pick, 0
    return _fix(pick._sign, pick._coef, pick._exp, ctx)


def _plus(a, ctx):
    if a._special:
        if a._special == "F":
            return a, 0
        return _nan_result(a, None, ctx)
    sign = a._sign
    if a._coef == 0:
        sign = 1 if (sign and ctx.rounding == ROUND_FLOOR) else 0
    return _fix(sign, a._coef, a._exp, ctx)


def _add(a, b, ctx, negate_b=False):
    if a._special or b._special:
        nan = _nan_result(a, b, ctx)
        if nan:
            return nan
        bsign = b._sign ^ negate_b
        if a._special == "F":
            if b._special == "F" and a._sign != bsign:
                return _invalid()
            return a, 0
        return _new(bsign, 0, 0, "F"), 0
    asign = a._sign
    bsign = b._sign ^ negate_b
    exp = min(a._exp, b._exp)
    if a._coef == 0 or b._coef == 0:
        if a._coef == 0 and b._coef == 0:
            if asign == bsign:
                sign = asign
            else:
                sign = 1 if ctx.rounding == ROUND_FLOOR else 0
            return _fix(sign, 0, exp, ctx)
        x, xs = (b, bsign) if a._coef == 0 else (a, asign)
        # a zero operand only lowers the exponent
        return _fix(xs, x._coef * 10 ** (x._exp - exp), exp, ctx)
    ac, ae, bc, be = a._coef, a._exp, b._coef, b._exp
    # An operand far below the other's precision only matters as a sticky digit (which saves aligning
    # coefficients across a huge exponent gap).
    if ae - be > 60 + ctx.prec or be - ae > 60 + ctx.prec:
        if ae < be:
            ac, ae, asign, bc, be, bsign = bc, be, bsign, ac, ae, asign
        big_adj = ae + _ndigits(ac) - 1
        small_adj = be + _ndigits(bc) - 1
        limit = min(ae, big_adj - ctx.prec - 2) - 1
        if small_adj < limit and be < limit:
            bc, be = 1, limit
        exp = min(ae, be)
    x = ac * 10 ** (ae - exp)
    y = bc * 10 ** (be - exp)
    if asign:
        x = -x
    if bsign:
        y = -y
    total = x + y
    if total == 0:
        return _fix(1 if ctx.rounding == ROUND_FLOOR else 0, 0, exp, ctx)
    if total < 0:
        return _fix(1, -total, exp, ctx)
    return _fix(0, total, exp, ctx)


def _sub(a, b, ctx):
    return _add(a, b, ctx, True)


def _mul(a, b, ctx):
    sign = a._sign ^ b._sign
    if a._special or b._special:
        nan = _nan_result(a, b, ctx)
        if nan:
            return nan
        if (a._special == "F" and not b._special and b._coef == 0) or (
                b._special == "F" and not a._special and a._coef == 0):
            return _invalid()
        return _new(sign, 0, 0, "F"), 0
    return _fix(sign, a._coef * b._coef, a._exp + b._exp, ctx)


def _exact_mul(a, b):
    return _new(a._sign ^ b._sign, a._coef * b._coef, a._exp + b._exp)


def _truediv(a, b, ctx):
    sign = a._sign ^ b._sign
    if a._special or b._special:
        nan = _nan_result(a, b, ctx)
        if nan:
            return nan
        if a._special == "F":
            if b._special == "F":
                return _invalid()
            return _new(sign, 0, 0, "F"), 0
        # finite / infinity
        return _fix(sign, 0, ctx.Emin - ctx.prec + 1, ctx)[0], _CLAMPED
    if b._coef == 0:
        if a._coef == 0:
            return _NAN, _DIVUNDEFINED
        return _new(sign, 0, 0, "F"), _DIVZERO
    ideal = a._exp - b._exp
    if a._coef == 0:
        return _fix(sign, 0, ideal, ctx)
    return _divide_finite(sign, a._coef, b._coef, ideal, ctx.prec, ctx)


def _divide_finite(sign, ac, bc, ideal, prec, ctx):
    """(ac / bc) * 10**ideal rounded by ctx, with the exponent as close to ideal as exactness allows."""
    shift = max(0, prec + _ndigits(bc) - _ndigits(ac) + 1)
    q, r = divmod(ac * 10 ** shift, bc)
    exp = ideal - shift
    if r:
        if q % 5 == 0:
            q += 1
    else:
        while exp < ideal and q % 10 == 0:
            q //= 10
            exp += 1
    return _fix(sign, q, exp, ctx)


def _divint_parts(a, b, ctx):
    """Truncated quotient and remainder of finite a, b (b non-zero): (q, r) as ints with the common exponent."""
    exp = min(a._exp, b._exp)
    x = a._coef * 10 ** (a._exp - exp)
    y = b._coef * 10 ** (b._exp - exp)
    q, r = divmod(x, y)
    return q, r, exp


def _floordiv(a, b, ctx):
    sign = a._sign ^ b._sign
    if a._special or b._special:
        nan = _nan_result(a, b, ctx)
        if nan:
            return nan
        if a._special == "F":
            if b._special == "F":
                return _invalid()
            return _new(sign, 0, 0, "F"), 0
        return _new(sign, 0, 0), 0
    if b._coef == 0:
        if a._coef == 0:
            return _NAN, _DIVUNDEFINED
        return _new(sign, 0, 0, "F"), _DIVZERO
    if a._coef == 0:
        return _fix(sign, 0, 0, ctx)
    q, r, exp = _divint_parts(a, b, ctx)
    if _ndigits(q) > ctx.prec:
        return _NAN, _DIVIMPOSSIBLE
    return _fix(sign, q, 0, ctx)


def _mod(a, b, ctx):
    if a._special or b._special:
        nan = _nan_result(a, b, ctx)
        if nan:
            return nan
        if a._special == "F":
            return _invalid()
        return _fix(a._sign, a._coef, a._exp, ctx)
    if b._coef == 0:
        if a._coef == 0:
            return _NAN, _DIVUNDEFINED
        return _invalid()
    if a._coef == 0:
        return _fix(a._sign, 0, min(a._exp, b._exp), ctx)
    q, r, exp = _divint_parts(a, b, ctx)
    if _ndigits(q) > ctx.prec:
        return _NAN, _DIVIMPOSSIBLE
    return _fix(a._sign, r, exp, ctx)


def _divmod(a, b, ctx):
    sign = a._sign ^ b._sign
    if a._special or b._special:
        nan = _nan_result(a, b, ctx)
        if nan:
            return nan[0], nan[0], nan[1]
        if a._special == "F":
            if b._special == "F":
                return _NAN, _NAN, _INVALID
            return _new(sign, 0, 0, "F"), _NAN, _INVALID
        r, status = _fix(a._sign, a._coef, a._exp, ctx)
        quotient, qstatus = _fix(sign, 0, 0, ctx)
        return quotient, r, status | qstatus
    if b._coef == 0:
        if a._coef == 0:
            return _NAN, _NAN, _DIVUNDEFINED
        return _new(sign, 0, 0, "F"), _NAN, _DIVZERO | _INVALID
    q, r, exp = _divint_parts(a, b, ctx)
    if _ndigits(q) > ctx.prec:
        return _NAN, _NAN, _DIVIMPOSSIBLE
    rem, status = _fix(a._sign, r, exp, ctx)
    quotient, qstatus = _fix(sign, q, 0, ctx)
    return quotient, rem, status | qstatus


def _remainder_near(a, b, ctx):
    if a._special or b._special:
        nan = _nan_result(a, b, ctx)
        if nan:
            return nan
        if a._special == "F":
            return _invalid()
        return _fix(a._sign, a._coef, a._exp, ctx)
    if b._coef == 0:
        if a._coef == 0:
            return _NAN, _DIVUNDEFINED
        return _invalid()
    exp = min(a._exp, b._exp)
    x = a._coef * 10 ** (a._exp - exp)
    y = b._coef * 10 ** (b._exp - exp)
    q, r = divmod(x, y)
    if 2 * r > y or (2 * r == y and q & 1):
        q += 1
        r -= y
    if _ndigits(q) > ctx.prec:
        return _NAN, _DIVIMPOSSIBLE
    sign = a._sign
    if r < 0:
        sign ^= 1
        r = -r
    return _fix(sign, r, exp, ctx)


def _fma(a, b, c, ctx):
    operands = (a, b, c)
    for d in operands:
        if d._special == "N":
            return _fix_nan(d, ctx), _INVALID
    for d in operands:
        if d._special == "n":
            return _fix_nan(d, ctx), 0
    if a._special or b._special:
        product, status = _mul(a, b, ctx)
        if status:
            return product, status
    else:
        product = _exact_mul(a, b)
    return _add(product, c, ctx)


def _quantize(a, b, rounding, ctx):
    if a._special or b._special:
        nan = _nan_result(a, b, ctx)
        if nan:
            return nan
        if a._special == "F" and b._special == "F":
            return a, 0
        return _invalid()
    exp = b._exp
    if exp > ctx.Emax or exp < ctx.Emin - ctx.prec + 1:
        return _invalid()
    if a._coef == 0:
        return _new(a._sign, 0, exp), 0
    if a._exp >= exp:
        coef = a._coef * 10 ** (a._exp - exp)
        inexact = False
        status = 0
    else:
        coef, inexact = _round_off(a._sign, a._coef, exp - a._exp, rounding)
        status = _ROUNDED | (_INEXACT if inexact else 0)
    if coef and _ndigits(coef) > ctx.prec:
        return _invalid()
    if coef and exp + _ndigits(coef) - 1 > ctx.Emax:
        return _invalid()
    if ctx.clamp and exp > ctx.Emax - ctx.prec + 1:
        top = ctx.Emax - ctx.prec + 1
        coef *= 10 ** (exp - top)
        exp = top
        status |= _CLAMPED
    result = _new(a._sign, coef, exp)
    if coef and exp + _ndigits(coef) - 1 < ctx.Emin:
        status |= _SUBNORMAL
        if inexact:
            status |= _UNDERFLOW
    return result, status


def _to_integral(a, rounding, ctx, exact):
    if a._special:
        if a._special == "F":
            return a, 0
        return _nan_result(a, None, ctx)
    if a._exp >= 0:
        return a, 0
    if a._coef == 0:
        return _new(a._sign, 0, 0), 0
    coef, inexact = _round_off(a._sign, a._coef, -a._exp, rounding)
    status = 0
    if exact:
        status = _ROUNDED | (_INEXACT if inexact else 0)
    return _new(a._sign, coef, 0), status


def _normalize(a, ctx):
    if a._special:
        if a._special == "F":
            return a, 0
        return _nan_result(a, None, ctx)
    d, status = _fix(a._sign, a._coef, a._exp, ctx)
    if d._special:
        return d, status
    if d._coef == 0:
        return _new(d._sign, 0, 0), status
    top = ctx.Emax - ctx.prec + 1 if ctx.clamp else ctx.Emax
    coef, exp = d._coef, d._exp
    while coef % 10 == 0 and exp < top:
        coef //= 10
        exp += 1
    return _new(d._sign, coef, exp), status


def _scaleb(a, b, ctx):
    if a._special or b._special:
        nan = _nan_result(a, b, ctx)
        if nan:
            return nan
    if b._special or b._exp != 0:
        return _invalid()
    n = -b._coef if b._sign else b._coef
    limit = 2 * (ctx.Emax + ctx.prec)
    if abs(n) > limit:
        return _invalid()
    if a._special:
        return a, 0
    return _fix(a._sign, a._coef, a._exp + n, ctx)


def _logb(a, ctx):
    if a._special:
        if a._special == "F":
            return _new(0, 0, 0, "F"), 0
        return _nan_result(a, None, ctx)
    if a._coef == 0:
        return _new(1, 0, 0, "F"), _DIVZERO
    return _fix(*_int_parts(a.adjusted()), ctx)


def _int_parts(n):
    return (1 if n < 0 else 0), abs(n), 0


def _next(a, ctx, direction):
    if a._special:
        if a._special == "F":
            if (direction > 0) == bool(a._sign):
                return _new(a._sign, 10 ** ctx.prec - 1, ctx.Emax - ctx.prec + 1), 0
            return a, 0
        return _nan_result(a, None, ctx)
    etiny = ctx.Emin - ctx.prec + 1
    # the number plus or minus a quantity far below its last digit, rounded toward that direction
    low = min(a._exp, (a.adjusted() if a._coef else etiny) - ctx.prec - 1, etiny - 1) - 1
    tiny = _new(0 if direction > 0 else 1, 1, low)
    rounding = ROUND_CEILING if direction > 0 else ROUND_FLOOR
    local = ctx.copy()
    local.rounding = rounding
    d, status = _add(a, tiny, local)
    return d, 0


def _next_toward(a, b, ctx):
    if a.is_nan() or b.is_nan():
        return _nan_result(a, b, ctx)
    c = _compare(a, b)
    if c == 0:
        return _new(b._sign, a._coef, a._exp, a._special), 0
    d, _ = _next(a, ctx, -1 if c > 0 else 1)
    status = 0
    if d._special == "F":
        status = _OVERFLOW | _INEXACT | _ROUNDED
    elif d._coef == 0 or d.adjusted() < ctx.Emin:
        status = _UNDERFLOW | _SUBNORMAL | _INEXACT | _ROUNDED
        if d._coef == 0:
            status |= _CLAMPED
    return d, status


def _shift(a, b, ctx, rotate):
    if a._special or b._special:
        nan = _nan_result(a, b, ctx)
        if nan:
            return nan
    if b._special or b._exp != 0:
        return _invalid()
    n = -b._coef if b._sign else b._coef
    if abs(n) > ctx.prec:
        return _invalid()
    if a._special:
        return a, 0
    prec = ctx.prec
    digits = _istr(a._coef)
    if len(digits) > prec:
        digits = digits[-prec:]
    digits = digits.zfill(prec)
    if rotate:
        n %= prec
        digits = digits[n:] + digits[:n]
    elif n >= 0:
        digits = (digits + "0" * n)[-prec:]
    else:
        digits = ("0" * -n + digits)[:prec]
    return _new(a._sign, int(digits), a._exp), 0


def _logical(a, b, ctx, op):
    def bits(d):
        if d._special or d._sign or d._exp != 0:
            return None
        s = _istr(d._coef)
        if len(s) > ctx.prec or s.strip("01"):
            return None
        return int(s, 2)

    x, y = bits(a), bits(b)
    if x is None or y is None:
        return _invalid()
    result = op(x, y) & ((1 << ctx.prec) - 1)
    return _new(0, int(bin(result)[2:]), 0), 0


def _sqrt(a, ctx):
    if a._special:
        if a._special == "F":
            if a._sign:
                return _invalid()
            return a, 0
        return _nan_result(a, None, ctx)
    ideal = a._exp // 2
    if a._coef == 0:
        return _fix(a._sign, 0, ideal, ctx)
    if a._sign:
        return _invalid()
    prec = ctx.prec
    coef, exp = a._coef, a._exp
    if exp & 1:
        coef *= 10
        exp -= 1
    # scale by an even power of ten so the root has at least prec + 1 digits
    shift = max(0, prec + 1 - (_ndigits(coef) + 1) // 2)
    n = coef * 100 ** shift
    root = _math.isqrt(n)
    rexp = exp // 2 - shift
    if root * root == n:
        while rexp < ideal and root % 10 == 0:
            root //= 10
            rexp += 1
    elif root % 5 == 0:
        root += 1
    local = ctx.copy() if ctx.rounding != ROUND_HALF_EVEN else ctx
    local.rounding = ROUND_HALF_EVEN
    return _fix(0, root, rexp, local)


# -- transcendental functions --------------------------------------------------------------------------------


# (digits, ln(10) * 10**digits), replaced as a whole so threads never see a mixed pair
_ln10_cache = (0, 0)


def _ln10(p):
    """ln(10) * 10**p, within one unit."""
    global _ln10_cache
    digits, value = _ln10_cache
    if digits >= p:
        return value // 10 ** (digits - p)
    q = p + 10
    value = _ln_fixed(10 * 10 ** q, q) // 10 ** 10
    _ln10_cache = (p, value)
    return value


def _ln_fixed(m, p):
    """ln(m / 10**p) * 10**p for 0.1 <= m/10**p <= 10, within a few units."""
    g = p + 8
    one = 10 ** g
    t = m * 10 ** 8
    k = 0
    # square roots bring the argument close to 1
    while abs(t - one) * 2000 > one:
        t = _math.isqrt(t * one)
        k += 1
    z = (t - one) * one // (t + one)
    z2 = z * z // one
    total = z
    term = z
    i = 1
    while term:
        term = term * z2 // one
        i += 2
        total += term // i
    result = (2 * total) << k
    return result // 10 ** 8


def _ln_approx(a, p):
    """ln(a) * 10**p (a finite, positive), within a few units: (sign, magnitude)."""
    nd = _ndigits(a._coef)
    adj = a._exp + nd - 1
    extra = _ndigits(abs(adj)) + 2
    q = p + extra
    m = a._coef * 10 ** q // 10 ** (nd - 1) if nd - 1 <= q else a._coef // 10 ** (nd - 1 - q)
    value = _ln_fixed(m, q) + adj * _ln10(q)
    value //= 10 ** extra
    return (1, -value) if value < 0 else (0, value)


def _exp_fixed(t, p):
    """exp(t / 10**p) as (r, n) with exp ~ r * 10**(n - p), relative error a few units of 10**-p."""
    ln10 = _ln10(p + 22)
    n = (t * 10 ** 22) // ln10
    r = t * 10 ** 22 - n * ln10
    g = p + 10
    r = r // 10 ** (22 + p - g) if 22 + p >= g else r * 10 ** (g - 22 - p)
    one = 10 ** g
    k = 0
    while r > one // 100:
        r >>= 1
        k += 1
    total = one
    term = one
    i = 0
    while term:
        i += 1
        term = term * r // (one * i)
        total += term
    for _ in range(k):
        total = total * total // one
    return total // 10 ** 10, n


def _correctly_rounded(ctx, approx, start):
    """Round the value approx(p) ~ (sign, A, E) (error below 50 units of 10**E) to the context, adding digits until
    the rounding is certain."""
    p = start
    for _ in range(8):
        sign, a, e = approx(p)
        lo = _fix(sign, a - 50 if a > 50 else 0, e, ctx)[0]
        hi = _fix(sign, a + 50, e, ctx)[0]
        if lo._coef == hi._coef and lo._exp == hi._exp and lo._special == hi._special:
            break
        p += p // 2 + 10
    return _fix(sign, a * 10 + 1, e - 1, ctx)


def _half_even(ctx):
    """The context the transcendental functions round in: ctx with ROUND_HALF_EVEN."""
    if ctx.rounding == ROUND_HALF_EVEN:
        return ctx
    local = ctx.copy()
    local.rounding = ROUND_HALF_EVEN
    return local


def _exp(a, ctx):
    ctx = _half_even(ctx)
    if a._special:
        if a._special == "F":
            return (_new(0, 0, 0) if a._sign else a), 0
        return _nan_result(a, None, ctx)
    if a._coef == 0:
        return _fix(0, 1, 0, ctx)
    prec = ctx.prec
    adj = a.adjusted()
    if adj < -prec - 2:
        # exp(x) = 1 + x + ..., x far below the last digit
        big = 10 ** (prec + 3)
        return _fix(0, big - 1 if a._sign else big + 1, -(prec + 3), ctx)
    if adj > 19:
        if a._sign:
            return _fix(0, 1, ctx.Emin - ctx.prec - 10, ctx)
        return _fix(0, 1, ctx.Emax + 10, ctx)

    def approx(p):
        q = p + 2
        t = a._coef * 10 ** (a._exp + q) if a._exp + q >= 0 else a._coef // 10 ** -(a._exp + q)
        if a._sign:
            t = -t
        r, n = _exp_fixed(t, q)
        return 0, r, n - q

    return _correctly_rounded(ctx, approx, prec + 6)


def _ln(a, ctx, base10):
    ctx = _half_even(ctx)
    if a._special:
        if a._special == "F":
            if a._sign:
                return _invalid()
            return a, 0
        return _nan_result(a, None, ctx)
    if a._coef == 0:
        return _new(1, 0, 0, "F"), 0
    if a._sign:
        return _invalid()
    nd = _ndigits(a._coef)
    if base10:
        tz = _trailing_zeros(a._coef)
        if a._coef // 10 ** tz == 1:
            return _fix(*_int_parts(a._exp + tz), ctx)
    elif a._coef == 10 ** (nd - 1) and a._exp == -(nd - 1):
        return _new(0, 0, 0), 0
    # digits lost to cancellation when a is near 1
    diff = _add(a, _new(1, 1, 0), _EXACT)[0]
    lead = max(0, -diff.adjusted()) if diff._coef else 0

    def approx(p):
        q = p + lead
        if base10:
            sign, value = _ln_approx(a, q + 2)
            value = value * 10 ** (q + 2) // _ln10(q + 2) // 100
            return sign, value, -q
        sign, value = _ln_approx(a, q)
        return sign, value, -q

    return _correctly_rounded(ctx, approx, ctx.prec + 6)


def _power(a, b, ctx):
    if a._special or b._special:
        nan = _nan_result(a, b, ctx)
        if nan:
            return nan
    b_integral = not b._special and (b._coef == 0 or b._exp >= 0 or b._coef % 10 ** -b._exp == 0)
    b_odd = b_integral and int(b) & 1
    if not a._special and a._coef == 0:
        if b._special == "F":
            return (_new(0, 0, 0) if not b._sign else _new(0, 0, 0, "F")), 0
        if b._coef == 0:
            return _invalid()
        sign = a._sign if b_odd else 0
        if a._sign and not b_integral:
            sign = 0
        if b._sign:
            return _new(sign, 0, 0, "F"), 0
        return _new(sign, 0, 0), 0
    if a._special == "F":
        sign = a._sign if b_odd else 0
        if a._sign and not b_integral and b._special != "F":
            return _invalid()
        if b._special != "F" and b._coef == 0:
            return _new(0, 1, 0), 0
        if b._sign:
            return _new(sign, 0, 0), 0
        return _new(sign, 0, 0, "F"), 0
    if b._special == "F":
        if a._sign:
            return _invalid()
        c = _compare(a, _ONE)
        if c == 0:
            return _fix(0, 10 ** (ctx.prec - 1), -(ctx.prec - 1), ctx)[0], _INEXACT | _ROUNDED
        if (c > 0) != bool(b._sign):
            return _new(0, 0, 0, "F"), 0
        return _new(0, 0, 0), 0
    if b._coef == 0:
        return _new(0, 1, 0), 0
    if a._sign and not b_integral:
        return _invalid()
    sign = a._sign if b_odd else 0
    if b_integral and abs(b.adjusted()) < 300:
        size = float(b) * (_math.log10(a._coef) + a._exp)
        if size < ctx.Emin - ctx.prec - 1:
            # far below the smallest subnormal: zero, whatever the rounding
            etiny = ctx.Emin - ctx.prec + 1
            return _new(sign, 0, etiny), _UNDERFLOW | _SUBNORMAL | _INEXACT | _ROUNDED | _CLAMPED
    if b_integral:
        n = int(b)
        coef = a._coef
        tz = _trailing_zeros(coef)
        base = coef // 10 ** tz
        size = abs(n) * _ndigits(base)
        if size <= 4 * ctx.prec + 200 or base == 1:
            if n > 0:
                return _fix(sign, coef ** n, a._exp * n, ctx)
            denominator = coef ** -n
            ideal = -a._exp * -n
            return _divide_finite(sign, 1, denominator, ideal, ctx.prec, ctx)
    if _compare(a.copy_abs(), _ONE) == 0:
        if b_integral:
            return _fix(sign, 1, 0, ctx)
        return _fix(0, 10 ** (ctx.prec - 1), -(ctx.prec - 1), ctx)[0], _INEXACT | _ROUNDED
    # exp(b * ln|a|): estimate the size to catch overflow and underflow first
    estimate = float(b) * (_math.log10(a._coef) + a._exp) if abs(b.adjusted()) < 300 else None
    if estimate is None or estimate > ctx.Emax + 2:
        if estimate is None:
            big = (b._sign == 0) == (_compare(a.copy_abs(), _ONE) > 0)
        else:
            big = True
        if big:
            return _fix(sign, 1, ctx.Emax + 10, ctx)
        return _fix(sign, 1, ctx.Emin - ctx.prec - 10, ctx)
    if estimate < ctx.Emin - ctx.prec - 2:
        return _fix(sign, 1, ctx.Emin - ctx.prec - 10, ctx)
    magnitude = a.copy_abs()
    badj = b.adjusted()
    extra = max(0, badj) + 2

    def approx(p):
        q = p + extra
        lsign, lvalue = _ln_approx(magnitude, q)
        t = lvalue * b._coef
        t = t * 10 ** b._exp if b._exp >= 0 else t // 10 ** -b._exp
        if lsign ^ b._sign:
            t = -t
        r, k = _exp_fixed(t, q)
        return sign, r, k - q

    d, status = _correctly_rounded(ctx, approx, ctx.prec + 6)
    return d, status | _INEXACT | _ROUNDED


def _power_modulo(a, b, m, ctx):
    for d in (a, b, m):
        if d.is_nan():
            return _nan_result(a, b, ctx) or _nan_result(m, None, ctx)
    for d in (a, b, m):
        if d._special or (d._exp < 0 and d._coef % 10 ** -d._exp):
            return _invalid()
    x, y, z = int(a), int(b), int(m)
    if y < 0 or z == 0 or (x == 0 and y == 0) or _ndigits(abs(z)) > ctx.prec:
        return _invalid()
    r = pow(abs(x), y, abs(z))
    sign = 1 if (x < 0 and y & 1) else 0
    return _new(sign, r, 0), 0


_ops = {"add": _add, "sub": _sub, "mul": _mul, "truediv": _truediv, "floordiv": _floordiv, "mod": _mod}
for _name in _ops:
    _method, _reflected = _binary(_name)
    setattr(Decimal, f"__{_name}__", _method)
    setattr(Decimal, f"__r{_name}__", _reflected)
del _name, _method, _reflected


# ---------------------------------------------------------------------------------------------------------------
# Formatting


def _parse_spec(spec):
    i = 0
    n = len(spec)
    fill, align = " ", None
    if n >= 2 and spec[1] in "<>=^":
        fill, align = spec[0], spec[1]
        i = 2
    elif n >= 1 and spec[0] in "<>=^":
        align = spec[0]
        i = 1
    sign = "-"
    if i < n and spec[i] in "+- ":
        sign = spec[i]
        i += 1
    no_neg_zero = False
    if i < n and spec[i] == "z":
        no_neg_zero = True
        i += 1
    zero = False
    if i < n and spec[i] == "0":
        zero = True
        i += 1
    start = i
    while i < n and spec[i].isdigit():
        i += 1
    width = int(spec[start:i]) if i > start else 0
    grouping = ""
    if i < n and spec[i] == ",":
        grouping = spec[i]
        i += 1
    precision = None
    if i < n and spec[i] == ".":
        i += 1
        start = i
        while i < n and spec[i].isdigit():
            i += 1
        if i == start:
            raise ValueError("invalid format string")
        precision = int(spec[start:i])
    kind = None
    if i < n:
        kind = spec[i]
        i += 1
    if i != n or (kind is not None and kind not in "eEfFgGn%"):
        raise ValueError("invalid format string")
    zero_pad = zero and align is None
    if zero_pad:
        fill, align = "0", "="
    return fill, align, sign, no_neg_zero, zero_pad, width, grouping, precision, kind


def _format(d, spec):
    fill, align, sign_opt, no_neg_zero, zero_pad, width, grouping, precision, kind = _parse_spec(spec)
    if align is None:
        align = ">"
    ctx = getcontext()
    negative = d._sign == 1
    if d._special:
        if d._special == "F":
            body = "Infinity"
        else:
            body = ("NaN" if d._special == "n" else "sNaN") + (_istr(d._coef) if d._coef else "")
        if kind == "%":
            body += "%"
        if zero_pad:
            fill, align = " ", ">"
        return _pad(negative, body, fill, align, sign_opt, width)
    if kind is None:
        upper = ctx.capitals
        kind_eff = "g" if precision is not None else None
    else:
        upper = kind in "EFG"
        kind_eff = kind.lower()
        if kind_eff == "n":
            kind_eff = "g"
    coef, exp = d._coef, d._exp
    if kind_eff == "%":
        exp += 2
    if coef == 0 and exp > 0 and kind_eff in ("f", "%"):
        exp = 0
    rounding = ctx.rounding
    if precision is not None:
        if kind_eff in ("f", "%"):
            if exp < -precision:
                coef, _ = _round_off(d._sign, coef, -precision - exp, rounding)
                exp = -precision
            elif exp > -precision:
                coef *= 10 ** (exp + precision)
                exp = -precision
        elif kind_eff == "e":
            nd = _ndigits(coef)
            target = precision + 1
            if nd > target:
                coef, _ = _round_off(d._sign, coef, nd - target, rounding)
                exp += nd - target
                if _ndigits(coef) > target:
                    coef //= 10
                    exp += 1
            elif nd < target and coef:
                coef *= 10 ** (target - nd)
                exp -= target - nd
        elif kind_eff == "g":
            target = precision or 1
            nd = _ndigits(coef)
            if nd > target:
                coef, _ = _round_off(d._sign, coef, nd - target, rounding)
                exp += nd - target
                if _ndigits(coef) > target:
                    coef //= 10
                    exp += 1
    digits = _istr(coef)
    if coef == 0 and kind_eff == "e" and precision is not None:
        digits = "0" * (precision + 1)
    leftdigits = exp + len(digits)
    if kind_eff is None or kind_eff == "g":
        if exp <= 0 and leftdigits > -6:
            dot = leftdigits
        else:
            dot = 1
    elif kind_eff == "e":
        dot = 1
    else:
        dot = leftdigits
    if kind_eff == "e" and coef == 0 and precision is None:
        dot = 1
    if dot <= 0:
        intpart = "0"
        frac = "0" * -dot + digits
    elif dot >= len(digits):
        intpart = digits + "0" * (dot - len(digits))
        frac = ""
    else:
        intpart = digits[:dot]
        frac = digits[dot:]
    shown_exp = leftdigits - dot
    if shown_exp == 0 and kind_eff not in ("e",):
        expo = ""
    else:
        expo = ("E" if upper else "e") + f"{shown_exp:+d}"
    if no_neg_zero and coef == 0:
        negative = False
    point = "." if frac else ""
    if grouping:
        intpart = _group(intpart, grouping, width, fill, align, sign_opt, negative, point + frac + expo,
                         kind_eff)
    body = intpart + point + frac + expo
    if kind_eff == "%":
        body += "%"
    return _pad(negative, body, fill, align, sign_opt, width)


def _group(intpart, sep, width, fill, align, sign_opt, negative, rest, kind):
    if align == "=" and fill == "0":
        signlen = 1 if (negative or sign_opt in "+ ") else 0
        need = width - signlen - len(rest) - (1 if kind == "%" else 0)
        while len(_insert_groups(intpart, sep)) < need:
            intpart = "0" + intpart
        return _insert_groups(intpart, sep)
    return _insert_groups(intpart, sep)


def _insert_groups(intpart, sep):
    parts = []
    while len(intpart) > 3:
        parts.append(intpart[-3:])
        intpart = intpart[:-3]
    parts.append(intpart)
    return sep.join(reversed(parts))


def _pad(negative, body, fill, align, sign_opt, width):
    sign = "-" if negative else ("+" if sign_opt == "+" else (" " if sign_opt == " " else ""))
    total = len(sign) + len(body)
    if total >= width:
        return sign + body
    padding = width - total
    if align == "<":
        return sign + body + fill * padding
    if align == "^":
        left = padding // 2
        return fill * left + sign + body + fill * (padding - left)
    if align == "=":
        return sign + fill * padding + body
    return fill * padding + sign + body


# ---------------------------------------------------------------------------------------------------------------
# Contexts


class _SignalDict:
    """A context's flags or traps: a mapping from the signal classes to booleans over the context's bits."""

    __slots__ = ("_context", "_field")

    def __init__(self, context, field):
        self._context = context
        self._field = field

    def _bits(self):
        return object.__getattribute__(self._context, self._field)

    def _bit(self, key):
        bit = _SIGNAL_BIT.get(key) if isinstance(key, type) else None
        if bit is None:
            raise KeyError(_SIGNALS_MESSAGE)
        return bit

    def __getitem__(self, key):
        return (self._bits() & self._bit(key)) != 0

    def __setitem__(self, key, value):
        bit = self._bit(key)
        bits = self._bits()
        object.__setattr__(self._context, self._field, bits | bit if value else bits & ~bit)

    def __delitem__(self, key):
        raise ValueError("signal keys cannot be deleted")

    def __len__(self):
        return len(_SIGNALS)

    def __iter__(self):
        return iter([cls for _, cls in _SIGNALS])

    def __contains__(self, key):
        return key in _SIGNAL_BIT

    def keys(self):
        return [cls for _, cls in _SIGNALS]

    def values(self):
        bits = self._bits()
        return [(bits & bit) != 0 for bit, _ in _SIGNALS]

    def items(self):
        bits = self._bits()
        return [(cls, (bits & bit) != 0) for bit, cls in _SIGNALS]

    def get(self, key, default=None):
        if key in _SIGNAL_BIT:
            return self[key]
        return default

    def copy(self):
        return dict(self.items())

    def __eq__(self, other):
        if isinstance(other, _SignalDict):
            return self._bits() == other._bits()
        if isinstance(other, dict):
            return dict(self.items()) == other
        return NotImplemented

    def __repr__(self):
        bits = self._bits()
        inner = ", ".join(f"{cls!r}:{(bits & bit) != 0}" for bit, cls in _SIGNALS)
        return "{" + inner + "}"


def _bits_from(value, what):
    if isinstance(value, _SignalDict):
        return value._bits()
    if isinstance(value, dict):
        bits = 0
        if len(value) != len(_SIGNALS) or any(k not in _SIGNAL_BIT for k in value):
            raise KeyError("invalid signal dict")
        for cls, flag in value.items():
            if flag:
                bits |= _SIGNAL_BIT[cls]
        return bits
    bits = 0
    for cls in value:
        if cls not in _SIGNAL_BIT:
            raise KeyError(_SIGNALS_MESSAGE)
        bits |= _SIGNAL_BIT[cls]
    return bits


_CONTEXT_FIELDS = ("prec", "rounding", "Emin", "Emax", "capitals", "clamp", "flags", "traps")


class Context:
    """The environment of arithmetic: precision, rounding, exponent limits, flags and traps."""

    __slots__ = ("prec", "rounding", "Emin", "Emax", "capitals", "clamp", "_flags", "_traps", "_coef_limit",
                 "_exp_limit", "__weakref__")

    def __init__(self, prec=None, rounding=None, Emin=None, Emax=None, capitals=None, clamp=None, flags=None,
                 traps=None, **unknown):
        for name in unknown:
            raise TypeError(f"'{name}' is an invalid keyword argument for this function")
        default = DefaultContext if isinstance(DefaultContext, Context) else None
        object.__setattr__(self, "_flags", 0)
        object.__setattr__(self, "_traps", 0)
        object.__setattr__(self, "Emax", 999999)
        self.prec = prec if prec is not None else (default.prec if default else 28)
        self.rounding = rounding if rounding is not None else (default.rounding if default else ROUND_HALF_EVEN)
        self.Emin = Emin if Emin is not None else (default.Emin if default else -999999)
        self.Emax = Emax if Emax is not None else (default.Emax if default else 999999)
        self.capitals = capitals if capitals is not None else (default.capitals if default else 1)
        self.clamp = clamp if clamp is not None else (default.clamp if default else 0)
        if flags is not None:
            self.flags = flags
        if traps is not None:
            self.traps = traps
        elif default:
            object.__setattr__(self, "_traps", default._traps)
        else:
            object.__setattr__(self, "_traps", _INVALID_CONDITIONS | _DIVZERO | _OVERFLOW)

    def __setattr__(self, name, value):
        if name == "prec":
            _check_int(value)
            if not 1 <= value <= MAX_PREC:
                raise ValueError("valid range for prec is [1, MAX_PREC]")
        elif name == "Emin":
            _check_int(value)
            if not MIN_EMIN <= value <= 0:
                raise ValueError("valid range for Emin is [MIN_EMIN, 0]")
        elif name == "Emax":
            _check_int(value)
            if not 0 <= value <= MAX_EMAX:
                raise ValueError("valid range for Emax is [0, MAX_EMAX]")
        elif name == "capitals":
            _check_int(value)
            if value not in (0, 1):
                raise ValueError("valid values for capitals are 0 or 1")
        elif name == "clamp":
            _check_int(value)
            if value not in (0, 1):
                raise ValueError("valid values for clamp are 0 or 1")
        elif name == "rounding":
            if not isinstance(value, str) or value not in _ROUNDINGS:
                raise TypeError(_ROUNDING_MESSAGE)
        elif name == "flags":
            object.__setattr__(self, "_flags", _bits_from(value, name))
            return
        elif name == "traps":
            object.__setattr__(self, "_traps", _bits_from(value, name))
            return
        else:
            raise AttributeError(f"'decimal.Context' object has no attribute '{name}'")
        object.__setattr__(self, name, value)
        if name == "prec" or name == "Emax":
            # _fix's fast path: coefficients below _coef_limit with exponents in [Emin, _exp_limit] need nothing
            prec = object.__getattribute__(self, "prec") if name == "Emax" else value
            emax = object.__getattribute__(self, "Emax") if name == "prec" else value
            object.__setattr__(self, "_coef_limit", 10 ** min(prec, 5000))
            object.__setattr__(self, "_exp_limit", emax - prec + 1)

    def __delattr__(self, name):
        raise AttributeError("context attributes cannot be deleted")

    def __getattr__(self, name):
        owner = "decimal.Context" if type(self) is Context else type(self).__name__
        raise AttributeError(f"'{owner}' object has no attribute '{name}'")

    @property
    def flags(self):
        return _SignalDict(self, "_flags")

    @property
    def traps(self):
        return _SignalDict(self, "_traps")

    def __repr__(self):
        def names(bits):
            shown = []
            for bit, name in _BIT_NAMES:
                if bits & bit and name not in shown:
                    shown.append(name)
            return "[" + ", ".join(shown) + "]"

        return (f"Context(prec={self.prec}, rounding={self.rounding}, Emin={self.Emin}, Emax={self.Emax}, "
                f"capitals={self.capitals}, clamp={self.clamp}, flags={names(self._flags)}, "
                f"traps={names(self._traps)})")

    def __reduce__(self):
        return (Context, (self.prec, self.rounding, self.Emin, self.Emax, self.capitals, self.clamp,
                          [cls for bit, cls in _SIGNALS if self._flags & bit],
                          [cls for bit, cls in _SIGNALS if self._traps & bit]))

    def copy(self):
        c = Context(self.prec, self.rounding, self.Emin, self.Emax, self.capitals, self.clamp)
        object.__setattr__(c, "_flags", self._flags)
        object.__setattr__(c, "_traps", self._traps)
        return c

    __copy__ = copy

    def clear_flags(self):
        object.__setattr__(self, "_flags", 0)

    def clear_traps(self):
        object.__setattr__(self, "_traps", 0)

    def Etiny(self):
        return self.Emin - self.prec + 1

    def Etop(self):
        return self.Emax - self.prec + 1

    def _apply_status(self, status, quiet=0):
        """Record the conditions in status (and quiet, which never traps); raise the first trapped signal."""
        object.__setattr__(self, "_flags", self._flags | status | quiet)
        trapped = status & self._traps
        if trapped:
            for bit, cls in _SIGNALS:
                if trapped & bit:
                    exc = cls
                    break
            conditions = []
            if trapped & _INVALID_CONDITIONS:
                for bit, cls in _CONDITIONS:
                    if status & bit:
                        conditions.append(cls)
            for bit, cls in _SIGNALS[1:]:
                if trapped & bit:
                    conditions.append(cls)
            raise exc(conditions)

    def _apply(self, result):
        d, status = result
        if status:
            self._apply_status(status)
        return d

    # -- conversions --

    def create_decimal(self, num="0"):
        """num as a Decimal rounded to this context."""
        if isinstance(num, float):
            self._apply_status(_FLOATOP)
            d = _from_float(num)
        elif isinstance(num, str):
            parsed = _parse(num)
            if parsed is None:
                self._apply_status(_CONVERSION)
                return _new(0, 0, 0, "n")
            d = _new(*parsed)
        else:
            d = Decimal(num, self)
        if d._special:
            if d.is_nan():
                if d._coef and _ndigits(d._coef) > self.prec - self.clamp:
                    return self._apply((_NAN, _CONVERSION))
                return _new(d._sign, d._coef, 0, d._special)
            return d
        return self._apply(_fix(d._sign, d._coef, d._exp, self))

    def create_decimal_from_float(self, f):
        d = Decimal.from_float(f)
        if d._special:
            return d
        return self._apply(_fix(d._sign, d._coef, d._exp, self))

    def _operand(self, value):
        if isinstance(value, Decimal):
            return value
        if isinstance(value, int):
            return _from_int(value)
        raise TypeError(f"conversion from {type(value).__name__} to Decimal is not supported")

    def abs(self, a):
        a = self._operand(a)
        return self._apply(_plus(a.copy_abs() if not a.is_nan() else a, self))

    def add(self, a, b):
        return self._apply(_add(self._operand(a), self._operand(b), self))

    def subtract(self, a, b):
        return self._apply(_sub(self._operand(a), self._operand(b), self))

    def multiply(self, a, b):
        return self._apply(_mul(self._operand(a), self._operand(b), self))

    def divide(self, a, b):
        return self._apply(_truediv(self._operand(a), self._operand(b), self))

    def divide_int(self, a, b):
        return self._apply(_floordiv(self._operand(a), self._operand(b), self))

    def remainder(self, a, b):
        return self._apply(_mod(self._operand(a), self._operand(b), self))

    def divmod(self, a, b):
        q, r, status = _divmod(self._operand(a), self._operand(b), self)
        self._apply_status(status)
        return q, r

    def remainder_near(self, a, b):
        return self._apply(_remainder_near(self._operand(a), self._operand(b), self))

    def minus(self, a):
        a = self._operand(a)
        return self._apply(_plus(a.copy_negate() if not a.is_nan() else a, self))

    def plus(self, a):
        return self._apply(_plus(self._operand(a), self))

    def power(self, a, b, modulo=None):
        a, b = self._operand(a), self._operand(b)
        if modulo is not None:
            return self._apply(_power_modulo(a, b, self._operand(modulo), self))
        return self._apply(_power(a, b, self))

    def fma(self, a, b, c):
        return self._apply(_fma(self._operand(a), self._operand(b), self._operand(c), self))

    def quantize(self, a, b):
        return self._apply(_quantize(self._operand(a), self._operand(b), self.rounding, self))

    def sqrt(self, a):
        return self._apply(_sqrt(self._operand(a), self))

    def exp(self, a):
        return self._apply(_exp(self._operand(a), self))

    def ln(self, a):
        return self._apply(_ln(self._operand(a), self, False))

    def log10(self, a):
        return self._apply(_ln(self._operand(a), self, True))

    def logb(self, a):
        return self._apply(_logb(self._operand(a), self))

    def normalize(self, a):
        return self._apply(_normalize(self._operand(a), self))

    def scaleb(self, a, b):
        return self._apply(_scaleb(self._operand(a), self._operand(b), self))

    def compare(self, a, b):
        return self._apply(_compare_op(self._operand(a), self._operand(b), self, False))

    def compare_signal(self, a, b):
        return self._apply(_compare_op(self._operand(a), self._operand(b), self, True))

    def compare_total(self, a, b):
        return self._operand(a).compare_total(self._operand(b))

    def compare_total_mag(self, a, b):
        return self._operand(a).compare_total_mag(self._operand(b))

    def max(self, a, b):
        return self._apply(_minmax(self._operand(a), self._operand(b), self, True, False))

    def min(self, a, b):
        return self._apply(_minmax(self._operand(a), self._operand(b), self, False, False))

    def max_mag(self, a, b):
        return self._apply(_minmax(self._operand(a), self._operand(b), self, True, True))

    def min_mag(self, a, b):
        return self._apply(_minmax(self._operand(a), self._operand(b), self, False, True))

    def next_plus(self, a):
        return self._apply(_next(self._operand(a), self, 1))

    def next_minus(self, a):
        return self._apply(_next(self._operand(a), self, -1))

    def next_toward(self, a, b):
        return self._apply(_next_toward(self._operand(a), self._operand(b), self))

    def to_integral_value(self, a):
        return self._apply(_to_integral(self._operand(a), self.rounding, self, False))

    to_integral = to_integral_value

    def to_integral_exact(self, a):
        return self._apply(_to_integral(self._operand(a), self.rounding, self, True))

    def to_sci_string(self, a):
        return self._operand(a)._to_string(True, self.capitals)

    def to_eng_string(self, a):
        return self._operand(a)._to_string(False, self.capitals)

    def rotate(self, a, b):
        return self._operand(a).rotate(b, self)

    def shift(self, a, b):
        return self._operand(a).shift(b, self)

    def logical_and(self, a, b):
        return self._operand(a).logical_and(b, self)

    def logical_or(self, a, b):
        return self._operand(a).logical_or(b, self)

    def logical_xor(self, a, b):
        return self._operand(a).logical_xor(b, self)

    def logical_invert(self, a):
        return self._operand(a).logical_invert(self)

    def same_quantum(self, a, b):
        return self._operand(a).same_quantum(b)

    def number_class(self, a):
        return self._operand(a).number_class(self)

    def copy_abs(self, a):
        return self._operand(a).copy_abs()

    def copy_negate(self, a):
        return self._operand(a).copy_negate()

    def copy_sign(self, a, b):
        return self._operand(a).copy_sign(b)

    def copy_decimal(self, a):
        return Decimal(self._operand(a))

    def canonical(self, a):
        return self._operand(a)

    def radix(self):
        return _new(0, 10, 0)

    def is_canonical(self, a):
        return True

    def is_finite(self, a):
        return self._operand(a).is_finite()

    def is_infinite(self, a):
        return self._operand(a).is_infinite()

    def is_nan(self, a):
        return self._operand(a).is_nan()

    def is_qnan(self, a):
        return self._operand(a).is_qnan()

    def is_snan(self, a):
        return self._operand(a).is_snan()

    def is_signed(self, a):
        return self._operand(a).is_signed()

    def is_zero(self, a):
        return self._operand(a).is_zero()

    def is_normal(self, a):
        return self._operand(a).is_normal(self)

    def is_subnormal(self, a):
        return self._operand(a).is_subnormal(self)


def _check_int(value):
    if not isinstance(value, int):
        raise TypeError("an integer is required")


DefaultContext = None
DefaultContext = Context(prec=28, rounding=ROUND_HALF_EVEN, Emin=-999999, Emax=999999, capitals=1, clamp=0,
                         flags=[], traps=[InvalidOperation, DivisionByZero, Overflow])
BasicContext = Context(prec=9, rounding=ROUND_HALF_UP, flags=[],
                       traps=[Clamped, InvalidOperation, DivisionByZero, Overflow, Underflow])
ExtendedContext = Context(prec=9, rounding=ROUND_HALF_EVEN, flags=[], traps=[])
# An unbounded context for exact intermediate steps.
_EXACT = Context(prec=MAX_PREC, Emin=MIN_EMIN, Emax=MAX_EMAX, traps=[])

_current_context = _contextvars.ContextVar("decimal_context")


_current_values = _contextvars._current


def getcontext():
    """The current thread's context."""
    ctx = _current_values()._values.get(_current_context)
    if ctx is None:
        ctx = DefaultContext.copy()
        _current_context.set(ctx)
    return ctx


def setcontext(context):
    """Make context (a copy when it is one of the module's templates) the current thread's context."""
    if not isinstance(context, Context):
        raise TypeError("argument must be a context")
    if context is DefaultContext or context is BasicContext or context is ExtendedContext:
        context = context.copy()
        context.clear_flags()
    _current_context.set(context)


_LOCAL_KEYWORDS = ("prec", "rounding", "Emin", "Emax", "capitals", "clamp", "flags", "traps")


class _ContextManager:
    __slots__ = ("new_context", "saved_context")

    def __init__(self, new_context):
        self.new_context = new_context

    def __enter__(self):
        self.saved_context = getcontext()
        setcontext(self.new_context)
        return self.new_context

    def __exit__(self, *exc):
        setcontext(self.saved_context)


def localcontext(ctx=None, **kwargs):
    """A context manager that makes a copy of ctx (or of the current context), changed by kwargs, current."""
    if ctx is None:
        ctx = getcontext()
    elif not isinstance(ctx, Context):
        raise TypeError("optional argument must be a context")
    new = ctx.copy()
    for name, value in kwargs.items():
        if name not in _LOCAL_KEYWORDS:
            raise TypeError(f"'{name}' is an invalid keyword argument for this function")
        setattr(new, name, value)
    return _ContextManager(new)


_numbers.Number.register(Decimal)
