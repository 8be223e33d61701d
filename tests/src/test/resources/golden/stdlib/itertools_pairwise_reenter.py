# itertools.pairwise re-entered from its own iterator keeps CPython's state; frame.f_builtins is builtins.__dict__
from itertools import pairwise
def test_pairwise_reenter():
    def check(reenter_at, expected):
        class I:
            count = 0
            def __iter__(self):
                return self
            def __next__(self):
                self.count += 1
                if self.count in reenter_at:
                    return next(it)
                return [self.count]  # new object

        it = pairwise(I())
        for item in expected:
            assert next(it) == item

    check({1}, [
        (([2], [3]), [4]),
        ([4], [5]),
    ])
    check({2}, [
        ([1], ([1], [3])),
        (([1], [3]), [4]),
        ([4], [5]),
    ])
    check({3}, [
        ([1], [2]),
        ([2], ([2], [4])),
        (([2], [4]), [5]),
        ([5], [6]),
    ])
    check({1, 2}, [
        ((([3], [4]), [5]), [6]),
        ([6], [7]),
    ])
    check({1, 3}, [
        (([2], ([2], [4])), [5]),
        ([5], [6]),
    ])
    check({1, 4}, [
        (([2], [3]), (([2], [3]), [5])),
        ((([2], [3]), [5]), [6]),
        ([6], [7]),
    ])
    check({2, 3}, [
        ([1], ([1], ([1], [4]))),
        (([1], ([1], [4])), [5]),
        ([5], [6]),
    ])
test_pairwise_reenter(); print('ok')
print(list(pairwise('abcd')), list(pairwise([])), list(pairwise([1])))
p = pairwise(iter([1,2,3])); print(next(p), next(p))
try: next(p)
except StopIteration: print('stop')
try: next(p)
except StopIteration: print('stop again')
import sys, builtins
print(sys._getframe().f_builtins is builtins.__dict__)
