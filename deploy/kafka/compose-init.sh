#!/usr/bin/env bash
# docker-compose's one-shot after the broker is up: the topics (topics.txt), then each service's SCRAM user and
# ACLs (acls.txt), logged in as the admin. Safe to run again.
#   env: BV_KAFKA_ADMIN_PASSWORD, BV_KAFKA_PASSWORD_<USER> (see create-acls.sh)
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
bootstrap="${1:-kafka:29092}"
conf="$(mktemp -d)"
cat > "$conf/admin.properties" <<PROPS
security.protocol=SASL_PLAINTEXT
sasl.mechanism=SCRAM-SHA-512
sasl.jaas.config=org.apache.kafka.common.security.scram.ScramLoginModule required username="admin" password="${BV_KAFKA_ADMIN_PASSWORD:?}";
PROPS
export KAFKA_COMMAND_CONFIG="$conf/admin.properties"
"$here/create-topics.sh" "$bootstrap" "$here/topics.txt" 1
"$here/create-acls.sh" "$bootstrap" "$here/acls.txt"
