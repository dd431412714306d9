package sim

import (
	"fmt"
	"io"
	"math"
	"strings"
)

// Table writes the result as a human table.
func (r *Result) Table(w io.Writer) {
	fmt.Fprintf(w, "topology %s, seed %d, %.0f h, %d transfers, fault intensity %.2g× (%d incidents)\n",
		r.Topology, r.Seed, r.Hours, r.Transfers, r.FaultIntensity, r.Incidents)
	fmt.Fprintf(w, "%-20s %9s %9s %8s %7s %10s %10s %9s %9s %8s %7s\n", "policy", "delivered", "rerouted", "refunded", "failed", "mean time", "p90 time", "cost bps", "dlv bps", "via fail", "splits")
	for _, p := range r.Policies {
		fmt.Fprintf(w, "%-20s %8.2f%% %9d %7.2f%% %6.2f%% %9.0fs %9.0fs %9.2f %9.2f %8d %7d\n", p.Policy,
			100*p.DeliveredWithoutRefund, p.DeliveredAfterReroute, 100*p.RefundRate, 100*p.FailRate,
			p.MeanCompletionS, p.P90CompletionS, p.MeanCostBps, p.MeanCostDeliveredBps, p.ThroughFailingBridge, p.Splits)
	}
	if c := r.Comparison; c != nil {
		verdict := "not met"
		if c.Met {
			verdict = "met"
		}
		fmt.Fprintf(w, "strait-recommended delivered %d of the %d transfers static-cheapest refunded or failed (%.1f%%, target ≥ %.0f%%) at %.3f× its cost on the %d transfers both delivered (target ≤ %.2f×; %.3f× unpaired): %s\n",
			c.RecommendedDeliveredOfThose, c.StaticCheapestFailedOrRefunded, 100*c.RecoveredShare, 100*c.TargetRecoveredShare, c.CostRatio, c.PairedTransfers, c.TargetCostRatio, c.UnpairedCostRatio, verdict)
	}
}

// SVG draws delivered rate and mean cost over time, one line per policy.
func (r *Result) SVG() []byte {
	const W, H, pad, gap = 900, 560, 60, 40
	ph := (H - 2*pad - gap) / 2
	colors := []string{"#d62728", "#ff7f0e", "#1f77b4", "#2ca02c", "#9467bd", "#8c564b"}
	var b strings.Builder
	fmt.Fprintf(&b, `<svg xmlns="http://www.w3.org/2000/svg" width="%d" height="%d" font-family="sans-serif" font-size="12">`+"\n", W, H)
	fmt.Fprintf(&b, `<rect width="%d" height="%d" fill="white"/>`+"\n", W, H)
	fmt.Fprintf(&b, `<text x="%d" y="20" font-size="14">Strait policy simulation: %s, seed %d, fault intensity %.2g×</text>`+"\n", pad, r.Topology, r.Seed, r.FaultIntensity)
	maxT := r.Hours
	panel := func(top int, title string, val func(Point) float64, lo, hi float64) {
		fmt.Fprintf(&b, `<rect x="%d" y="%d" width="%d" height="%d" fill="none" stroke="#999"/>`+"\n", pad, top, W-2*pad-150, ph)
		fmt.Fprintf(&b, `<text x="%d" y="%d">%s</text>`+"\n", pad, top-6, title)
		for i := 0; i <= 4; i++ {
			v := lo + (hi-lo)*float64(i)/4
			y := float64(top+ph) - float64(ph)*float64(i)/4
			fmt.Fprintf(&b, `<text x="%d" y="%.1f" text-anchor="end">%.3g</text>`+"\n", pad-4, y+4, v)
		}
		pw := float64(W - 2*pad - 150)
		for pi, p := range r.Policies {
			var pts []string
			for _, s := range p.Series {
				x := float64(pad) + pw*(s.StartH+0.5)/maxT
				v := val(s)
				if math.IsNaN(v) {
					continue
				}
				y := float64(top+ph) - float64(ph)*(v-lo)/(hi-lo)
				pts = append(pts, fmt.Sprintf("%.1f,%.1f", x, math.Max(float64(top), math.Min(float64(top+ph), y))))
			}
			fmt.Fprintf(&b, `<polyline fill="none" stroke="%s" stroke-width="1.5" points="%s"/>`+"\n", colors[pi%len(colors)], strings.Join(pts, " "))
		}
	}
	lo, hi := 1.0, 1.0
	cmax := 0.0
	for _, p := range r.Policies {
		for _, s := range p.Series {
			lo = math.Min(lo, s.DeliveredRate)
			cmax = math.Max(cmax, s.MeanCostBps)
		}
	}
	lo = math.Max(0, math.Floor(lo*20)/20)
	if lo >= hi {
		lo = hi - 0.05
	}
	panel(pad, "delivered without refund (share of transfers arriving in each hour)", func(s Point) float64 { return s.DeliveredRate }, lo, hi)
	panel(pad+ph+gap, "mean cost (bps of the amount)", func(s Point) float64 { return s.MeanCostBps }, 0, math.Max(1, math.Ceil(cmax)))
	pw := float64(W - 2*pad - 150)
	step := math.Max(1, math.Ceil(maxT/12))
	for h := 0.0; h <= maxT; h += step {
		x := float64(pad) + pw*h/maxT
		for _, top := range []int{pad, pad + ph + gap} {
			fmt.Fprintf(&b, `<text x="%.1f" y="%d" text-anchor="middle">%.0f</text>`+"\n", x, top+ph+14, h)
		}
	}
	fmt.Fprintf(&b, `<text x="%d" y="%d">hours since start (by arrival)</text>`+"\n", W/2-160, H-4)
	for pi, p := range r.Policies {
		y := pad + 20*pi
		fmt.Fprintf(&b, `<line x1="%d" y1="%d" x2="%d" y2="%d" stroke="%s" stroke-width="3"/>`+"\n", W-pad-140, y, W-pad-120, y, colors[pi%len(colors)])
		fmt.Fprintf(&b, `<text x="%d" y="%d">%s</text>`+"\n", W-pad-115, y+4, p.Policy)
	}
	b.WriteString("</svg>\n")
	return []byte(b.String())
}

