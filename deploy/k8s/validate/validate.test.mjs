// node --test: the validator passes deploy/k8s as committed and fails each kind of broken manifest.
import { test } from "node:test";
import assert from "node:assert/strict";
import { cpSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, dirname } from "node:path";
import { fileURLToPath } from "node:url";
import { check } from "./validate.mjs";

const K8S = join(dirname(fileURLToPath(import.meta.url)), "..");
const COMPOSE = join(K8S, "..", "..", "docker-compose.yml");

/** A copy of deploy/k8s with one file's text changed by edit. */
function broken(file, edit) {
  const dir = mkdtempSync(join(tmpdir(), "bv-k8s-"));
  cpSync(K8S, dir, { recursive: true, filter: (src) => !src.includes("node_modules") && !src.endsWith("validate") });
  const before = readFileSync(join(dir, file), "utf8");
  const after = edit(before);
  assert.notEqual(after, before, "the fixture must change the file");
  writeFileSync(join(dir, file), after);
  return dir;
}

const expectProblem = (dir, pattern) => {
  const problems = check(dir);
  assert.ok(problems.some((p) => pattern.test(p)), `expected a problem matching ${pattern}, got:\n${problems.join("\n")}`);
};

test("deploy/k8s and docker-compose.yml as committed are valid", () => {
  assert.deepEqual(check(K8S, COMPOSE), []);
});

test("a field of the wrong type fails the schema", () => {
  expectProblem(broken("scoring-service.yaml", (s) => s.replace("containerPort: 8082", "containerPort: eighty")),
    /scoring-service\.yaml: Deployment\/scoring-service: .*containerPort must be integer/);
});

test("a Strimzi resource is validated against its own schema", () => {
  expectProblem(broken("kafka-topics.yaml", (s) => s.replace("partitions: 3", 'partitions: "three"')),
    /KafkaTopic\/bv\.assessment\.events: .*partitions must be integer/);
});

test("a kind without a schema fails", () => {
  expectProblem(broken("namespace.yaml", (s) => s + "---\napiVersion: example.org/v1\nkind: Widget\nmetadata:\n  name: w\n"),
    /unknown kind example\.org\/v1 Widget/);
});

test("a Deployment without a PodDisruptionBudget fails", () => {
  expectProblem(broken("scaling.yaml", (s) => s.replace(
    "kind: PodDisruptionBudget\nmetadata:\n  name: action-service", "kind: ConfigMap\nmetadata:\n  name: action-service")),
  /Deployment\/action-service: no PodDisruptionBudget selects its pods/);
});

test("a single replica fails", () => {
  expectProblem(broken("edge.yaml", (s) => s.replace("replicas: 2", "replicas: 1")), /Deployment\/edge: replicas must be at least 2/);
});

test("a consuming service scaled beyond its partitions fails", () => {
  expectProblem(broken("scaling.yaml", (s) => s.replace(/(name: reporting-service\n  minReplicas: 2\n.*\n  maxReplicas:) 3/, "$1 4")),
    /Deployment\/reporting-service: .*maxReplicas 4 exceeds the 3 partitions/);
});

test("a Deployment no NetworkPolicy admits traffic to fails", () => {
  expectProblem(broken("network-policies.yaml", (s) => s.replace("values: [assessment-service, scoring-service, action-service, reporting-service]\n  policyTypes",
    "values: [scoring-service, action-service, reporting-service]\n  policyTypes")),
  /Deployment\/assessment-service: no NetworkPolicy says who may reach its pods/);
});

test("NetworkPolicies without a default deny fail", () => {
  expectProblem(broken("network-policies.yaml", (s) => s.replace("  policyTypes: [Ingress, Egress]\n---", "  policyTypes: [Ingress]\n---")),
    /no default-deny NetworkPolicy/);
});

test("a Deployment without an HPA fails", () => {
  expectProblem(broken("scaling.yaml", (s) => s.replace("kind: Deployment\n    name: scoring-service", "kind: Deployment\n    name: scoring")),
    /Deployment\/scoring-service: no HorizontalPodAutoscaler targets it/);
});

test("a file the kustomization lists but cannot parse fails", () => {
  expectProblem(broken("edge.yaml", (s) => s.replace("kind: Service\n", "kind: Service\n  : [\n")), /edge\.yaml/);
});

/** A copy of docker-compose.yml with its text changed by edit. */
function brokenCompose(edit) {
  const file = join(mkdtempSync(join(tmpdir(), "bv-compose-")), "docker-compose.yml");
  const before = readFileSync(COMPOSE, "utf8");
  assert.notEqual(edit(before), before, "the fixture must change the file");
  writeFileSync(file, edit(before));
  return file;
}

test("docker-compose.yml with a configuration key the manifests do not know fails", () => {
  const problems = check(K8S, brokenCompose((s) => s.replace("BV_DB_HOST: postgres", "BV_DB_HOSTNAME: postgres")));
  assert.ok(problems.some((p) => /sets BV_DB_HOSTNAME, which no manifest/.test(p)), problems.join("\n"));
});

test("docker-compose.yml whose edge lists fewer instances than run fails", () => {
  const problems = check(K8S, brokenCompose((s) => s.replace(/(BV_SCORING_URL: [^,\n]+),[^\n]+/, "$1")));
  assert.ok(problems.some((p) => /BV_SCORING_URL lists 1 URL\(s\) for the 2 instance\(s\) of scoring-service/.test(p)), problems.join("\n"));
});
