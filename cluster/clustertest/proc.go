// Package clustertest runs a Strait cluster as real processes on 127.0.0.1
// for the fault tests and `strait bench cluster`: an embedded NATS server
// with JetStream (in the calling process), the EVM devnet chains as a
// `strait evm-devnet` process, and N `strait node` processes that can be
// killed (SIGKILL), frozen (SIGSTOP), thawed (SIGCONT) and restarted. It
// also drives load through the wallet API (quote, sign, submit, wait) and
// checks the outcome against the replicated journal and the chains.
//
// Every process writes its output to a log file in the environment's
// directory; Close ends every process it started.
package clustertest

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"os"
	"os/exec"
	"strings"
	"sync"
	"syscall"
	"time"
)

// Proc is one child process with its output in a log file.
type Proc struct {
	Name    string
	LogPath string

	cmd  *exec.Cmd
	log  *os.File
	done chan struct{}

	mu      sync.Mutex
	err     error // Wait's result, once done is closed
	stopped bool  // SIGSTOPped and not continued
}

// StartProc starts bin with args in dir, its stdout and stderr appended to
// logPath.
func StartProc(name, logPath, dir, bin string, args ...string) (*Proc, error) {
	f, err := os.OpenFile(logPath, os.O_CREATE|os.O_WRONLY|os.O_APPEND, 0o644)
	if err != nil {
		return nil, fmt.Errorf("%s: log file: %w", name, err)
	}
	fmt.Fprintf(f, "=== %s: %s %s\n", time.Now().UTC().Format(time.RFC3339Nano), bin, strings.Join(args, " "))
	cmd := exec.Command(bin, args...)
	cmd.Dir = dir
	cmd.Stdout, cmd.Stderr = f, f
	cmd.SysProcAttr = sysProcAttr()
	if err := cmd.Start(); err != nil {
		f.Close()
		return nil, fmt.Errorf("%s: start: %w", name, err)
	}
	p := &Proc{Name: name, LogPath: logPath, cmd: cmd, log: f, done: make(chan struct{})}
	go func() {
		err := cmd.Wait()
		p.mu.Lock()
		p.err = err
		p.mu.Unlock()
		f.Close()
		close(p.done)
	}()
	return p, nil
}

// Pid is the process id.
func (p *Proc) Pid() int { return p.cmd.Process.Pid }

// Done is closed when the process has exited.
func (p *Proc) Done() <-chan struct{} { return p.done }

// Exited reports whether the process has exited, and how.
func (p *Proc) Exited() (bool, error) {
	select {
	case <-p.done:
		p.mu.Lock()
		defer p.mu.Unlock()
		return true, p.err
	default:
		return false, nil
	}
}

func (p *Proc) signal(sig syscall.Signal) error {
	if exited, _ := p.Exited(); exited {
		return fmt.Errorf("%s: already exited", p.Name)
	}
	if err := p.cmd.Process.Signal(sig); err != nil {
		return fmt.Errorf("%s: %v: %w", p.Name, sig, err)
	}
	return nil
}

// Kill sends SIGKILL (no shutdown code runs) and waits for the exit.
func (p *Proc) Kill() error {
	if exited, _ := p.Exited(); exited {
		return nil
	}
	if err := p.signal(syscall.SIGKILL); err != nil {
		return err
	}
	<-p.done
	p.mu.Lock()
	p.stopped = false
	p.mu.Unlock()
	return nil
}

// Freeze sends SIGSTOP: the process keeps its sockets and state but runs
// nothing until Thaw.
func (p *Proc) Freeze() error {
	if err := p.signal(syscall.SIGSTOP); err != nil {
		return err
	}
	p.mu.Lock()
	p.stopped = true
	p.mu.Unlock()
	return nil
}

// Thaw sends SIGCONT.
func (p *Proc) Thaw() error {
	if err := p.signal(syscall.SIGCONT); err != nil {
		return err
	}
	p.mu.Lock()
	p.stopped = false
	p.mu.Unlock()
	return nil
}

// Term sends SIGTERM and waits up to timeout for a clean exit; past it the
// process is killed and an error returned.
func (p *Proc) Term(timeout time.Duration) error {
	if exited, err := p.Exited(); exited {
		return err
	}
	p.mu.Lock()
	stopped := p.stopped
	p.mu.Unlock()
	if stopped {
		_ = p.Thaw()
	}
	if err := p.signal(syscall.SIGTERM); err != nil {
		return err
	}
	select {
	case <-p.done:
		p.mu.Lock()
		defer p.mu.Unlock()
		if p.err != nil {
			return fmt.Errorf("%s: exit after SIGTERM: %w", p.Name, p.err)
		}
		return nil
	case <-time.After(timeout):
		_ = p.Kill()
		return fmt.Errorf("%s: no exit within %v of SIGTERM; killed", p.Name, timeout)
	}
}

// WaitLog waits until the log file holds substr, the process exits or ctx
// ends.
func (p *Proc) WaitLog(ctx context.Context, substr string) error {
	t := time.NewTicker(50 * time.Millisecond)
	defer t.Stop()
	for {
		if b, err := os.ReadFile(p.LogPath); err == nil && bytes.Contains(b, []byte(substr)) {
			return nil
		}
		if exited, err := p.Exited(); exited {
			return fmt.Errorf("%s exited (%v) before logging %q\n%s", p.Name, err, substr, Tail(p.LogPath, 3000))
		}
		select {
		case <-ctx.Done():
			return fmt.Errorf("%s: %q not logged: %w\n%s", p.Name, substr, ctx.Err(), Tail(p.LogPath, 3000))
		case <-t.C:
		}
	}
}

// Tail returns the last n bytes of a file (for failure messages).
func Tail(path string, n int) string {
	b, err := os.ReadFile(path)
	if err != nil {
		return fmt.Sprintf("(%s: %v)", path, err)
	}
	if len(b) > n {
		b = b[len(b)-n:]
		if i := bytes.IndexByte(b, '\n'); i >= 0 {
			b = b[i+1:]
		}
	}
	return string(b)
}

// CountInLog counts the lines of a file that contain every one of substrs.
func CountInLog(path string, substrs ...string) (int, error) {
	b, err := os.ReadFile(path)
	if err != nil {
		if errors.Is(err, os.ErrNotExist) {
			return 0, nil
		}
		return 0, err
	}
	n := 0
lines:
	for _, line := range bytes.Split(b, []byte("\n")) {
		for _, s := range substrs {
			if !bytes.Contains(line, []byte(s)) {
				continue lines
			}
		}
		n++
	}
	return n, nil
}
