#!/bin/sh
# The loopback TLS certificate of the sync's HTTPS test (test/sync/https.test.ts): self-signed for
# 127.0.0.1 and localhost, valid for a century, so that the test never needs regenerating it. The key
# guards nothing but a test server on loopback. Run from the project root: sh scripts/make-test-cert.sh
set -eu
out=test/fixtures/tls
mkdir -p "$out"
openssl req -x509 -newkey rsa:2048 -nodes -sha256 -days 36500 \
  -keyout "$out/loopback.key" -out "$out/loopback.crt" \
  -subj "/CN=spox loopback test site" \
  -addext "subjectAltName=IP:127.0.0.1,DNS:localhost" \
  -addext "basicConstraints=critical,CA:FALSE"
