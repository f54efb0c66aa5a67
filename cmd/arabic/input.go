package main

import (
	"io"
	"os"
)

// inputs reads the named files one after another as one stream, opening each
// only when the previous one is exhausted, so that memory and open files stay
// bounded. No names, or the name "-", read standard input.
type inputs struct {
	stdin io.Reader
	names []string
	cur   io.Reader
	file  *os.File // the open file behind cur, if any
}

func (e *env) inputs(names []string) *inputs {
	if len(names) == 0 {
		names = []string{"-"}
	}
	return &inputs{stdin: e.stdin, names: names}
}

func (in *inputs) Read(p []byte) (int, error) {
	for {
		if in.cur == nil {
			if len(in.names) == 0 {
				return 0, io.EOF
			}
			name := in.names[0]
			in.names = in.names[1:]
			if name == "-" {
				in.cur = in.stdin
			} else {
				f, err := os.Open(name)
				if err != nil {
					return 0, err
				}
				in.cur, in.file = f, f
			}
		}
		n, err := in.cur.Read(p)
		if err == io.EOF {
			in.Close()
			in.cur = nil
			if n == 0 {
				continue
			}
			err = nil
		}
		return n, err
	}
}

// Close closes the file being read, if any.
func (in *inputs) Close() error {
	if in.file == nil {
		return nil
	}
	err := in.file.Close()
	in.file = nil
	return err
}
