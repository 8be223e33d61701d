# sys's struct sequences: version_info, float_info, int_info, hash_info.
import sys
print(sys.version_info, sys.version_info.major, sys.version_info >= (3, 8), sys.version_info[:2], type(sys.version_info).__name__)
print(sys.float_info.max, sys.float_info.epsilon, sys.float_info.dig, sys.float_info.min, sys.int_info.bits_per_digit, sys.hash_info.modulus)
print(sys.float_info)
print(sys.implementation.name != "", len(sys.version_info))
