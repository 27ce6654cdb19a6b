// assessment-service behind /api/assessment: frameworks, cycles, narratives, the evidence library.
// Paths and shapes follow docs/api-conventions.md and the service's OpenAPI document (/q/openapi).
import { ServiceClient, type Page, type PageQuery, type Versioned, type Person } from './http';

const api = new ServiceClient('/api/assessment');

export type CycleStatus = 'OPEN' | 'PUBLISHED' | 'CLOSED' | string;
export interface Cycle {
  id: string;
  year: number;
  title: string;
  frameworkVersionId: string;
  carriedForwardFrom: string | null;
  status: CycleStatus;
  /** Every snapshot (GET /cycles/{id}); the list gives the latest only. */
  snapshots?: string[];
  latestSnapshotAt?: string | null;
  publishedAsOf?: string | null;
  version?: number;
}

export interface Theme { code: string; title: string; order: number }
export interface Characteristic {
  code: string;
  themeCode: string;
  title: string;
  description?: string;
  order?: number;
  crossReferenceTo?: string | null;
  own?: boolean;
}
export interface FrameworkVersion {
  id: string;
  name: string;
  label: string;
  status: string;
  predecessorId?: string | null;
  themes: Theme[];
  characteristics: Characteristic[];
}
export interface FrameworkSummary { id: string; name: string; label: string; status: string; characteristicCount?: number }

export type NarrativeStatus = 'DRAFT' | 'READY_FOR_REVIEW' | 'MORE_EVIDENCE_REQUESTED' | string;
export interface Contributor { userId: string; role: string }
export interface Narrative {
  id: string;
  cycleId: string;
  characteristicCode: string;
  status: NarrativeStatus;
  revision: number;
  text: string;
  authorId?: string;
  contributors: Contributor[];
  evidenceIds: string[];
  version?: number;
  /** The author and contributors by name and job title, keyed by user id. */
  people?: Record<string, Person>;
}
export interface NarrativeSummary {
  id: string;
  characteristicCode: string;
  status: NarrativeStatus;
  revision: number;
  lastAuthorId?: string;
  [more: string]: unknown;
}
/** One entry of a narrative's history: a revision carries its text. */
export interface HistoryEntry {
  version?: number;
  seq?: number;
  type: string;
  at: string;
  actor: string;
  correlationId?: string;
  revision?: number;
  text?: string;
  [field: string]: unknown;
}

/** One message of a comment thread: the opening comment is seq 1, each reply the next. */
export interface CommentMessage { seq: number; authorId: string; text: string; at: string }
export type ThreadStatus = 'OPEN' | 'RESOLVED';
/** A reviewer's comment on a narrative with its replies (GET …/threads; ETag = version). */
export interface CommentThread {
  id: string;
  cycleId: string;
  characteristicCode: string;
  status: ThreadStatus;
  /** The passage of the narrative commented on, as it read in narrativeRevision; null for the whole narrative. */
  quote: string | null;
  narrativeRevision: number;
  openedBy: string;
  openedAt: string;
  messages: CommentMessage[];
  resolvedBy: string | null;
  resolutionNote: string | null;
  resolvedAt: string | null;
  version: number;
  /** Everyone the thread names, by name and job title, keyed by user id. */
  people: Record<string, Person>;
}

export type EvidenceKind = 'DOCUMENT' | 'WEB_PAGE' | 'COMMITTEE_DECISION' | 'DATA';
export interface Evidence {
  id: string;
  revision?: number;
  title: string;
  kind: EvidenceKind;
  reference?: string | null;
  uri?: string | null;
  owner?: string | null;
  date?: string | null;
  description?: string | null;
  version?: number;
}
export interface EvidenceInput {
  title: string;
  kind: EvidenceKind;
  reference?: string;
  uri?: string;
  owner?: string;
  date?: string;
  description?: string;
}
export interface EvidenceUsage { narrativeId: string; cycleId: string; characteristicCode: string; attachedAt?: string }

const enc = encodeURIComponent;
const narrativePath = (cycleId: string, code: string) => `/cycles/${enc(cycleId)}/narratives/${enc(code)}`;

