// Each typed API client calls only operations the service's own OpenAPI document (/q/openapi, through the
// edge) declares: the clients are checked against the contracts the services serve.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { BASE } from './support.mjs';

/** The (method, path) pairs a client module calls, read from its source. */
export function callsOf(source) {
  let s = source;
  // Inline path helpers: const narrativePath = (a, b) => `/cycles/${..}/narratives/${..}`;
  for (const [, name, body] of source.matchAll(/const (\w+Path) = \([^)]*\) => `([^`]+)`;/g)) {
    s = s.replace(new RegExp(`${name}\\([^)]*\\)`, 'g'), '`' + body + '`');
  }
  s = s.replace(/'(\/[^']*)'/g, '`$1`').replace(/`([^`]*)` \+ `([^`]*)`/g, '`$1$2`');
  const calls = [];
  for (const m of s.matchAll(/\b(?:api|open)\.(get|getVersioned|page|all|text|download)(?:<[^>(]*>)?\(\s*`([^`]+)`/g)) calls.push(['get', m[2]]);
  for (const m of s.matchAll(/\b(?:api|open)\.send(?:<[^>(]*>)?\(\s*'(POST|PUT|DELETE)',\s*`([^`]+)`/g)) calls.push([m[1].toLowerCase(), m[2]]);
  return calls.map(([method, path]) => [method, path.split('?')[0].replace(/\$\{[^}]+\}/g, '{}')]);
}

const normalise = (path) => path.replace(/\{[^}]+\}/g, '{}');
/** A client path with a variable segment (e.g. the document name) matches any declared segment there. */
const declares = (paths, method, path) =>
  Object.entries(paths).some(([p, ops]) => {
    const a = p.split('/'), b = path.split('/');
    return ops[method] && a.length === b.length && a.every((seg, i) => seg === b[i] || b[i] === '{}' && seg !== '');
  });

for (const service of ['assessment', 'scoring', 'action', 'reporting']) {
  test(`the ${service} client calls only what ${service}-service's OpenAPI declares`, async () => {
    const source = readFileSync(fileURLToPath(new URL(`../src/api/${service}.ts`, import.meta.url)), 'utf8');
    const calls = callsOf(source);
    assert.ok(calls.length >= 4, `found the ${service} client's calls (${calls.length})`);
    const res = await fetch(`${BASE}/api/${service}/q/openapi?format=json`, { headers: { Accept: 'application/json' } });
    assert.equal(res.status, 200);
    const paths = Object.fromEntries(Object.entries((await res.json()).paths).map(([p, ops]) => [normalise(p), ops]));
    const missing = calls.filter(([method, path]) => !declares(paths, method, path)).map(([m, p]) => `${m.toUpperCase()} ${p}`);
    assert.deepEqual(missing, [], `${service}: calls the service does not declare`);
  });
}
