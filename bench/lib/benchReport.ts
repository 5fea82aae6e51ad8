import type { SizeDistribution } from '../corpus/sizeDistribution';
import type { BenchEnvironment } from './environment';
import type { CliCheckRun } from './measureCliCheck';
import type { FloorRun } from './measureFloor';
import type { LearnOnceRun } from './measureLearnOnce';
import type { YamlLanguageServerRun } from './measureYamlLanguageServer';

/** Everything measured at one corpus size. */
export interface SizeResult {
  lessons: number;
  corpus: { bytes: number; paraphrases: number; broken: number; sizes?: SizeDistribution };
  /** runs[i], cliCheck[i] and floor[i] were taken together, in that order within run i. */
  runs: LearnOnceRun[];
  cliCheck: CliCheckRun[];
  /** The one-thread floor of each run (absent in results written before it was measured). */
  floor?: FloorRun[];
  yamlLanguageServer?: YamlLanguageServerRun;
  clientBundleLoadMs?: number[];
  /** Runs that could not finish, with why. */
  errors?: string[];
}

export interface BenchReport {
  environment: BenchEnvironment;
  options: { sizes: number[]; runs: number; samples: number };
  results: SizeResult[];
  /** Bytes per lesson file of the real lesson sets the generated corpus is shaped after. */
  realCorpora?: { name: string; sizes: SizeDistribution }[];
}
