# cmd: a Cmd subclass driven from a StringIO (prompt, commands, help listings, ?, !, empty lines repeating,
# unknown syntax, EOF, hooks, cmdqueue), parseline, columnize.
import cmd
import io


class Shell(cmd.Cmd):
    intro = 'Welcome to the shell.'
    prompt = '(sh) '

    def preloop(self):
        self.stdout.write('[preloop]\n')

    def postloop(self):
        self.stdout.write('[postloop]\n')

    def precmd(self, line):
        return line.replace('SHOUT', 'greet').strip()

    def postcmd(self, stop, line):
        self.stdout.write('[after %r -> %r]\n' % (line, stop))
        return stop

    def do_greet(self, arg):
        """Greet someone: greet NAME"""
        self.stdout.write('hello, %s\n' % (arg or 'nobody'))

    def do_add(self, arg):
        self.stdout.write('%d\n' % sum(int(x) for x in arg.split()))

    def do_shell(self, arg):
        "Run a shell command (pretend)."
        self.stdout.write('shell: %r\n' % arg)

    def help_add(self):
        self.stdout.write('add numbers\n')

    def help_topic(self):
        self.stdout.write('a topic without a command\n')

    def do_quit(self, arg):
        return True

    def do_EOF(self, arg):
        self.stdout.write('EOF seen\n')
        return True


out = io.StringIO()
shell = Shell(stdin=io.StringIO('greet Ann\n\nadd 1 2 3\n  SHOUT Bob  \n?\nhelp greet\nhelp add\nhelp nothing\n'
                                 'help quit\n!ls -l\nbogus stuff\n%%%\nhelp\nquit\ngreet never\n'),
              stdout=out)
shell.use_rawinput = False
shell.cmdloop()
print(out.getvalue())

out = io.StringIO()
shell = Shell(stdin=io.StringIO('greet X'), stdout=out)
shell.use_rawinput = False
shell.cmdqueue.append('add 5 5')
shell.cmdloop(intro='Other intro')
print(out.getvalue())
print(repr(shell.lastcmd))

c = cmd.Cmd(stdout=io.StringIO())
print(c.parseline('  help me  '), c.parseline(''), c.parseline('?x'), c.parseline('!x'), c.parseline('a-b c'))
print(c.onecmd('nothing'), c.stdout.getvalue(), repr(c.lastcmd))
print(c.prompt, cmd.PROMPT, c.identchars == cmd.IDENTCHARS, c.completekey, c.use_rawinput, c.ruler)
print(sorted(c.completenames('he')), sorted(shell.completenames('')), sorted(shell.complete_help('t')))
for items in [[], ['one'], ['a', 'bb', 'ccc'], ['word%d' % i for i in range(30)], ['x' * 50, 'y' * 40, 'z']]:
    buf = io.StringIO()
    c.stdout = buf
    c.columnize(items, 40)
    print(buf.getvalue(), end='--\n')
try:
    c.columnize(['a', 1, 'b', None])
except TypeError as e:
    print('TypeError', e)
c.stdout = io.StringIO()
c.do_help('')
print(repr(c.stdout.getvalue()))
print(cmd.__all__)
