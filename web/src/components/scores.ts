// Finding a characteristic's current score: the cycle's scores name the round each one is in.
import { scoring, type Score } from '../api/scoring';

export async function currentScore(cycleId: string, code: string): Promise<Score | null> {
  const entry = (await scoring.cycleScores(cycleId)).find((c) => c.characteristicCode === code);
  if (!entry?.roundId) return null;
  return (await scoring.score(entry.roundId, code)).body;
}
