print("importing", __name__)
raise ValueError("bad on purpose")
