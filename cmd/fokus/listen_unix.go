//go:build unix

package main

import "syscall"

// The errors of a listen that fokus serve explains: the port is taken, the
// address is not this machine's, the port is the system's.
var (
	errAddrInUse    = syscall.EADDRINUSE
	errAddrNotAvail = syscall.EADDRNOTAVAIL
	errAccess       = syscall.EACCES
)
