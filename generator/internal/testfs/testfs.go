// Package testfs makes the files that tests need and that only some systems
// have, so that every package's tests build on Linux, macOS and Windows and
// skip there what the system cannot make.
package testfs
