// Finding a characteristic's current score: the cycle's scores name the round each one is in.
import { ServiceClient } from '../api/http';
import { scoring, type Score } from '../api/scoring';

const api = new ServiceClient('/api/scoring');

interface CycleCharacteristic { characteristicCode: string; themeCode: string; status: string; colour: string | null; roundId: string | null }
interface CycleScores { characteristics?: CycleCharacteristic[]; items?: CycleCharacteristic[] }

export async function cycleScores(cycleId: string): Promise<CycleCharacteristic[]> {
  const body = await api.get<CycleScores>(`/cycles/${encodeURIComponent(cycleId)}/scores`, { size: 200 });
  return body.characteristics ?? body.items ?? [];
}

export async function currentScore(cycleId: string, code: string): Promise<Score | null> {
  const entry = (await cycleScores(cycleId)).find((c) => c.characteristicCode === code);
  if (!entry?.roundId) return null;
  return (await scoring.score(entry.roundId, code)).body;
}
