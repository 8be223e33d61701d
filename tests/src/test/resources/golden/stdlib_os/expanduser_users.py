# os.path.expanduser: ~ from $HOME, ~user from the password database, unknown users left alone, bytes too.
import os
import pwd

root_home = pwd.getpwnam("root").pw_dir
print(os.path.expanduser("~root/bar") == root_home.rstrip("/") + "/bar")
print(os.path.expanduser("~nosuchuser_xyz/a"), os.path.expanduser("plain/~"))
print(os.path.expanduser(b"~root") == os.fsencode(root_home.rstrip("/") or "/"))
os.environ["HOME"] = "/"
print(os.path.expanduser("~/x"), os.path.expanduser("~"), os.path.expanduser(b"~/y"))
os.environ["HOME"] = "/home/someone/"
print(os.path.expanduser("~"), os.path.expanduser("~/z"))
del os.environ["HOME"]
print(os.path.expanduser("~") == pwd.getpwuid(os.getuid()).pw_dir.rstrip("/") or "/")

import binascii

# a uuencoded line whose data stops early: the missing characters count as zero bits
decoded = binascii.a2b_uu(bytes.fromhex("4d4d0a"))
print(decoded[:2], len(decoded), binascii.a2b_uu(binascii.b2a_uu(b"abc")))
