//go:build !linux

package clustertest

import "syscall"

// sysProcAttr: no parent-death signal outside Linux; Close ends the
// children.
func sysProcAttr() *syscall.SysProcAttr { return &syscall.SysProcAttr{} }
