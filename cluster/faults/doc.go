// Package faults holds the cluster's process-level fault tests (see
// faults_test.go): three `strait node` processes on one NATS server and
// one devnet, under load through the wallet API, while a node is killed
// with SIGKILL, frozen with SIGSTOP past its membership TTL, or every
// node is restarted in turn. The package has no code of its own; the
// harness is cluster/clustertest.
package faults
