// action-service behind /api/action: improvement opportunities and the action plan.
// Paths and shapes follow docs/api-conventions.md.
import { ServiceClient, type Page, type PageQuery, type Person } from './http';

const api = new ServiceClient('/api/action');
const enc = encodeURIComponent;

export type ActionStatus = 'PLANNED' | 'IN_PROGRESS' | 'DONE' | 'DEFERRED' | 'CANCELLED' | string;
export interface Progress { on: string; percent?: number | null; rag?: string | null; note?: string | null; reportedBy?: string }
export interface ActionPlanRow {
  themeCode: string;
  themeTitle: string;
  characteristicCode: string;
  characteristicTitle: string;
  opportunityId: string;
  opportunity: string;
  colour: string | null;
  actionId: string | null;
  action: string | null;
  officers: string[] | null;
  officerPeople?: Person[] | null;
  serviceArea: string | null;
  indicativeTimeline: string | null;
  start: string | null;
  end: string | null;
  status: ActionStatus | null;
  overdue: boolean | null;
  statusReason: string | null;
  latestProgress: Progress | null;
  version: number | null;
}
/** The working plan; lists follow the page envelope, so rows may come as `items` or `rows`. */
export interface ActionPlan {
  cycleId?: string;
  cycleTitle?: string;
  today?: string;
  rows?: ActionPlanRow[];
  items?: ActionPlanRow[];
  total?: number;
}
export interface Action {
  actionId: string;
  opportunityId: string;
  cycleId: string;
  characteristicCode: string;
  description: string;
  officers: string[];
  serviceArea: string;
  status: ActionStatus;
  overdue: boolean;
  start?: string | null;
  end?: string | null;
  progress: Progress[];
  version: number;
}

export function planRows(plan: ActionPlan): ActionPlanRow[] {
  return plan.rows ?? plan.items ?? [];
}

export const action = {
  actionPlan: (cycleId: string, filters: { theme?: string; status?: string; officer?: string; overdue?: boolean } = {}) =>
    api.get<ActionPlan>(`/cycles/${enc(cycleId)}/action-plan`, { ...filters, size: 200 }),
  myActions: (q: PageQuery = {}) => api.page<ActionPlanRow>('/me/actions', { size: 200, ...q }),
  actionItem: (id: string) => api.getVersioned<Action>(`/actions/${enc(id)}`),
  reportProgress: (id: string, body: { percent?: number; rag?: string; note?: string; notePublic?: boolean }, etag: string) =>
    api.send<Action>('POST', `/actions/${enc(id)}/progress-reports`, body, { ifMatch: etag }),
  start: (id: string, etag: string) => api.send<Action>('POST', `/actions/${enc(id)}/start`, {}, { ifMatch: etag }),
  complete: (id: string, completionNote: string, etag: string) => api.send<Action>('POST', `/actions/${enc(id)}/complete`, { completionNote }, { ifMatch: etag }),
};

export type { Page };
