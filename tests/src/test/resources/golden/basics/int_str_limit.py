import sys
n = 10 ** 4299
print(len(str(n)))
print(sys.get_int_max_str_digits())
try:
    str(10 ** 4300)
except ValueError as e:
    print("ValueError:", e)
try:
    int("9" * 4301)
except ValueError as e:
    print("ValueError:", e)
print(len(hex(10 ** 5000)))
sys.set_int_max_str_digits(0)
print(len(str(10 ** 5000)))
import sys
try: sys.set_int_max_str_digits(5)
except ValueError as e: print(e)
sys.set_int_max_str_digits(maxdigits=700); print(sys.get_int_max_str_digits())
try: str(10**800)
except ValueError as e: print(e)
print(int('1'*700) > 0)
try: print(f'{10**800}')
except ValueError as e: print(e)
