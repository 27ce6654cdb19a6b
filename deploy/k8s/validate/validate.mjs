// Validates the Kubernetes manifests of deploy/k8s without a cluster:
//  1. builds the kustomization the simple way (its `resources` files, its `namespace`);
//  2. validates every document against the OpenAPI schema of its apiVersion/kind: Kubernetes' own kinds with
//     kubernetes-models, Strimzi's (KafkaTopic, KafkaUser: the only custom resources used) with
//     @kubernetes-models/strimzi-kafka-operator; any other kind fails;
//  3. checks the suite's own rules (docs/scale-out.md): every Deployment has replicas >= 2, a PodDisruptionBudget,
//     a HorizontalPodAutoscaler (on CPU, and on consumer lag with at most one pod per partition when it consumes
//     Kafka), topology spread over zones and nodes, requests and limits, probes on /q/health/live and ready, and a
//     NetworkPolicy that selects it and says who may reach it, under a default deny;
//  4. checks docker-compose.yml against them: it parses, its services set no BV_ key the manifests do not know,
//     and the edge lists one URL per instance of each service it balances over (deploy.replicas).
//
//   node validate.mjs [dir] [compose]   (default deploy/k8s and docker-compose.yml); exit 1 on any problem
import { existsSync, readFileSync } from "node:fs";
import { join, dirname } from "node:path";
import { fileURLToPath } from "node:url";
import { parseAllDocuments } from "yaml";
import * as kubernetes from "kubernetes-models";
import * as strimzi from "@kubernetes-models/strimzi-kafka-operator";

const CUSTOM_RESOURCE_GROUPS = { "kafka.strimzi.io": strimzi };
const KUSTOMIZATION_FIELDS = new Set(["apiVersion", "kind", "namespace", "resources"]);
const LAG_METRIC = "kafka_consumergroup_lag";

/** The documents the kustomization in dir builds, each with the file it came from. */
export function build(dir) {
  const kustomization = parseFile(join(dir, "kustomization.yaml"))[0].doc;
  const unsupported = Object.keys(kustomization).filter((k) => !KUSTOMIZATION_FIELDS.has(k));
  if (unsupported.length) {
    throw new Error(`kustomization.yaml: ${unsupported.join(", ")} not understood by this validator (resources and namespace only)`);
  }
  const docs = [];
  for (const file of kustomization.resources ?? []) {
    for (const { doc } of parseFile(join(dir, file))) {
      if (doc === null || doc === undefined) continue; // a comment-only document
      if (kustomization.namespace && doc.kind !== "Namespace") {
        doc.metadata = { ...doc.metadata, namespace: kustomization.namespace };
      }
      docs.push({ file, doc });
    }
  }
  return docs;
}

function parseFile(path) {
  return parseAllDocuments(readFileSync(path, "utf8"), { merge: true }).map((d) => {
    if (d.errors.length) throw new Error(`${path}: ${d.errors[0].message}`);
    return { doc: d.toJSON() };
  });
}

/** The model class for apiVersion/kind, or undefined. "networking.k8s.io/v1" -> networkingK8sIo.v1 */
function modelOf(apiVersion, kind) {
  const [group, version] = apiVersion.includes("/") ? apiVersion.split("/") : ["", apiVersion];
  const library = CUSTOM_RESOURCE_GROUPS[group] ?? kubernetes;
  const key = group === "" ? version
    : group.split(".").map((part, i) => (i === 0 ? part : part[0].toUpperCase() + part.slice(1))).join("");
  const groupModule = group === "" ? library : library[key];
  const model = groupModule?.[version]?.[kind];
  return typeof model === "function" ? model : undefined;
}

export function matches(selector, labels = {}) {
  if (!selector) return false;
  const okLabels = Object.entries(selector.matchLabels ?? {}).every(([k, v]) => labels[k] === v);
  const okExpressions = (selector.matchExpressions ?? []).every(({ key, operator, values = [] }) => {
    switch (operator) {
      case "In": return values.includes(labels[key]);
      case "NotIn": return !values.includes(labels[key]);
      case "Exists": return key in labels;
      case "DoesNotExist": return !(key in labels);
      default: return false;
    }
  });
  return okLabels && okExpressions;
}

