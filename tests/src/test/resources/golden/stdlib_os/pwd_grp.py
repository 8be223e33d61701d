# pwd and grp: the password and group databases, their struct sequences and errors.
import grp
import os
import pwd

root = pwd.getpwuid(0)
print(root)
print(type(root), type(root).__module__, isinstance(root, tuple), len(root))
print(root.pw_name, root.pw_uid, root.pw_gid, root.pw_dir, root[0], root[2:4], root[-1] == root.pw_shell)
print(pwd.struct_passwd.n_fields, pwd.struct_passwd.n_sequence_fields, pwd.struct_passwd.n_unnamed_fields)
print(pwd.getpwnam("root") == root, pwd.getpwnam(root.pw_name) is not root)
entries = pwd.getpwall()
print(type(entries), root in entries, all(isinstance(e, pwd.struct_passwd) for e in entries))
print(all(pwd.getpwnam(e.pw_name).pw_uid == e.pw_uid for e in entries))
me = pwd.getpwuid(os.getuid())
print(me.pw_uid == os.getuid(), type(me.pw_uid), type(me.pw_gecos))

group = grp.getgrgid(0)
print(group, group.gr_name, group.gr_gid, type(group.gr_mem))
print(grp.getgrnam(group.gr_name) == group, group in grp.getgrall())
print(all(isinstance(g.gr_mem, list) and all(isinstance(m, str) for m in g.gr_mem) for g in grp.getgrall()))
print(grp.struct_group.n_fields, sorted(n for n in dir(grp) if not n.startswith("_")))
print(sorted(n for n in dir(pwd) if not n.startswith("_")))

made = pwd.struct_passwd(("user", "x", 1000, 1000, "A User", "/home/user", "/bin/sh"))
print(made, made.pw_gecos, made == ("user", "x", 1000, 1000, "A User", "/home/user", "/bin/sh"))
print(made.__reduce__())
print(grp.struct_group(["staff", "*", 50, ["a", "b"]]))
match made:
    case pwd.struct_passwd(pw_name=name, pw_uid=uid):
        print("matched", name, uid)


def attempt(label, f, *args):
    try:
        print(label, repr(f(*args)))
    except Exception as e:
        print(label, type(e).__name__, e)


attempt("unknown uid:", pwd.getpwuid, 987654)
attempt("uid -1:", pwd.getpwuid, -1)
attempt("uid too big:", pwd.getpwuid, 2 ** 40)
attempt("uid str:", pwd.getpwuid, "0")
attempt("uid float:", pwd.getpwuid, 0.0)
attempt("unknown name:", pwd.getpwnam, "no_such_user_krait")
attempt("name int:", pwd.getpwnam, 0)
attempt("name with NUL:", pwd.getpwnam, "ro\0ot")
attempt("no sequence:", pwd.struct_passwd)
attempt("short sequence:", pwd.struct_passwd, ("a", "b"))
attempt("long sequence:", pwd.struct_passwd, tuple(range(9)))
attempt("not a sequence:", pwd.struct_passwd, 7)
attempt("set field:", setattr, made, "pw_name", "other")
attempt("set other:", setattr, made, "other", 1)
attempt("no uid:", pwd.getpwuid)
attempt("two names:", pwd.getpwnam, "a", "b")
attempt("getpwall argument:", pwd.getpwall, 1)
attempt("uid keyword:", lambda: pwd.getpwuid(uid=0))
attempt("no gid:", grp.getgrgid)
attempt("two gids:", grp.getgrgid, 0, 1)
attempt("two keywords:", lambda: grp.getgrnam(name="root", x=1))
attempt("getgrall argument:", grp.getgrall, 1)
attempt("gid keyword:", lambda: grp.getgrgid(id=0).gr_name)
attempt("name keyword:", lambda: grp.getgrnam(name="root").gr_gid)
attempt("unknown gid:", grp.getgrgid, 987654)
attempt("gid str:", grp.getgrgid, "0")
attempt("unknown group:", grp.getgrnam, "no_such_group_krait")
attempt("group int:", grp.getgrnam, 5)
attempt("group sequence:", grp.struct_group, (1, 2, 3))

# os: process ids
print(os.getppid() > 0, os.getppid() != os.getpid(), type(os.getppid()))
attempt("kill no such process:", os.kill, 2 ** 22 + 12345, 0)
attempt("kill bad signal:", os.kill, os.getpid(), 1000)
print(os.kill(os.getpid(), 0))
