/**
 * The benchmark's groups, each run by bench/run.ts in a process of its own (`node bench/groups.ts <group>`), so
 * that no group measures what an earlier one left behind: the extraction's parsed pages (~100 MB of happy-dom
 * documents stayed reachable for the rest of a shared process), the scoring's clones, a compiler still busy with
 * another group's functions. The child sends its result to run.ts over the IPC channel and logs on stdout.
 */
import { benchCli } from './cli';
import { benchExtract, benchExtractOthers } from './extract';
import { benchMemory } from './memory';
import { benchMarketText } from './market-text';
import { benchMessages, benchRealText } from './message';
import { benchPageload } from './pageload';
import { benchPhoto } from './photo';
import { benchScore } from './score';
import { benchTeam } from './team';
import { benchTeamSync } from './team-sync';

type Log = (s: string) => void;

export const GROUPS = {
  extract: async () => ({ upwork: benchExtract(), others: benchExtractOthers() }),
  score: async () => benchScore(),
  message: async (log: Log) => ({
    message: benchMessages(),
    realText: await benchRealText(log),
    marketText: benchMarketText(),
    webText: benchMarketText('benign-web'),
    adviceText: benchMarketText('benign-advice'),
  }),
  pageload: async () => benchPageload(),
  photo: async (log: Log) => benchPhoto(log),
  memory: async (log: Log) => benchMemory(log),
  team: async (log: Log) => benchTeam(log),
  teamSync: async (log: Log) => benchTeamSync(log),
  cli: async (log: Log) => benchCli(log),
};

export type Group = keyof typeof GROUPS;
export type GroupResult<G extends Group> = Awaited<ReturnType<(typeof GROUPS)[G]>>;

// A child of run.ts: one group, its result over IPC.
if (import.meta.url === `file://${process.argv[1]}` && process.send) {
  const group = process.argv[2] as Group;
  const json = process.argv.includes('--json');
  const result = await GROUPS[group]((s) => !json && console.log(s));
  await new Promise<void>((resolve, reject) => process.send!(result, (e: Error | null) => (e ? reject(e) : resolve())));
  // A browser or server a group started may keep handles open: the group is done.
  process.exit(0);
}