/** Every problem found in the kustomization in dir (and composeFile when given), as "file: kind/name: what". */
export function check(dir, composeFile) {
  let docs;
  try {
    docs = build(dir);
  } catch (e) {
    return [e.message];
  }
  const problems = [];
  for (const { file, doc } of docs) {
    const where = `${file}: ${doc.kind}/${doc.metadata?.name}`;
    if (!doc.apiVersion || !doc.kind) { problems.push(`${file}: a document without apiVersion/kind`); continue; }
    if (!doc.metadata?.name) problems.push(`${where}: metadata.name missing`);
    const Model = modelOf(doc.apiVersion, doc.kind);
    if (!Model) { problems.push(`${where}: unknown kind ${doc.apiVersion} ${doc.kind} (no schema to validate it)`); continue; }
    try {
      new Model(doc).validate();
    } catch (e) {
      problems.push(`${where}: ${e.message}`);
    }
  }
  problems.push(...suiteRules(docs.map((d) => ({ ...d.doc, file: d.file }))));
  if (composeFile) problems.push(...composeRules(composeFile, docs.map((d) => d.doc)));
  return problems;
}

// docker-compose.yml runs the same services with the same configuration keys, and scales where it can.
function composeRules(composeFile, docs) {
  let compose;
  try {
    compose = parseFile(composeFile)[0].doc;
  } catch (e) {
    return [`docker-compose.yml: ${e.message}`];
  }
  const problems = [];
  const known = new Set();
  for (const d of docs) {
    if (d.kind === "ConfigMap") Object.keys(d.data ?? {}).forEach((k) => known.add(k));
    if (d.kind === "Secret") Object.keys({ ...d.data, ...d.stringData }).forEach((k) => known.add(k));
    for (const c of d.kind === "Deployment" ? d.spec?.template?.spec?.containers ?? [] : []) {
      (c.env ?? []).forEach((e) => known.add(e.name));
    }
  }
  const services = compose?.services ?? {};
  for (const [name, service] of Object.entries(services)) {
    for (const key of Object.keys(service.environment ?? {}).filter((k) => /^BV_/.test(k) && !/^BV_KAFKA(_ADMIN)?_PASSWORD/.test(k))) {
      if (!known.has(key)) problems.push(`docker-compose.yml: ${name} sets ${key}, which no manifest of deploy/k8s sets`);
    }
  }
  for (const [key, value] of Object.entries(services.edge?.environment ?? {}).filter(([k]) => /^BV_[A-Z]+_URL$/.test(k))) {
    const target = `${key.slice(3, -4).toLowerCase()}-service`;
    const replicas = services[target]?.deploy?.replicas ?? 1;
    const urls = String(value).split(",").filter(Boolean);
    if (!services[target]) problems.push(`docker-compose.yml: the edge's ${key} names no service ${target}`);
    else if (urls.length !== replicas) {
      problems.push(`docker-compose.yml: the edge's ${key} lists ${urls.length} URL(s) for the ${replicas} instance(s) of ${target}`);
    }
  }
  return problems;
}

