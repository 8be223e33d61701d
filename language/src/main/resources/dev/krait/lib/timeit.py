"""timeit: time small pieces of code (written for Krait).

A Timer turns its statement and setup (strings or callables) into a function that runs the setup once and the
statement in a loop between two readings of the timer. `krait -m timeit [-n N] [-r N] [-s S] [-p] [-u U] [-v]
STATEMENT...` prints the best time per loop as CPython's does.
"""

import gc
import itertools
import sys
import time

__all__ = ["Timer", "timeit", "repeat", "default_timer"]

dummy_src_name = "<timeit-src>"
default_number = 1000000
default_repeat = 5
default_timer = time.perf_counter


def _indented(source, spaces):
    return source.replace("\n", "\n" + " " * spaces)


class Timer:
    """Times stmt (after setup) with timer; both may be source strings or callables."""

    def __init__(self, stmt="pass", setup="pass", timer=default_timer, globals=None):
        self.timer = timer
        namespace = {}
        global_namespace = {} if globals is None else globals
        parameters = ""
        if isinstance(setup, str):
            compile(setup, dummy_src_name, "exec")
            setup_code = _indented(setup, 4)
            combined = setup + "\n"
        elif callable(setup):
            namespace["_setup"] = setup
            parameters += ", _setup=_setup"
            setup_code = "_setup()"
            combined = ""
        else:
            raise ValueError("setup is neither a string nor callable")
        if isinstance(stmt, str):
            compile(combined + stmt, dummy_src_name, "exec")
            stmt_code = _indented(stmt, 8)
        elif callable(stmt):
            namespace["_stmt"] = stmt
            parameters += ", _stmt=_stmt"
            stmt_code = "_stmt()"
        else:
            raise ValueError("stmt is neither a string nor callable")
        self.src = (f"def inner(_it, _timer{parameters}):\n"
                    f"    {setup_code}\n"
                    f"    _t0 = _timer()\n"
                    f"    for _i in _it:\n"
                    f"        {stmt_code}\n"
                    f"    _t1 = _timer()\n"
                    f"    return _t1 - _t0\n")
        exec(compile(self.src, dummy_src_name, "exec"), global_namespace, namespace)
        self.inner = namespace["inner"]

    def print_exc(self, file=None):
        """Prints the traceback of the exception the timed code raised."""
        import traceback
        traceback.print_exc(file=file)

    def timeit(self, number=default_number):
        """Seconds taken by number runs of the statement (the garbage collector is off meanwhile)."""
        it = itertools.repeat(None, number)
        gc_was_enabled = gc.isenabled()
        gc.disable()
        try:
            return self.inner(it, self.timer)
        finally:
            if gc_was_enabled:
                gc.enable()

    def repeat(self, repeat=default_repeat, number=default_number):
        """A list of repeat results of timeit(number)."""
        return [self.timeit(number) for _ in range(repeat)]

    def autorange(self, callback=None):
        """(number, time) for the first number in 1, 2, 5, 10, 20, 50, … whose run takes at least 0.2 s."""
        scale = 1
        while True:
            for factor in (1, 2, 5):
                number = scale * factor
                elapsed = self.timeit(number)
                if callback:
                    callback(number, elapsed)
                if elapsed >= 0.2:
                    return (number, elapsed)
            scale *= 10


def timeit(stmt="pass", setup="pass", timer=default_timer, number=default_number, globals=None):
    return Timer(stmt, setup, timer, globals).timeit(number)


def repeat(stmt="pass", setup="pass", timer=default_timer, repeat=default_repeat, number=default_number,
           globals=None):
    return Timer(stmt, setup, timer, globals).repeat(repeat, number)


_UNITS = {"nsec": 1e-9, "usec": 1e-6, "msec": 1e-3, "sec": 1.0}


def main(args=None, *, _wrap_timer=None):
    """The command line: returns an exit status (2 for usage errors)."""
    import getopt
    if args is None:
        args = sys.argv[1:]
    try:
        opts, args = getopt.getopt(args, "n:u:s:r:pvh", ["number=", "setup=", "repeat=", "process", "verbose",
                                                         "unit=", "help"])
    except getopt.error as err:
        print(err)
        print("use -h/--help for command line help")
        return 2
    timer = default_timer
    stmt = "\n".join(args) or "pass"
    number = 0
    setup = []
    repeat_count = default_repeat
    verbose = 0
    time_unit = None
    precision = 3
    for option, value in opts:
        if option in ("-n", "--number"):
            number = int(value)
        if option in ("-s", "--setup"):
            setup.append(value)
        if option in ("-u", "--unit"):
            if value in _UNITS:
                time_unit = value
            else:
                print("Unrecognized unit. Please select nsec, usec, msec, or sec.", file=sys.stderr)
                return 2
        if option in ("-r", "--repeat"):
            repeat_count = max(int(value), 1)
        if option in ("-p", "--process"):
            timer = time.process_time
        if option in ("-v", "--verbose"):
            if verbose:
                precision += 1
            verbose += 1
        if option in ("-h", "--help"):
            print(__doc__, end="")
            return 0
    setup = "\n".join(setup) or "pass"
    if _wrap_timer is not None:
        timer = _wrap_timer(timer)
    t = Timer(stmt, setup, timer)
    if number == 0:
        callback = None
        if verbose:
            def callback(number, time_taken):
                plural = (number != 1)
                print("%d loop%s -> %.*g secs" % (number, "s" if plural else "", precision, time_taken))
        try:
            number, _ = t.autorange(callback)
        except:
            t.print_exc()
            return 1
        if verbose:
            print()
    try:
        raw_timings = t.repeat(repeat_count, number)
    except:
        t.print_exc()
        return 1

    def format_time(dt):
        unit = time_unit
        if unit is not None:
            scale = _UNITS[unit]
        else:
            scales = [(scale, unit) for unit, scale in _UNITS.items()]
            scales.sort(reverse=True)
            for scale, unit in scales:
                if dt >= scale:
                    break
        return "%.*g %s" % (precision, dt / scale, unit)

    if verbose:
        print("raw times: %s" % ", ".join(map(format_time, raw_timings)))
        print()
    timings = [dt / number for dt in raw_timings]
    best = min(timings)
    print("%d loop%s, best of %d: %s per loop" % (number, "s" if number != 1 else "", repeat_count, format_time(best)))
    worst = max(timings)
    if worst >= best * 4:
        import warnings
        warnings.warn_explicit("The test results are likely unreliable. The worst time (%s) was more than four "
                               "times slower than the best time (%s)." % (format_time(worst), format_time(best)),
                               UserWarning, "", 0)
    return None


if __name__ == "__main__":
    sys.exit(main())
