// reporting-service behind /api/reporting: the read models under /reports/… and the public views under
// /public/… (no token). Formats are chosen by Accept on the same path (docs/api-conventions.md).
import { MEDIA, ServiceClient, type PageQuery, type Person } from './http';
import type { Colour } from './scoring';

const api = new ServiceClient('/api/reporting');
const open = new ServiceClient('/api/reporting', true);
const enc = encodeURIComponent;

export interface ReportCycle {
  cycleId: string;
  councilId?: string;
  year: number;
  title: string;
  frameworkVersionId?: string;
  carriedForwardFrom?: string | null;
  openedAt?: string;
  snapshotAsOf?: string | null;
  snapshots?: string[];
  publishedAsOf?: string | null;
  /** The public list names the published instant `asOf`. */
  asOf?: string | null;
  publishedAt?: string | null;
  closedAt?: string | null;
  published?: boolean;
}
export interface Cell {
  code: string;
  title: string;
  colour: Colour | null;
  colourName: string | null;
  status: string | null;
  crossReferenceTo: string | null;
  label: string;
  lastChangedAt?: string | null;
  lastChangedBy?: string | null;
  /** Reviewers' comment threads still open on the narrative (absent in the public view). */
  openComments?: number;
}
export interface Breakdown {
  characteristics: number;
  counts: Record<string, number>;
  percentages: Record<string, number>;
  unscored: number;
  green: number;
  greenPercent: number;
  concern: number;
}
export interface ThemeRow { code: string; title: string; cells: Cell[]; breakdown: Breakdown; thematicConcern: boolean; openComments?: number }
export interface Summary {
  totals: Breakdown;
  statuses: Record<string, number>;
  greenSentence: string;
  sentences: string[];
  thematicConcerns: string[];
  /** Reviewers' comment threads still open across the heat-map (absent in the public view). */
  openComments?: number;
}
export interface HeatMap {
  cycleId: string;
  year: number;
  cycleTitle: string;
  frameworkVersionId?: string;
  frameworkLabel?: string;
  asOf: string | null;
  themes: ThemeRow[];
  summary: Summary;
}
export interface AuditChange {
  seq?: number;
  at: string;
  actor: string;
  event?: string;
  type?: string;
  roundId?: string;
  from?: string | null;
  to?: string | null;
  status?: string | null;
  decision?: string | null;
  reason?: string | null;
}
export interface CycleRef { cycleId: string; year: number; frameworkVersionId?: string; frameworkLabel?: string }
export type Movement = 'IMPROVED' | 'DECLINED' | 'UNCHANGED' | 'NEW' | 'REMOVED' | 'NOT_COMPARABLE' | string;
export interface YearOnYearLine {
  themeCode: string;
  code: string;
  title: string;
  previousCodes: string[];
  change: string | null;
  previousColour: string | null;
  currentColour: string | null;
  movement: Movement;
}
export interface YearOnYear {
  previous: CycleRef | null;
  current: CycleRef;
  sameFramework: boolean;
  notes: string[];
  lines: YearOnYearLine[];
  themes: { themeCode: string; title: string; totals: Record<string, number> }[];
  totals: Record<string, number>;
}
export interface AgreementPair { characteristicCode: string; reviewer: string; reviewerId: string; moderator: string; moderatorId: string; agree: boolean }
export interface Agreement {
  roundId: string;
  roundName: string;
  roundKind: string;
  pairs: number;
  exactAgreements: number;
  exactAgreementPercent: number | null;
  pairsInKappa: number;
  pairsExcludedAsGrey: number;
  weightedKappa: number | null;
  kappaNote: string | null;
  details: AgreementPair[];
}
export interface PlanAction {
  actionId: string;
  characteristicCode: string;
  description: string;
  officers: string[];
  serviceArea: string;
  indicativeTimeline: string;
  start: string | null;
  end: string | null;
  status: string;
  percent: number | null;
  rag: string | null;
  latestProgress: string | null;
  dueBy: string | null;
  overdue: boolean;
}
export interface ReportActionPlan {
  cycleId: string;
  year: number;
  today: string;
  opportunities: { opportunityId: string; characteristicCode: string; characteristicTitle: string; themeCode: string; gap: string; colour: string | null; actions: PlanAction[] }[];
  statusCounts: Record<string, number>;
  actions: number;
  overdue: number;
}

/** One entry of the council's audit log: one event, who, as what role, when, what changed from → to, why. */
export interface AuditEntry {
  eventId: string;
  type: string;
  at: string;
  actor: string;
  actorPerson: Person;
  role: string;
  cycleId: string | null;
  characteristicCode: string | null;
  themeCode: string | null;
  actionId: string | null;
  what: string;
  from: string;
  to: string;
  why: string;
  correlationId: string | null;
}

