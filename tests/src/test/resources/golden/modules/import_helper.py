import _geometry
print(_geometry.PI, round(_geometry.area(2), 3), _geometry.Square(3).area())
print(_geometry.__name__, _geometry.__doc__)
import _geometry as geo
print(geo is _geometry)
from _geometry import Square, area as circle_area
print(Square(4).area(), round(circle_area(1), 5))
from _geometry import *
print(PI)
try:
    _private
except NameError as e:
    print("NameError:", e)
import sys
print("_geometry" in sys.modules, __name__)
