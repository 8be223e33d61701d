"""filecmp: comparing files and directories (written for Krait).

cmp() compares two files (by their stat signatures when shallow, else by content, remembering results);
cmpfiles() sorts a list of names into equal, different and trouble; dircmp compares two directories,
computing each of its attributes the first time it is asked for.
"""

import os
import stat
from itertools import filterfalse
from types import GenericAlias

__all__ = ['clear_cache', 'cmp', 'dircmp', 'cmpfiles', 'DEFAULT_IGNORES']

_cache = {}
BUFSIZE = 8 * 1024

DEFAULT_IGNORES = ['RCS', 'CVS', 'tags', '.git', '.hg', '.bzr', '_darcs', '__pycache__']


def clear_cache():
    """Forget the results of earlier content comparisons."""
    _cache.clear()


def _sig(st):
    return stat.S_IFMT(st.st_mode), st.st_size, st.st_mtime


def cmp(f1, f2, shallow=True):
    """Whether two files are equal: both regular files, with equal stat signatures (type, size, mtime) when
    shallow, else equal contents."""
    s1 = _sig(os.stat(f1))
    s2 = _sig(os.stat(f2))
    if s1[0] != stat.S_IFREG or s2[0] != stat.S_IFREG:
        return False
    if shallow and s1 == s2:
        return True
    if s1[1] != s2[1]:
        return False
    key = (f1, f2, s1, s2)
    outcome = _cache.get(key)
    if outcome is None:
        outcome = _same_contents(f1, f2)
        if len(_cache) > 100:
            clear_cache()
        _cache[key] = outcome
    return outcome


def _same_contents(f1, f2):
    with open(f1, 'rb') as a, open(f2, 'rb') as b:
        while True:
            chunk_a = a.read(BUFSIZE)
            chunk_b = b.read(BUFSIZE)
            if chunk_a != chunk_b:
                return False
            if not chunk_a:
                return True


class dircmp:
    """A comparison of directories a and b; ignore (DEFAULT_IGNORES) and hide ([os.curdir, os.pardir]) are
    names left out.

    Attributes, computed when first read: left_list, right_list (the names in each), common, left_only,
    right_only, common_dirs, common_files, common_funny (common names whose types differ or cannot be
    read), same_files, diff_files, funny_files (common files that could not be compared), subdirs (a dircmp
    for each common directory).  report(), report_partial_closure() and report_full_closure() print them."""

    def __init__(self, a, b, ignore=None, hide=None):
        self.left = a
        self.right = b
        self.hide = [os.curdir, os.pardir] if hide is None else hide
        self.ignore = DEFAULT_IGNORES if ignore is None else ignore

    def phase0(self):
        self.left_list = _filter(os.listdir(self.left), self.hide + self.ignore)
        self.right_list = _filter(os.listdir(self.right), self.hide + self.ignore)
        self.left_list.sort()
        self.right_list.sort()

    def phase1(self):
        left = dict(zip(map(os.path.normcase, self.left_list), self.left_list))
        right = dict(zip(map(os.path.normcase, self.right_list), self.right_list))
        self.common = [left[name] for name in left if name in right]
        self.left_only = [left[name] for name in left if name not in right]
        self.right_only = [right[name] for name in right if name not in left]

    def phase2(self):
        self.common_dirs = []
        self.common_files = []
        self.common_funny = []
        for name in self.common:
            try:
                left_type = stat.S_IFMT(os.stat(os.path.join(self.left, name)).st_mode)
                right_type = stat.S_IFMT(os.stat(os.path.join(self.right, name)).st_mode)
            except OSError:
                self.common_funny.append(name)
                continue
            if left_type != right_type:
                self.common_funny.append(name)
            elif stat.S_ISDIR(left_type):
                self.common_dirs.append(name)
            elif stat.S_ISREG(left_type):
                self.common_files.append(name)
            else:
                self.common_funny.append(name)

    def phase3(self):
        self.same_files, self.diff_files, self.funny_files = cmpfiles(self.left, self.right, self.common_files)

    def phase4(self):
        self.subdirs = {}
        for name in self.common_dirs:
            self.subdirs[name] = self.__class__(os.path.join(self.left, name), os.path.join(self.right, name),
                                                self.ignore, self.hide)

    def phase4_closure(self):
        self.phase4()
        for sub in self.subdirs.values():
            sub.phase4_closure()

    def report(self):
        print('diff', self.left, self.right)
        if self.left_only:
            self.left_only.sort()
            print('Only in', self.left, ':', self.left_only)
        if self.right_only:
            self.right_only.sort()
            print('Only in', self.right, ':', self.right_only)
        for title, attribute in (('Identical files :', 'same_files'), ('Differing files :', 'diff_files'),
                                 ('Trouble with common files :', 'funny_files'),
                                 ('Common subdirectories :', 'common_dirs'),
                                 ('Common funny cases :', 'common_funny')):
            names = getattr(self, attribute)
            if names:
                names.sort()
                print(title, names)

    def report_partial_closure(self):
        self.report()
        for sub in self.subdirs.values():
            print()
            sub.report()

    def report_full_closure(self):
        self.report()
        for sub in self.subdirs.values():
            print()
            sub.report_full_closure()

    methodmap = dict(subdirs=phase4,
                     same_files=phase3, diff_files=phase3, funny_files=phase3,
                     common_dirs=phase2, common_files=phase2, common_funny=phase2,
                     common=phase1, left_only=phase1, right_only=phase1,
                     left_list=phase0, right_list=phase0)

    def __getattr__(self, attr):
        if attr not in self.methodmap:
            raise AttributeError(attr)
        self.methodmap[attr](self)
        return getattr(self, attr)

    __class_getitem__ = classmethod(GenericAlias)


def cmpfiles(a, b, common, shallow=True):
    """The names in common sorted into ([equal], [different], [could not compare]) between directories a and
    b."""
    result = ([], [], [])
    for name in common:
        result[_compare(os.path.join(a, name), os.path.join(b, name), shallow)].append(name)
    return result


def _compare(a, b, shallow):
    try:
        return 0 if cmp(a, b, shallow) else 1
    except OSError:
        return 2


def _filter(names, skip):
    return list(filterfalse(skip.__contains__, names))


def demo():
    import sys
    import getopt
    options, args = getopt.getopt(sys.argv[1:], 'r')
    if len(args) != 2:
        raise getopt.GetoptError('need exactly two args', None)
    comparison = dircmp(args[0], args[1])
    if ('-r', '') in options:
        comparison.report_full_closure()
    else:
        comparison.report()


if __name__ == '__main__':
    demo()
