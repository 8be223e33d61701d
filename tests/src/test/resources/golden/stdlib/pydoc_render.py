# pydoc.render_doc with the plain-text renderer: user functions, classes (methods, class and static methods,
# properties, data descriptors, inherited attributes, MRO) and a module; the text renderer's overstruck bold.
import os
import pydoc
import _pydoc_sample as sample


def show(thing, **kwargs):
    text = pydoc.render_doc(thing, renderer=pydoc.plaintext, **kwargs)
    print(text.replace(os.path.abspath(sample.__file__), '<sample file>'))
    print('=' * 20)


def plain_function(a, b=[1, 2], *args, c='x', d=None, **kw):
    pass


def documented(x: int, y: 'str' = 'yes') -> bool:
    """Return True.

    Whatever x and y are.
    """
    return True


async def coroutine_function(n):
    """A coroutine."""


async def async_generator():
    yield 1


def generator():
    """A generator."""
    yield 1


class Plain:
    pass


class WithDoc(Plain):
    """Documented class."""

    value = 10
    text = 'a string value'
    long_list = list(range(50))

    def method(self, other):
        """Method doc."""

    def __eq__(self, other):
        """Always equal."""
        return True

    __hash__ = None

    def nodoc(self):
        pass


class Meta(type):
    def meta_method(cls):
        """On the metaclass."""


class WithMeta(metaclass=Meta):
    """A class with a metaclass."""


class Mixin:
    """A mixin."""

    def mixed(self):
        """From the mixin."""

    @classmethod
    def build(cls):
        pass


class Deep(WithDoc, Mixin):
    """Multiple inheritance."""

    def method(self, other):
        pass


lam = lambda x, y=1: x + y

show(plain_function)
show(documented)
show(coroutine_function)
show(async_generator)
show(generator)
show(lam)
show(Plain)
show(WithDoc)
show(WithDoc.method)
show(WithDoc().method)
show(WithMeta)
show(Deep)
show(sample)
show(sample.Shape)
show(sample.Square)
show(sample.Square.unit)
show(sample.Square.label)
show(sample.Color)
show(sample.area)
show(sample.fetch)
show('_pydoc_sample.Square.area')
show(sample.Shape, title='Title %s!')
print(repr(pydoc.render_doc(documented, renderer=pydoc.text)))
print(pydoc.plain(pydoc.render_doc(documented)) == pydoc.render_doc(documented, renderer=pydoc.plaintext))
print(repr(pydoc.text.bold('abc')), repr(pydoc.plaintext.bold('abc')))
print(repr(pydoc.text.indent('a\n\nb  \nc', '> ')))
print(repr(pydoc.text.section('TITLE', 'one\ntwo')))
print(pydoc.plaintext.docroutine(sample.area, 'other_name'))
print(pydoc.plaintext.docroutine(sample.Square.compute, 'compute', None, sample.Square))
print(repr(pydoc.plaintext.docother(sample.NAMES, 'NAMES', maxlen=40)))
print(repr(pydoc.plaintext.docother(12, 'twelve')))
print(repr(pydoc.plaintext.docdata(sample.Square.size, 'size')))
print(pydoc.plaintext.document(sample.Square.size, 'size'))
print(pydoc.plaintext.docclass(sample.Square, 'Alias'))
