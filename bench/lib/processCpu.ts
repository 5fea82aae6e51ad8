import { readdirSync, readFileSync } from 'node:fs';

/** CPU time (user + system) a process has used so far in ms, threads included; undefined off Linux. */
export function processCpuMs(pid: number): number | undefined {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    // Fields after the command name (which may hold spaces) start after the last ')'.
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    const ticks = Number(fields[11]) + Number(fields[12]);
    return (ticks * 1000) / 100;
  } catch {
    return undefined;
  }
}

/** CPU time of each thread of a process in ms (main thread first), from /proc/<pid>/task; empty off Linux. */
export function threadCpuMs(pid: number): { name: string; ms: number }[] {
  try {
    const tids = readdirSync(`/proc/${pid}/task`)
      .map(Number)
      .sort((a, b) => a - b);
    return tids.flatMap((tid) => {
      try {
        const stat = readFileSync(`/proc/${pid}/task/${tid}/stat`, 'utf8');
        const name = stat.slice(stat.indexOf('(') + 1, stat.lastIndexOf(')'));
        const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
        return [{ name, ms: ((Number(fields[11]) + Number(fields[12])) * 1000) / 100 }];
      } catch {
        return [];
      }
    });
  } catch {
    return [];
  }
}
