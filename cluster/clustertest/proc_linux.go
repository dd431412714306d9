package clustertest

import "syscall"

// sysProcAttr: a child dies with the process that started it (a test
// binary killed by its timeout must not leave nodes behind).
func sysProcAttr() *syscall.SysProcAttr {
	return &syscall.SysProcAttr{Pdeathsig: syscall.SIGKILL}
}
