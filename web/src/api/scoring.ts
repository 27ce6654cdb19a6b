// scoring-service behind /api/scoring: rounds, reviewers and the independence rule, scores, moderation,
// leadership review. Paths and shapes follow docs/api-conventions.md.
import { ServiceClient, type PageQuery, type Versioned, type Person } from './http';

const api = new ServiceClient('/api/scoring');
const enc = encodeURIComponent;

export const COLOURS = ['DARK_GREEN', 'LIGHT_GREEN', 'YELLOW', 'AMBER', 'RED', 'GREY'] as const;
export type Colour = (typeof COLOURS)[number];
export type ScoreStatus = 'UNSCORED' | 'SCORED' | 'MODERATED' | 'REOPENED' | 'FINAL';

export interface ThemeReviewer { themeCode: string; reviewerId: string; assignedAt?: string; assignedBy?: string; reviewer?: Person }
export interface RoundSummary { roundId: string; cycleId: string; name: string; kind: string; status: string; openedAt?: string; version?: number }
export interface Round extends RoundSummary {
  reviewers: ThemeReviewer[];
  themesWithoutReviewer: string[];
  counts: Record<string, number>;
  unscored: string[];
  awaitingModeration: string[];
  awaitingLeadershipReview: string[];
  reopened?: string[];
  finalColours?: Record<string, number>;
}
export interface Score {
  roundId: string;
  cycleId: string;
  characteristicCode: string;
  themeCode: string;
  status: ScoreStatus;
  colour?: Colour;
  leadershipReviewRequired?: boolean;
  reviewerId?: string;
  rationale?: string;
  greyJustification?: string;
  evidenceSampled?: string[];
  moderationOutcome?: string;
  moderatorId?: string;
  moderationReason?: string;
  leadershipDecision?: string;
  leadershipReason?: string;
  updatedAt?: string;
  updatedBy?: string;
  version?: number;
}
export interface ScoreInput { colour: Colour; rationale: string; greyJustification?: string; evidenceSampled: string[] }
export interface ScoreHistoryEntry {
  type: string;
  at: string;
  actor: string;
  previousColour?: string;
  colour?: string;
  reason?: string;
  outcome?: string;
  decision?: string;
  [field: string]: unknown;
}

export interface CycleCharacteristic { characteristicCode: string; themeCode: string; status: string; colour: string | null; roundId: string | null }
interface CycleScores { characteristics?: CycleCharacteristic[]; items?: CycleCharacteristic[] }

const scorePath = (roundId: string, code: string) => `/rounds/${enc(roundId)}/scores/${enc(code)}`;

export const scoring = {
  rounds: (q: PageQuery = {}) => api.page<RoundSummary>('/rounds', q),
  round: (roundId: string) => api.getVersioned<Round>(`/rounds/${enc(roundId)}`),
  openRound: (body: { cycleId: string; name: string; kind: 'INITIAL' | 'RECHECK' }) => api.send<Round>('POST', '/rounds', body),
  assignReviewer: (roundId: string, themeCode: string, reviewerId: string, etag: string) =>
    api.send<Round>('PUT', `/rounds/${enc(roundId)}/reviewers/${enc(themeCode)}`, { reviewerId }, { ifMatch: etag }),
  closeRound: (roundId: string, etag: string) => api.send<Round>('POST', `/rounds/${enc(roundId)}/close`, {}, { ifMatch: etag }),

  scores: (roundId: string, q: PageQuery = {}) => api.page<Score>(`/rounds/${enc(roundId)}/scores`, q),
  allScores: (roundId: string, q: PageQuery = {}) => api.all<Score>(`/rounds/${enc(roundId)}/scores`, q),
  score: (roundId: string, code: string): Promise<Versioned<Score>> => api.getVersioned<Score>(scorePath(roundId, code)),
  /** The first score names version "0" in If-Match. */
  record: (roundId: string, code: string, body: ScoreInput, etag: string) => api.send<Score>('PUT', scorePath(roundId, code), body, { ifMatch: etag }),
  moderate: (roundId: string, code: string, body: { outcome: 'CONFIRMED' | 'REVISED'; colour?: Colour; reason?: string }, etag: string) =>
    api.send<Score>('POST', scorePath(roundId, code) + '/moderate', body, { ifMatch: etag }),
  reviewByLeadership: (
    roundId: string,
    code: string,
    body: { decision: 'CONFIRMED' | 'REVISED' | 'MORE_EVIDENCE_REQUESTED'; colour?: Colour; reason?: string },
    etag: string,
  ) => api.send<Score>('POST', scorePath(roundId, code) + '/review-by-leadership', body, { ifMatch: etag }),
  /** The cycle's current score per characteristic, with the round it is in. */
  cycleScores: (cycleId: string) =>
    api.get<CycleScores>(`/cycles/${enc(cycleId)}/scores`).then((b) => b.characteristics ?? b.items ?? []),
  scoreHistory: (roundId: string, code: string) => api.page<ScoreHistoryEntry>(scorePath(roundId, code) + '/history'),
};
