// Package deploy holds the configuration files of docker-compose.yml (the
// NATS servers' and the Strait nodes') and the tests that check them
// without Docker: the NATS server's parser reads the NATS files, the node's
// config loader reads the node files.
package deploy
