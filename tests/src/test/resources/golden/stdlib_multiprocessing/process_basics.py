# multiprocessing.Process with the spawn start method: the child runs the main module again as __mp_main__ and runs
# the target; names, reprs, daemon, current_process/parent_process/active_children, Process subclasses, errors.
import multiprocessing as mp
import os
import sys

print("imported as", __name__)


def report(q, tag):
    me = mp.current_process()
    parent = mp.parent_process()
    q.put((tag, me.name, me.daemon, parent.name, parent.pid == os.getppid(), __name__,
           sys.modules["__main__"].__name__, mp.active_children()))


class Greeter(mp.Process):
    def __init__(self, q, greeting):
        super().__init__()
        self.q = q
        self.greeting = greeting

    def run(self):
        self.q.put(self.greeting + " from " + self.name)


if __name__ == "__main__":
    mp.set_start_method("spawn")
    print(mp.get_start_method(), mp.get_context().get_start_method())
    q = mp.Queue()

    p = mp.Process(target=report, args=(q, "plain"))
    print(repr(p).replace(str(os.getpid()), "PID"), p.exitcode, p.pid, p.is_alive(), p.daemon)
    p.start()
    print(q.get(timeout=120))
    p.join()
    print(p.exitcode, p.is_alive(), type(p.pid) is int, p.pid != os.getpid(), mp.active_children())
    print(repr(p).replace(str(os.getpid()), "PID").replace("pid=%d" % p.pid, "pid=N"))

    d = mp.Process(target=report, args=(q, "daemon"), name="worker-x", daemon=True)
    d.start()
    print(q.get(timeout=120))
    d.join()
    print(d.name, d.exitcode)

    g = Greeter(q, "hello")
    g.start()
    print(q.get(timeout=120))
    g.join()
    print(g.name, g.exitcode)

    # the errors
    p = mp.Process(target=report)
    for action in (p.join, p.close):
        try:
            action()
        except (AssertionError, ValueError) as e:
            print(type(e).__name__, e)
    try:
        mp.Process(group=1)
    except AssertionError as e:
        print("AssertionError", e)
    g = Greeter(q, "again")
    g.start()
    q.get(timeout=120)
    for action in (g.start, lambda: setattr(g, "daemon", True)):
        try:
            action()
        except AssertionError as e:
            print("AssertionError", e)
    g.join()
    try:
        mp.Process(target=lambda: None).start()
    except Exception as e:
        print(type(e).__name__)
    try:
        mp.get_context("nonexistent")
    except ValueError as e:
        print("ValueError", e)
    try:
        mp.set_start_method("spawn")
    except RuntimeError as e:
        print("RuntimeError", e)
    mp.set_start_method("spawn", force=True)
    print(mp.current_process().name, mp.parent_process(), mp.cpu_count() == os.cpu_count())
