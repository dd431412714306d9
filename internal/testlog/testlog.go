// Package testlog holds what tests use to read the logs of code that logs
// from several goroutines (and the e2e benchmark, its load generator's
// stderr).
package testlog

import (
	"bytes"
	"sync"
)

// Buffer is an io.Writer for a logger that several goroutines write to at
// once; String reads what was written so far.
type Buffer struct {
	mu sync.Mutex
	b  bytes.Buffer
}

func (s *Buffer) Write(p []byte) (int, error) {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.b.Write(p)
}

func (s *Buffer) String() string {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.b.String()
}
