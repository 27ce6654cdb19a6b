#!/usr/bin/env bash
# docker-compose's broker (apache/kafka image): KRaft, one node, SASL/SCRAM-SHA-512 on the client listeners and
# ACLs (StandardAuthorizer, nothing allowed without an ACL). Only the admin is created here, when the storage is
# formatted (first start); the kafka-topics one-shot then creates the topics, the services' SCRAM users and
# their ACLs (create-topics.sh, create-acls.sh). The controller listener uses SASL/PLAIN with the admin alone.
#   env: BV_KAFKA_ADMIN_PASSWORD, CLUSTER_ID; KAFKA_BIN, KAFKA_DATA, KAFKA_HOST, KAFKA_CONF_DIR to run it elsewhere
set -euo pipefail
bin="${KAFKA_BIN:-/opt/kafka/bin}"
data="${KAFKA_DATA:-/var/lib/kafka/data}"
host="${KAFKA_HOST:-kafka}"
conf="${KAFKA_CONF_DIR:-/tmp/kafka-conf}"
port_internal="${KAFKA_PORT_INTERNAL:-29092}" port_external="${KAFKA_PORT_EXTERNAL:-9092}" port_controller="${KAFKA_PORT_CONTROLLER:-9093}"
password="${BV_KAFKA_ADMIN_PASSWORD:?BV_KAFKA_ADMIN_PASSWORD: the Kafka admin password}"
cluster="${CLUSTER_ID:?CLUSTER_ID: a base64 UUID}"
mkdir -p "$conf"

cat > "$conf/server.properties" <<PROPS
process.roles=broker,controller
node.id=1
controller.quorum.voters=1@$host:$port_controller
listeners=INTERNAL://:$port_internal,EXTERNAL://:$port_external,CONTROLLER://:$port_controller
advertised.listeners=INTERNAL://$host:$port_internal,EXTERNAL://localhost:$port_external
listener.security.protocol.map=INTERNAL:SASL_PLAINTEXT,EXTERNAL:SASL_PLAINTEXT,CONTROLLER:SASL_PLAINTEXT
inter.broker.listener.name=INTERNAL
controller.listener.names=CONTROLLER
sasl.enabled.mechanisms=SCRAM-SHA-512
sasl.mechanism.inter.broker.protocol=SCRAM-SHA-512
listener.name.internal.scram-sha-512.sasl.jaas.config=org.apache.kafka.common.security.scram.ScramLoginModule required username="admin" password="$password";
listener.name.external.scram-sha-512.sasl.jaas.config=org.apache.kafka.common.security.scram.ScramLoginModule required;
sasl.mechanism.controller.protocol=PLAIN
listener.name.controller.sasl.enabled.mechanisms=PLAIN
listener.name.controller.plain.sasl.jaas.config=org.apache.kafka.common.security.plain.PlainLoginModule required username="admin" password="$password" user_admin="$password";
authorizer.class.name=org.apache.kafka.metadata.authorizer.StandardAuthorizer
super.users=User:admin
allow.everyone.if.no.acl.found=false
offsets.topic.replication.factor=1
transaction.state.log.replication.factor=1
transaction.state.log.min.isr=1
share.coordinator.state.topic.replication.factor=1
share.coordinator.state.topic.min.isr=1
group.initial.rebalance.delay.ms=0
auto.create.topics.enable=false
num.partitions=3
log.retention.hours=-1
log.dirs=$data
PROPS

# What the admin tools (healthcheck, one-shot) log in with.
cat > "$conf/admin.properties" <<PROPS
security.protocol=SASL_PLAINTEXT
sasl.mechanism=SCRAM-SHA-512
sasl.jaas.config=org.apache.kafka.common.security.scram.ScramLoginModule required username="admin" password="$password";
PROPS

"$bin/kafka-storage.sh" format --ignore-formatted -t "$cluster" -c "$conf/server.properties" \
  --add-scram "SCRAM-SHA-512=[name=admin,password=$password]"
exec "$bin/kafka-server-start.sh" "$conf/server.properties"
