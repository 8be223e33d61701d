import json, json.decoder, json.encoder
print(json.decoder.scanstring('✨x"', 1), json.decoder.scanstring('"a\\nb" tail', 1))
print(json.encoder.encode_basestring("é\n"), json.encoder.encode_basestring_ascii("é\n"))
try:
    json.loads("{bad")
except json.decoder.JSONDecodeError as e:
    print("JSONDecodeError:", e, e.pos, e.lineno, e.colno)
print(json.JSONDecodeError is json.decoder.JSONDecodeError, json.JSONEncoder is json.encoder.JSONEncoder)
print(json.dumps({"a": [1, 2.5, None]}), json.loads('[1, "x"]'))
from json.decoder import JSONDecoder
print(JSONDecoder().decode('{"k": true}'))
try:
    json.decoder.scanstring('abc', 1)
except json.JSONDecodeError as e:
    print(e)
