//go:build windows

package main

import "golang.org/x/sys/windows"

// The errors of a listen that fokus serve explains, as Windows' sockets
// name them: syscall's EADDRINUSE is a number Go makes up there, which no
// listen returns.
var (
	errAddrInUse    = windows.WSAEADDRINUSE
	errAddrNotAvail = windows.WSAEADDRNOTAVAIL
	errAccess       = windows.WSAEACCES
)
