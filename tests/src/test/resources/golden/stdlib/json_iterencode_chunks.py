# json: iterencode yields the chunks CPython yields (scalars joined to the bracket or separator before them)
import json
class ComplexEncoder(json.JSONEncoder):
    def default(self, obj):
        if isinstance(obj, complex):
            return [obj.real, obj.imag]
        return json.JSONEncoder.default(self, obj)
print(list(ComplexEncoder().iterencode(2 + 1j)))
print(list(json.JSONEncoder(indent=2).iterencode({"a": [1, "x", None, {"b": [True]}], "c": []})))
print(list(json.JSONEncoder().iterencode([[1, 2], 3, [], {}, "s"])))
print(json.dumps({"a": [1, {"b": 2}]}, indent=1))
