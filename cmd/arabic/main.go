// Command arabic is a Unix filter over the packages of
// github.com/go-arabic/arabic: it normalizes, tokenizes, stems and romanizes
// Arabic text.
//
// Usage:
//
//	arabic COMMAND [FLAGS] [FILE...]
//
// With no FILE, or FILE "-", it reads standard input. Output goes to standard
// output and diagnostics to standard error. The exit status is 0 on success, 2
// on a usage error (unknown command, flag or value; the message names the
// valid values) and 1 on an I/O error. Every command streams: memory stays
// bounded however large the input, lines of any length work, and ill-formed
// UTF-8 passes through unchanged. Run "arabic help" for the commands and
// "arabic help COMMAND" or "arabic COMMAND -h" for one command's flags and
// examples.
package main

import (
	"bufio"
	"errors"
	"flag"
	"fmt"
	"io"
	"os"
	"strings"
)

func main() {
	os.Exit(run(os.Args[1:], os.Stdin, os.Stdout, os.Stderr))
}

// A command is one subcommand of arabic.
type command struct {
	name    string
	args    string // the synopsis after the name, e.g. "[-form NAME] [FILE...]"
	summary string // one line for "arabic help"
	help    string // paragraphs and examples for "arabic help NAME"
	// flags declares the command's flags on fs and returns the function that
	// runs the command once they are parsed.
	flags func(fs *flag.FlagSet) func(env *env, files []string) error
}

// commands is the table of subcommands, in the order "arabic help" lists them.
var commands = []*command{
	&analyzeCommand,
	&normalizeCommand,
	&tokenizeCommand,
	&stemCommand,
	&romanizeCommand,
}

// env is what a command reads from and writes to.
type env struct {
	stdin  io.Reader
	stdout *bufio.Writer
	stderr io.Writer
}

// usageError is a mistake in the command line: exit status 2.
type usageError struct{ msg string }

func (e *usageError) Error() string { return e.msg }

func usagef(format string, args ...any) error {
	return &usageError{fmt.Sprintf(format, args...)}
}

// run runs the command line args and returns the exit status.
func run(args []string, stdin io.Reader, stdout, stderr io.Writer) int {
	if len(args) == 0 {
		printUsage(stderr)
		return 2
	}
	name, args := args[0], args[1:]
	switch name {
	case "help", "-h", "-help", "--help":
		return help(args, stdout, stderr)
	}
	cmd := lookup(name)
	if cmd == nil {
		fmt.Fprintf(stderr, "arabic: unknown command %q; the commands are %s\n", name, commandNames())
		return 2
	}
	fs := flag.NewFlagSet("arabic "+cmd.name, flag.ContinueOnError)
	fs.SetOutput(stderr)
	fs.Usage = func() { printCommandHelp(stderr, cmd, fs) }
	exec := cmd.flags(fs)
	if err := fs.Parse(args); err != nil {
		if errors.Is(err, flag.ErrHelp) {
			return 0
		}
		return 2 // the flag package has printed the error and the usage
	}
	out := bufio.NewWriterSize(stdout, 64<<10)
	err := exec(&env{stdin: stdin, stdout: out, stderr: stderr}, fs.Args())
	if ferr := out.Flush(); err == nil {
		err = ferr
	}
	var uerr *usageError
	switch {
	case err == nil:
		return 0
	case errors.As(err, &uerr):
		fmt.Fprintf(stderr, "arabic %s: %v\n", cmd.name, err)
		fmt.Fprintf(stderr, "usage: arabic %s %s\n", cmd.name, cmd.args)
		return 2
	default:
		fmt.Fprintf(stderr, "arabic %s: %v\n", cmd.name, err)
		return 1
	}
}

func lookup(name string) *command {
	for _, c := range commands {
		if c.name == name {
			return c
		}
	}
	return nil
}

func commandNames() string {
	names := make([]string, len(commands))
	for i, c := range commands {
		names[i] = c.name
	}
	return strings.Join(names, ", ")
}

func help(args []string, stdout, stderr io.Writer) int {
	if len(args) == 0 {
		printUsage(stdout)
		return 0
	}
	cmd := lookup(args[0])
	if cmd == nil {
		fmt.Fprintf(stderr, "arabic help: unknown command %q; the commands are %s\n", args[0], commandNames())
		return 2
	}
	fs := flag.NewFlagSet("arabic "+cmd.name, flag.ContinueOnError)
	cmd.flags(fs)
	printCommandHelp(stdout, cmd, fs)
	return 0
}

func printUsage(w io.Writer) {
	fmt.Fprint(w, `arabic normalizes, tokenizes, stems and romanizes Arabic text.

Usage:

	arabic COMMAND [FLAGS] [FILE...]

With no FILE, or FILE "-", a command reads standard input. Every command
streams, keeps lines of any length, and passes ill-formed UTF-8 through.
Exit status: 0 on success, 2 on a usage error, 1 on an I/O error.

The commands are:

`)
	for _, c := range commands {
		fmt.Fprintf(w, "\t%-10s %s\n", c.name, c.summary)
	}
	fmt.Fprint(w, "\nRun \"arabic help COMMAND\" for a command's flags and examples.\n")
}

func printCommandHelp(w io.Writer, cmd *command, fs *flag.FlagSet) {
	fmt.Fprintf(w, "usage: arabic %s %s\n\n%s\n", cmd.name, cmd.args, strings.TrimSpace(cmd.help))
	hasFlags := false
	fs.VisitAll(func(*flag.Flag) { hasFlags = true })
	if hasFlags {
		fmt.Fprint(w, "\nFlags:\n")
		fs.SetOutput(w)
		fs.PrintDefaults()
	}
}

// A named is a value a flag picks by name: a stem.Stemmer or a
// transliterate.Scheme.
type named interface{ Name() string }

// byName returns the value of all called name.
func byName[T named](all []T, name string) (T, bool) {
	for _, v := range all {
		if v.Name() == name {
			return v, true
		}
	}
	var zero T
	return zero, false
}

// names lists the names of the values of all.
func names[T named](all []T) string {
	list := make([]string, len(all))
	for i, v := range all {
		list[i] = v.Name()
	}
	return strings.Join(list, ", ")
}
