//go:build unix

package proccpu

import (
	"syscall"
	"time"
)

// Used is the user and system CPU time of this process so far (0 if the
// system does not say).
func Used() time.Duration {
	var ru syscall.Rusage
	if syscall.Getrusage(syscall.RUSAGE_SELF, &ru) != nil {
		return 0
	}
	return time.Duration(ru.Utime.Nano() + ru.Stime.Nano())
}