function suiteRules(docs) {
  const problems = [];
  const of = (kind) => docs.filter((d) => d.kind === kind);
  const partitions = new Map(of("KafkaTopic").map((t) => [t.spec?.topicName ?? t.metadata.name, t.spec?.partitions]));
  const policies = of("NetworkPolicy");
  const defaultDeny = policies.find((p) =>
    (p.spec?.policyTypes ?? []).includes("Ingress") && (p.spec?.policyTypes ?? []).includes("Egress")
    && !p.spec.ingress?.length && !p.spec.egress?.length);
  if (!defaultDeny) problems.push("no default-deny NetworkPolicy (Ingress and Egress, no rules)");

  for (const d of of("Deployment")) {
    const name = d.metadata.name;
    const where = `${d.file}: Deployment/${name}`;
    const labels = d.spec?.template?.metadata?.labels ?? {};
    const pod = d.spec?.template?.spec ?? {};
    if (!(d.spec?.replicas >= 2)) problems.push(`${where}: replicas must be at least 2 (is ${d.spec?.replicas})`);

    const pdb = of("PodDisruptionBudget").find((p) => matches(p.spec?.selector, labels));
    if (!pdb) problems.push(`${where}: no PodDisruptionBudget selects its pods`);
    else if (!(pdb.spec.minAvailable >= 1 || pdb.spec.maxUnavailable !== undefined)) {
      problems.push(`${where}: PodDisruptionBudget/${pdb.metadata.name} lets every pod go (minAvailable < 1)`);
    }

    const hpa = of("HorizontalPodAutoscaler").find((h) =>
      h.spec?.scaleTargetRef?.kind === "Deployment" && h.spec.scaleTargetRef.name === name);
    if (!hpa) problems.push(`${where}: no HorizontalPodAutoscaler targets it`);
    else problems.push(...hpaRules(where, d, hpa, of("KafkaUser"), partitions));

    const keys = (pod.topologySpreadConstraints ?? []).map((c) => c.topologyKey);
    for (const key of ["topology.kubernetes.io/zone", "kubernetes.io/hostname"]) {
      if (!keys.includes(key)) problems.push(`${where}: no topologySpreadConstraint over ${key}`);
    }

    for (const c of pod.containers ?? []) {
      const r = c.resources ?? {};
      if (!r.requests?.cpu || !r.requests?.memory || !r.limits?.memory) {
        problems.push(`${where}: container ${c.name} needs requests (cpu, memory) and a memory limit`);
      }
      if (c.livenessProbe?.httpGet?.path !== "/q/health/live") problems.push(`${where}: container ${c.name}: livenessProbe must GET /q/health/live`);
      if (c.readinessProbe?.httpGet?.path !== "/q/health/ready") problems.push(`${where}: container ${c.name}: readinessProbe must GET /q/health/ready`);
    }

    const selecting = policies.filter((p) => matches(p.spec?.podSelector, labels));
    if (!selecting.includes(defaultDeny)) problems.push(`${where}: the default-deny NetworkPolicy does not select its pods`);
    if (!selecting.some((p) => p.spec?.ingress?.some((rule) => rule.from?.length))) {
      problems.push(`${where}: no NetworkPolicy says who may reach its pods (ingress with from)`);
    }
  }
  return problems;
}

// A consuming service (its KafkaUser may read a consumer group) scales on each group's lag, and never beyond the
// partitions of the topics it consumes: a consumer group gives each partition to one member.
function hpaRules(where, deployment, hpa, kafkaUsers, partitions) {
  const problems = [];
  const h = `HorizontalPodAutoscaler/${hpa.metadata.name}`;
  if (!(hpa.spec.minReplicas >= 2)) problems.push(`${where}: ${h} minReplicas must be at least 2`);
  const metrics = hpa.spec.metrics ?? [];
  if (!metrics.some((m) => m.type === "Resource" && m.resource?.name === "cpu")) problems.push(`${where}: ${h} does not scale on CPU`);
  const user = kafkaUsers.find((u) => u.metadata.name === deployment.metadata.name);
  const acls = user?.spec?.authorization?.acls ?? [];
  const groups = acls.filter((a) => a.resource?.type === "group" && a.operations?.includes("Read")).map((a) => a.resource.name);
  if (!groups.length) return problems;
  const written = acls.filter((a) => a.resource?.type === "topic" && a.operations?.includes("Write")).map((a) => a.resource.name);
  const consumed = acls.filter((a) => a.resource?.type === "topic" && a.operations?.includes("Read") && !written.includes(a.resource.name))
    .map((a) => a.resource.name);
  for (const group of groups) {
    const lag = metrics.some((m) => m.type === "External" && m.external?.metric?.name === LAG_METRIC
      && m.external.metric.selector?.matchLabels?.consumergroup === group);
    if (!lag) problems.push(`${where}: ${h} does not scale on ${LAG_METRIC} of its consumer group ${group}`);
  }
  const fewest = Math.min(...consumed.map((t) => partitions.get(t) ?? Infinity));
  if (Number.isFinite(fewest) && hpa.spec.maxReplicas > fewest) {
    problems.push(`${where}: ${h} maxReplicas ${hpa.spec.maxReplicas} exceeds the ${fewest} partitions of the topics it consumes (${consumed.join(", ")}): the extra consumers would idle`);
  }
  return problems;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const dir = process.argv[2] ?? join(dirname(fileURLToPath(import.meta.url)), "..");
  const compose = process.argv[3] ?? join(dir, "..", "..", "docker-compose.yml");
  const problems = existsSync(compose) ? check(dir, compose) : [`${compose}: not found`];
  if (problems.length) {
    console.error(`deploy/k8s: ${problems.length} problem(s):\n  - ${problems.join("\n  - ")}`);
    process.exit(1);
  }
  console.log(`deploy/k8s: ${build(dir).length} documents valid (Kubernetes and Strimzi schemas, the suite's rules); docker-compose.yml consistent`);
}
