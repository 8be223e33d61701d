# operator getters' repr guards against recursion; weakref == returns the referents' own comparison result;
# unicodedata takes an empty string whatever the form.
import operator
import unicodedata
import weakref

box = []
getter = operator.itemgetter(box)
box.append(getter)
print(repr(getter))
args = []
caller = operator.methodcaller("f", args, key=1)
args.append(caller)
print(repr(caller))
print(repr(operator.attrgetter("a", "b.c")), repr(operator.itemgetter(1, "x")))


class Weird:
    def __eq__(self, other):
        return "Weird.__eq__"


class SubRef(weakref.ref):
    pass


target = Weird()
sub = SubRef(target)
plain = weakref.ref(target)
print(isinstance(sub, SubRef), isinstance(sub, weakref.ref), sub() is target)
print(sub.__eq__(plain), plain == sub, plain.__ne__(sub), plain != sub)
sub.new_attribute = 50
print(sub.new_attribute)


class Plain:
    pass


p, q = Plain(), Plain()
rp, rq = weakref.ref(p), weakref.ref(q)
print(rp == rq, rp == weakref.ref(p), rp.__eq__(1))
del p
print(rp == rq, rp == rp, rp != rq)

for module in (unicodedata, unicodedata.ucd_3_2_0):
    print(repr(module.normalize("invalid", "")), module.is_normalized("invalid", ""))
    for form, text in (("invalid", "x"), (1, ""), ("NFC", 1)):
        try:
            module.normalize(form, text)
        except Exception as e:
            print(type(e).__name__, e)
    print(module.normalize("NFD", "\u00e9") == "e\u0301")