// SweepSVG draws delivered-without-refund rate and mean delivered cost
// against fault intensity, one line per policy.
func SweepSVG(rs []*Result) []byte {
	const W, H, pad, gap = 900, 560, 60, 50
	ph := (H - 2*pad - gap) / 2
	colors := []string{"#d62728", "#ff7f0e", "#1f77b4", "#2ca02c", "#9467bd", "#8c564b"}
	var b strings.Builder
	fmt.Fprintf(&b, `<svg xmlns="http://www.w3.org/2000/svg" width="%d" height="%d" font-family="sans-serif" font-size="12">`+"\n", W, H)
	fmt.Fprintf(&b, `<rect width="%d" height="%d" fill="white"/>`+"\n", W, H)
	if len(rs) == 0 {
		b.WriteString("</svg>\n")
		return []byte(b.String())
	}
	fmt.Fprintf(&b, `<text x="%d" y="20" font-size="14">Strait policy simulation: fault-intensity sweep, %s, seed %d, %.0f h</text>`+"\n", pad, rs[0].Topology, rs[0].Seed, rs[0].Hours)
	maxF := 0.0
	for _, r := range rs {
		maxF = math.Max(maxF, r.FaultIntensity)
	}
	if maxF == 0 {
		maxF = 1
	}
	pw := float64(W - 2*pad - 150)
	panel := func(top int, title string, val func(PolicyResult) float64) {
		lo, hi := math.Inf(1), math.Inf(-1)
		for _, r := range rs {
			for _, p := range r.Policies {
				lo, hi = math.Min(lo, val(p)), math.Max(hi, val(p))
			}
		}
		pad2 := (hi - lo) * 0.1
		if pad2 == 0 {
			pad2 = 0.01
		}
		lo, hi = lo-pad2, hi+pad2
		fmt.Fprintf(&b, `<rect x="%d" y="%d" width="%.0f" height="%d" fill="none" stroke="#999"/>`+"\n", pad, top, pw, ph)
		fmt.Fprintf(&b, `<text x="%d" y="%d">%s</text>`+"\n", pad, top-6, title)
		for i := 0; i <= 4; i++ {
			v := lo + (hi-lo)*float64(i)/4
			y := float64(top+ph) - float64(ph)*float64(i)/4
			fmt.Fprintf(&b, `<text x="%d" y="%.1f" text-anchor="end">%.4g</text>`+"\n", pad-4, y+4, v)
		}
		for _, r := range rs {
			x := float64(pad) + pw*r.FaultIntensity/maxF
			fmt.Fprintf(&b, `<text x="%.1f" y="%d" text-anchor="middle">%g×</text>`+"\n", x, top+ph+14, r.FaultIntensity)
		}
		for pi := range rs[0].Policies {
			var pts []string
			for _, r := range rs {
				if pi >= len(r.Policies) {
					continue
				}
				x := float64(pad) + pw*r.FaultIntensity/maxF
				y := float64(top+ph) - float64(ph)*(val(r.Policies[pi])-lo)/(hi-lo)
				pts = append(pts, fmt.Sprintf("%.1f,%.1f", x, y))
				fmt.Fprintf(&b, `<circle cx="%.1f" cy="%.1f" r="3" fill="%s"/>`+"\n", x, y, colors[pi%len(colors)])
			}
			fmt.Fprintf(&b, `<polyline fill="none" stroke="%s" stroke-width="1.5" points="%s"/>`+"\n", colors[pi%len(colors)], strings.Join(pts, " "))
		}
	}
	panel(pad, "delivered without refund (share of all transfers)", func(p PolicyResult) float64 { return p.DeliveredWithoutRefund })
	panel(pad+ph+gap, "mean cost of a delivered transfer (bps of the amount)", func(p PolicyResult) float64 { return p.MeanCostDeliveredBps })
	fmt.Fprintf(&b, `<text x="%d" y="%d">fault intensity (× the default incident rate)</text>`+"\n", W/2-200, H-4)
	for pi, p := range rs[0].Policies {
		y := pad + 20*pi
		fmt.Fprintf(&b, `<line x1="%d" y1="%d" x2="%d" y2="%d" stroke="%s" stroke-width="3"/>`+"\n", W-pad-140, y, W-pad-120, y, colors[pi%len(colors)])
		fmt.Fprintf(&b, `<text x="%d" y="%d">%s</text>`+"\n", W-pad-115, y+4, p.Policy)
	}
	b.WriteString("</svg>\n")
	return []byte(b.String())
}
