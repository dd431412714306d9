package sim

import (
	"math"
	"math/rand/v2"
	"sort"
)

// State is a bridge's hidden condition at a moment.
type State uint8

// Bridge states of the fault model.
const (
	Healthy  State = iota
	Failing        // most hops fail (after their timeout)
	Degraded       // hops are several times slower and fail a little more
	Paused         // the bridge rejects hops at once; the pause is public
)

var stateNames = [...]string{"healthy", "failing", "degraded", "paused"}

func (s State) String() string { return stateNames[s] }

// FaultModel sets how often bridges break and how badly. Rates scale with
// the run's fault intensity.
type FaultModel struct {
	// MeanHealthyH is the mean time between incidents of one bridge, hours.
	MeanHealthyH float64
	// MeanIncidentH is the mean length of an incident, hours.
	MeanIncidentH float64
	// Shares of incident kinds (the rest are degradations).
	FailingShare, PausedShare float64
	// Failure probabilities of a hop by state.
	FailHealthy, FailDegraded, FailFailing float64
	// DegradeFactor multiplies latency while degraded.
	DegradeFactor float64
}

// DefaultFaults is the default fault model: about one incident per bridge per
// day lasting an hour on average; half of them outright failures.
func DefaultFaults() FaultModel {
	return FaultModel{MeanHealthyH: 24, MeanIncidentH: 1, FailingShare: 0.5, PausedShare: 0.2,
		FailHealthy: 0.002, FailDegraded: 0.05, FailFailing: 0.9, DegradeFactor: 4}
}

// incident is one bridge outage.
type incident struct {
	start, end float64 // seconds from the run's start
	state      State
}

// Schedule is the fault timeline of every bridge: generated once per run and
// shared by all policies.
type Schedule struct {
	byBridge map[string][]incident
}

// NewSchedule draws incidents for bridges over horizon seconds. intensity
// scales the incident rate (0 = no incidents).
func NewSchedule(bridges []string, horizon float64, m FaultModel, intensity float64, seed uint64) *Schedule {
	s := &Schedule{byBridge: map[string][]incident{}}
	if intensity <= 0 {
		return s
	}
	sorted := append([]string(nil), bridges...)
	sort.Strings(sorted)
	for i, b := range sorted {
		rng := rand.New(rand.NewPCG(seed, uint64(i)+0x9e3779b97f4a7c15))
		t := rng.ExpFloat64() * m.MeanHealthyH * 3600 / intensity
		for t < horizon {
			d := rng.ExpFloat64() * m.MeanIncidentH * 3600
			st := Degraded
			switch u := rng.Float64(); {
			case u < m.FailingShare:
				st = Failing
			case u < m.FailingShare+m.PausedShare:
				st = Paused
			}
			s.byBridge[b] = append(s.byBridge[b], incident{start: t, end: t + d, state: st})
			t += d + rng.ExpFloat64()*m.MeanHealthyH*3600/intensity
		}
	}
	return s
}

// At is a bridge's state at time t.
func (s *Schedule) At(bridge string, t float64) State {
	for _, in := range s.byBridge[bridge] {
		if t < in.start {
			break
		}
		if t < in.end {
			return in.state
		}
	}
	return Healthy
}

// pauses lists the public pause and resume times of every bridge, in order.
func (s *Schedule) pauses() []pauseEvent {
	var out []pauseEvent
	for b, ins := range s.byBridge {
		for _, in := range ins {
			if in.state == Paused {
				out = append(out, pauseEvent{t: in.start, bridge: b, paused: true}, pauseEvent{t: in.end, bridge: b})
			}
		}
	}
	sort.Slice(out, func(i, j int) bool {
		if out[i].t != out[j].t {
			return out[i].t < out[j].t
		}
		return out[i].bridge < out[j].bridge
	})
	return out
}

type pauseEvent struct {
	t      float64
	bridge string
	paused bool
}

// draw is a deterministic uniform number in [0,1) for a (transfer, part,
// hop, attempt, purpose) key: every policy sees the same luck for the same
// attempt (common random numbers), so differences come from decisions.
func draw(seed uint64, keys ...uint64) float64 {
	h := seed ^ 0x243f6a8885a308d3
	for _, k := range keys {
		h ^= k + 0x9e3779b97f4a7c15 + (h << 6) + (h >> 2)
		h = splitmix(h)
	}
	return float64(h>>11) / (1 << 53)
}

func splitmix(x uint64) uint64 {
	x += 0x9e3779b97f4a7c15
	x = (x ^ (x >> 30)) * 0xbf58476d1ce4e5b9
	x = (x ^ (x >> 27)) * 0x94d049bb133111eb
	return x ^ (x >> 31)
}

// lognormal draws a latency with the given p50 and p90 from a uniform u.
func lognormal(p50, p90, u float64) float64 {
	if p50 <= 0 {
		return 0
	}
	sigma := 0.0
	if p90 > p50 {
		sigma = math.Log(p90/p50) / 1.2815515655446004
	}
	return p50 * math.Exp(sigma*normInv(u))
}

// normInv is the standard normal quantile (Acklam's rational approximation).
func normInv(p float64) float64 {
	if p <= 0 {
		p = 1e-12
	}
	if p >= 1 {
		p = 1 - 1e-12
	}
	a := [...]float64{-3.969683028665376e+01, 2.209460984245205e+02, -2.759285104469687e+02, 1.383577518672690e+02, -3.066479806614716e+01, 2.506628277459239e+00}
	b := [...]float64{-5.447609879822406e+01, 1.615858368580409e+02, -1.556989798598866e+02, 6.680131188771972e+01, -1.328068155288572e+01}
	c := [...]float64{-7.784894002430293e-03, -3.223964580411365e-01, -2.400758277161838e+00, -2.549671010482069e+00, 4.374664141464968e+00, 2.938163982698783e+00}
	d := [...]float64{7.784695709041462e-03, 3.224671290700398e-01, 2.445134137142996e+00, 3.754408661907416e+00}
	const lo = 0.02425
	switch {
	case p < lo:
		q := math.Sqrt(-2 * math.Log(p))
		return (((((c[0]*q+c[1])*q+c[2])*q+c[3])*q+c[4])*q + c[5]) / ((((d[0]*q+d[1])*q+d[2])*q+d[3])*q + 1)
	case p > 1-lo:
		q := math.Sqrt(-2 * math.Log(1-p))
		return -(((((c[0]*q+c[1])*q+c[2])*q+c[3])*q+c[4])*q + c[5]) / ((((d[0]*q+d[1])*q+d[2])*q+d[3])*q + 1)
	}
	q := p - 0.5
	r := q * q
	return (((((a[0]*r+a[1])*r+a[2])*r+a[3])*r+a[4])*r + a[5]) * q / (((((b[0]*r+b[1])*r+b[2])*r+b[3])*r+b[4])*r + 1)
}
