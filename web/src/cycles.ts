// Which assessment cycle a screen shows: ?cycle= in the address, else the latest year the reports know.
import { reporting, type ReportCycle } from './api/reporting';

let cached: Promise<ReportCycle[]> | null = null;

export function reportCycles(): Promise<ReportCycle[]> {
  cached ??= reporting.cycles({ size: 200, sort: '-year' }).then((p) => p.items);
  cached.catch(() => (cached = null));
  return cached;
}

export function forgetCycles(): void {
  cached = null;
}

export async function chosenCycle(query: URLSearchParams): Promise<{ cycle: ReportCycle | undefined; cycles: ReportCycle[] }> {
  const cycles = await reportCycles();
  const wanted = query.get('cycle');
  const cycle = (wanted && cycles.find((c) => c.cycleId === wanted)) || [...cycles].sort((a, b) => b.year - a.year)[0];
  return { cycle, cycles };
}
