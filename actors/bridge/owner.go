package bridge

// Ownership in a cluster. Each chain and each bridge has one owning
// activation (the cluster kinds `chain` and `bridge`, placed by disthash).
// Placement is only a hint: membership can disagree for a while, so two
// activations of one identity may run at once. Exclusivity comes from the
// replicated journal: an activation first appends a claim to the stream
// owner/<kind>/<id> (fenced by the expected sequence, after catching up),
// and the claim's sequence is its epoch. Epochs of one identity are
// strictly increasing, one per claim. The owner publishes its figures with
// (epoch, seq); the rule below decides, on every node, which publications
// are applied and when an activation must stop.

// Mark is a position in one identity's ownership history: a claim's epoch
// and a publication's sequence within that epoch (0: the claim itself, no
// publication yet).
type Mark struct {
	Epoch uint64 `json:"epoch"`
	Seq   uint64 `json:"seq"`
}

// After reports whether m comes strictly after o (epoch first, then seq).
func (m Mark) After(o Mark) bool {
	return m.Epoch > o.Epoch || (m.Epoch == o.Epoch && m.Seq > o.Seq)
}

// Admit is the fencing rule a node applies to a publication at p when the
// latest mark it has seen for the identity is seen: the publication is
// applied only if it comes after everything seen (an older epoch is a
// stale owner; the same or an older seq of the current epoch is a repeat
// or a reordering). It returns whether to apply and the new latest mark.
func Admit(seen, p Mark) (apply bool, latest Mark) {
	if p.After(seen) {
		return true, p
	}
	return false, seen
}

// Claimed is what a node knows after learning of a claim at epoch (its own
// activation's, or one a refused claim revealed): a newer epoch fences
// every publication of older ones from now on.
func Claimed(seen Mark, epoch uint64) Mark {
	if epoch > seen.Epoch {
		return Mark{Epoch: epoch}
	}
	return seen
}

// Superseded reports whether an activation owning epoch own must stop
// (without publishing) once its node has seen seen: someone claimed the
// identity after it.
func Superseded(own uint64, seen Mark) bool { return seen.Epoch > own }
