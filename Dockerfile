# syntax=docker/dockerfile:1
#
# Strait's node image: a static binary (CGO_ENABLED=0) on a distroless base.
#   docker build -t strait:dev .
#   docker run --rm strait:dev --help
# docker-compose.yml builds it for its three nodes and its chains service.

FROM golang:1.26-bookworm AS build
WORKDIR /src
# Dependencies first, so a source change does not re-download modules.
COPY go.mod go.sum ./
RUN go mod download
COPY . .
RUN CGO_ENABLED=0 go build -trimpath -ldflags="-s -w" -o /out/strait ./cmd/strait \
 && mkdir -p /out/data

FROM gcr.io/distroless/static-debian12:nonroot
COPY --from=build /out/strait /usr/local/bin/strait
# The data directory (journal) is a volume owned by the unprivileged user.
COPY --from=build --chown=65532:65532 /out/data /data
VOLUME ["/data"]
USER 65532:65532
EXPOSE 8080
ENTRYPOINT ["/usr/local/bin/strait"]
CMD ["up", "--config", "/etc/strait/node.yaml"]
