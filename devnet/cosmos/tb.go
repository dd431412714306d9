package cosmos

import (
	"fmt"
	"log/slog"
	"strings"
	"testing"
)

// tb adapts ibc-go's testing helpers (which take a testing.TB) to a
// running process: a failed assertion panics with a *failure, which the
// chain's owner turns into an error. Methods the helpers do not use are left
// to the embedded nil testing.TB (calling one panics, which is also caught).
type tb struct {
	testing.TB
	name   string
	logger *slog.Logger
	errs   []string
}

// failure is the panic value of a failed assertion.
type failure struct{ msg string }

func (f *failure) Error() string { return "simapp: " + f.msg }

func (t *tb) Helper()      {}
func (t *tb) Name() string { return t.name }
func (t *tb) Log(args ...any) {
	t.logger.Debug(fmt.Sprint(args...))
}
func (t *tb) Logf(format string, args ...any) { t.logger.Debug(fmt.Sprintf(format, args...)) }
func (t *tb) Error(args ...any)               { t.errs = append(t.errs, fmt.Sprint(args...)) }
func (t *tb) Errorf(format string, args ...any) {
	t.errs = append(t.errs, fmt.Sprintf(format, args...))
}
func (t *tb) Fail()        { t.errs = append(t.errs, "failed") }
func (t *tb) Failed() bool { return len(t.errs) > 0 }
func (t *tb) FailNow()     { t.fatal() }
func (t *tb) Fatal(args ...any) {
	t.errs = append(t.errs, fmt.Sprint(args...))
	t.fatal()
}
func (t *tb) Fatalf(format string, args ...any) {
	t.errs = append(t.errs, fmt.Sprintf(format, args...))
	t.fatal()
}
func (t *tb) Cleanup(func()) {}

func (t *tb) fatal() {
	msg := strings.Join(t.errs, "; ")
	t.errs = nil
	panic(&failure{msg: msg})
}

// catch runs f and turns a panic (a failed assertion, or anything else in
// the application) into an error.
func catch(what string, f func() error) (err error) {
	defer func() {
		if r := recover(); r != nil {
			if e, ok := r.(error); ok {
				err = fmt.Errorf("%s: %w", what, e)
			} else {
				err = fmt.Errorf("%s: panic: %v", what, r)
			}
		}
	}()
	return f()
}
