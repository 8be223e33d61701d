# json's classes are named after the modules CPython defines them in, and JSONDecodeError pickles
import json
import json.decoder
import json.encoder
import pickle
import traceback

print(json.JSONDecodeError, json.JSONEncoder, json.JSONDecoder)
print(json.decoder.JSONDecodeError is json.JSONDecodeError, json.encoder.JSONEncoder is json.JSONEncoder)
e = pickle.loads(pickle.dumps(json.JSONDecodeError("m", "a\nb", 2)))
print(type(e).__name__, e, e.msg, e.pos, e.lineno, e.colno)
try:
    json.loads("[1,")
except ValueError as error:
    print("".join(traceback.format_exception_only(error)), end="")