export const assessment = {
  frameworks: (q: PageQuery = {}) => api.page<FrameworkSummary>('/frameworks', q),
  framework: (id: string) => api.get<FrameworkVersion>(`/frameworks/${enc(id)}`),

  cycles: (q: PageQuery = {}) => api.page<Cycle>('/cycles', q),
  cycle: (id: string) => api.getVersioned<Cycle>(`/cycles/${enc(id)}`),
  openCycle: (body: { year: number; title: string; frameworkVersionId: string }) => api.send<Cycle>('POST', '/cycles', body),
  snapshot: (id: string, etag: string, asOf?: string) => api.send<Cycle>('POST', `/cycles/${enc(id)}/snapshots`, asOf ? { asOf } : {}, { ifMatch: etag }),
  publish: (id: string, etag: string, asOf?: string) => api.send<Cycle>('POST', `/cycles/${enc(id)}/publish`, asOf ? { asOf } : {}, { ifMatch: etag }),
  close: (id: string, etag: string) => api.send<Cycle>('POST', `/cycles/${enc(id)}/close`, {}, { ifMatch: etag }),
  carryForward: (id: string, etag: string, body: { year: number; title: string; frameworkVersionId?: string }) =>
    api.send<unknown>('POST', `/cycles/${enc(id)}/carry-forward`, body, { ifMatch: etag }),

  narratives: (cycleId: string, q: PageQuery = {}) => api.page<NarrativeSummary>(`/cycles/${enc(cycleId)}/narratives`, q),
  allNarratives: (cycleId: string, q: PageQuery = {}) => api.all<NarrativeSummary>(`/cycles/${enc(cycleId)}/narratives`, q),
  narrative: (cycleId: string, code: string): Promise<Versioned<Narrative>> => api.getVersioned<Narrative>(narrativePath(cycleId, code)),
  draft: (cycleId: string, code: string, text: string) =>
    api.send<Narrative>('POST', `/cycles/${enc(cycleId)}/narratives`, { characteristicCode: code, text }),
  revise: (cycleId: string, code: string, text: string, etag: string) =>
    api.send<Narrative>('PUT', narrativePath(cycleId, code), { text }, { ifMatch: etag }),
  history: (cycleId: string, code: string, q: PageQuery = {}) => api.page<HistoryEntry>(narrativePath(cycleId, code) + '/history', q),
  addContributor: (cycleId: string, code: string, c: Contributor, etag: string) =>
    api.send<Narrative>('POST', narrativePath(cycleId, code) + '/contributors', c, { ifMatch: etag }),
  removeContributor: (cycleId: string, code: string, userId: string, reason: string, etag: string) =>
    api.send<Narrative>('POST', narrativePath(cycleId, code) + `/contributors/${enc(userId)}/remove`, { reason }, { ifMatch: etag }),
  markReady: (cycleId: string, code: string, etag: string) => api.send<Narrative>('POST', narrativePath(cycleId, code) + '/mark-ready', {}, { ifMatch: etag }),
  returnToDraft: (cycleId: string, code: string, etag: string) => api.send<Narrative>('POST', narrativePath(cycleId, code) + '/return-to-draft', {}, { ifMatch: etag }),
  requestEvidence: (cycleId: string, code: string, etag: string, reason?: string) =>
    api.send<Narrative>('POST', narrativePath(cycleId, code) + '/request-evidence', reason ? { reason } : {}, { ifMatch: etag }),
  threads: (cycleId: string, code: string) => api.all<CommentThread>(narrativePath(cycleId, code) + '/threads'),
  startThread: (cycleId: string, code: string, body: { text: string; quote?: string }) =>
    api.send<CommentThread>('POST', narrativePath(cycleId, code) + '/threads', body, { idempotencyKey: crypto.randomUUID() }),
  reply: (cycleId: string, code: string, threadId: string, text: string, etag: string) =>
    api.send<CommentThread>('POST', narrativePath(cycleId, code) + `/threads/${enc(threadId)}/replies`, { text }, { ifMatch: etag }),
  resolveThread: (cycleId: string, code: string, threadId: string, etag: string, note?: string) =>
    api.send<CommentThread>('POST', narrativePath(cycleId, code) + `/threads/${enc(threadId)}/resolve`, note ? { note } : {}, { ifMatch: etag }),
  reopenThread: (cycleId: string, code: string, threadId: string, etag: string, reason?: string) =>
    api.send<CommentThread>('POST', narrativePath(cycleId, code) + `/threads/${enc(threadId)}/reopen`, reason ? { reason } : {}, { ifMatch: etag }),
  narrativeEvidence: (cycleId: string, code: string) => api.all<Evidence>(narrativePath(cycleId, code) + '/evidence'),
  attach: (cycleId: string, code: string, evidenceId: string, etag: string) =>
    api.send<Narrative>('POST', narrativePath(cycleId, code) + '/evidence', { evidenceId }, { ifMatch: etag }),
  detach: (cycleId: string, code: string, evidenceId: string, etag: string) =>
    api.send<Narrative>('DELETE', narrativePath(cycleId, code) + `/evidence/${enc(evidenceId)}`, undefined, { ifMatch: etag }),

  evidence: (q: PageQuery = {}) => api.page<Evidence>('/evidence', q),
  evidenceItem: (id: string) => api.getVersioned<Evidence>(`/evidence/${enc(id)}`),
  addEvidence: (body: EvidenceInput) => api.send<Evidence>('POST', '/evidence', body, { idempotencyKey: crypto.randomUUID() }),
  reviseEvidence: (id: string, body: EvidenceInput, etag: string) => api.send<Evidence>('PUT', `/evidence/${enc(id)}`, body, { ifMatch: etag }),
  evidenceHistory: (id: string) => api.page<HistoryEntry>(`/evidence/${enc(id)}/history`),
  evidenceUsage: (id: string) => api.page<EvidenceUsage>(`/evidence/${enc(id)}/usage`),
};

export type { Page };