export const reporting = {
  auditLog: (q: PageQuery = {}) => api.page<AuditEntry>('/reports/audit-log', q),
  downloadAuditLog: (accept: string, name: string, filters: Record<string, string | undefined>) =>
    api.download('/reports/audit-log', accept, name, filters),
  cycles: (q: PageQuery = {}) => api.page<ReportCycle>('/reports/cycles', q),
  heatMap: (cycleId: string, asOf?: string) => api.get<HeatMap>(`/reports/cycles/${enc(cycleId)}/heat-map`, { asOf }),
  summary: (cycleId: string, asOf?: string) => api.get<Summary>(`/reports/cycles/${enc(cycleId)}/summary`, { asOf }),
  yearOnYear: (cycleId: string, previous?: string) => api.get<YearOnYear>(`/reports/cycles/${enc(cycleId)}/year-on-year`, { previous }),
  agreement: (cycleId: string) => api.get<Agreement[] | { items: Agreement[] }>(`/reports/cycles/${enc(cycleId)}/agreement`),
  roundAgreement: (cycleId: string, roundId: string) => api.get<Agreement>(`/reports/cycles/${enc(cycleId)}/rounds/${enc(roundId)}/agreement`),
  characteristicHistory: (cycleId: string, code: string, q: PageQuery = {}) =>
    api.get<{ items?: AuditChange[]; changes?: AuditChange[]; total?: number }>(`/reports/cycles/${enc(cycleId)}/characteristics/${enc(code)}/history`, { size: 200, ...q }),
  download: (document: 'heat-map' | 'action-plan' | 'committee-pack', cycleId: string, accept: string, name: string, asOf?: string) =>
    api.download(`/reports/cycles/${enc(cycleId)}/${document}`, accept, name, { asOf }),
  /** The documents for committee and the peer challenge: the position statement book, a theme's pack, the progress report. */
  downloadCommitteeDocument: (document: 'position-statements' | 'progress-report' | { themePack: string }, cycleId: string, accept: string,
    name: string, params: { asOf?: string; since?: string } = {}) =>
    typeof document === 'string'
      ? api.download(`/reports/cycles/${enc(cycleId)}/${document}`, accept, name, params)
      : api.download(`/reports/cycles/${enc(cycleId)}/themes/${enc(document.themePack)}/pack`, accept, name, params),
  heatMapSvg: (cycleId: string, asOf?: string) => api.text(`/reports/cycles/${enc(cycleId)}/heat-map`, MEDIA.svg, { asOf }),

  publicCycles: (council: string) => open.page<ReportCycle>(`/public/councils/${enc(council)}/cycles`),
  publicHeatMap: (council: string, cycleId: string) => open.get<HeatMap>(`/public/councils/${enc(council)}/cycles/${enc(cycleId)}/heat-map`),
  publicActionPlan: (council: string, cycleId: string) =>
    open.get<ReportActionPlan>(`/public/councils/${enc(council)}/cycles/${enc(cycleId)}/action-plan`),
  actionPlan: (cycleId: string) => api.get<ReportActionPlan>(`/reports/cycles/${enc(cycleId)}/action-plan`),
};

// --- The sector benchmark (docs/api-conventions.md, "The sector benchmark"): the council's consent, and the
// anonymised counts per final colour across the councils that share. ---
export interface BenchmarkConsent {
  sharing: boolean;
  decidedAt: string | null;
  decidedBy: string | null;
  decidedByPerson: Person | null;
  version: number;
  minimumCouncils: number;
  explanation: string;
}
export interface BenchmarkColourCount { colour: Colour; colourName: string; councils: number }
export interface BenchmarkStanding {
  colour: Colour | null;
  colourName: string | null;
  better: number | null;
  same: number | null;
  worse: number | null;
  grey: number | null;
  sentence: string;
}
export interface BenchmarkCharacteristic {
  code: string;
  title: string;
  suppressed: boolean;
  suppressedReason: string | null;
  councils: number | null;
  counts: BenchmarkColourCount[] | null;
  /** Only for a council that shares; never in the public view. */
  standing: BenchmarkStanding | null;
}
export interface SectorBenchmark {
  frameworkLabel: string;
  frameworkName: string;
  minimumCouncils: number;
  councils: number | null;
  suppressed: boolean;
  sentence: string;
  themes: { code: string; title: string; characteristics: BenchmarkCharacteristic[] }[];
}

export const benchmark = {
  consent: () => api.getVersioned<BenchmarkConsent>('/benchmark/sharing'),
  join: (etag: string) => api.send<BenchmarkConsent>('POST', '/benchmark/sharing/join', undefined, { ifMatch: etag }),
  leave: (etag: string) => api.send<BenchmarkConsent>('POST', '/benchmark/sharing/leave', undefined, { ifMatch: etag }),
  forFramework: (frameworkVersionId: string) => api.get<SectorBenchmark>(`/reports/benchmark/frameworks/${enc(frameworkVersionId)}`),
  published: (label: string) => open.get<SectorBenchmark>(`/public/benchmark/frameworks/${enc(label)}`),
};
