package normalize

import (
	"bytes"
	"os"
	"os/exec"
	"path/filepath"
	"testing"
)

// TestTablesUpToDate regenerates tables.go from gen.go and compares: a rule
// changed in gen.go without "go generate" fails here.
func TestTablesUpToDate(t *testing.T) {
	if testing.Short() {
		t.Skip("-short: not running the generator")
	}
	goTool, err := exec.LookPath("go")
	if err != nil {
		t.Skip("no go command to run the generator with")
	}
	out := filepath.Join(t.TempDir(), "tables.go")
	cmd := exec.Command(goTool, "run", "gen.go", "-output", out)
	if msg, err := cmd.CombinedOutput(); err != nil {
		t.Fatalf("go run gen.go: %v\n%s", err, msg)
	}
	want, err := os.ReadFile(out)
	if err != nil {
		t.Fatal(err)
	}
	got, err := os.ReadFile("tables.go")
	if err != nil {
		t.Fatal(err)
	}
	if !bytes.Equal(got, want) {
		t.Error("tables.go is stale: run go generate in normalize/")
	}
}

// TestFlagNames checks that the names Format and ParseForm use follow the
// order of the flag bits.
func TestFlagNames(t *testing.T) {
	if got, want := len(flagNames), bitLen(allFlags); got != want {
		t.Fatalf("%d flag names for %d flags", got, want)
	}
	for i, name := range flagNames {
		if f, ok := lookupForm(name); !ok || f != 1<<i {
			t.Errorf("lookupForm(%q) = %v, %v; want bit %d", name, uint32(f), ok, i)
		}
	}
}

func bitLen(f Form) int {
	n := 0
	for ; f != 0; f >>= 1 {
		n++
	}
	return n
}
