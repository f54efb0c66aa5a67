// Package bench compares github.com/go-arabic/arabic with other Go libraries
// on the same bytes, in one "go test -bench" run. It is its own module so that
// users of the library never download the libraries it is compared with.
package bench
