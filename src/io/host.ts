// The host a run talks through: the Actions runner (io/action-host.ts) or a terminal (io/cli-host.ts).
// An adapter interface: what to log, where outputs and the summary go, and the GitHub side.
import type { EnvironmentApproval, GateResult, PullReview } from '../model.js';
import type { Inputs } from '../inputs.js';

export interface Host {
  readonly kind: 'action' | 'cli';
  info(s: string): void;
  notice(s: string): void;
  warning(s: string, file?: string, line?: number): void;
  error(s: string, file?: string, line?: number): void;
  group<T>(name: string, fn: () => Promise<T>): Promise<T>;
  setOutput(name: string, value: string): void;
  summary(markdown: string): Promise<void>;
  /** comment, status, artifact upload and approvals (Actions only) */
  github?: GitHubSide;
  env: Record<string, string | undefined>;
  cwd: string;
}

export interface GitHubSide {
  publish(
    result: GateResult,
    inputs: Inputs,
    where: { artifactName: string; job: string; statusContext: string },
    /** aborts the requests at the publish deadline */
    signal?: AbortSignal,
  ): Promise<void>;
  upload(name: string, dir: string, files: string[]): Promise<{ id?: number } | undefined>;
  download(dir: string, exclude: string[]): Promise<string[]>;
  approvals(inputs: Inputs, signal?: AbortSignal): Promise<EnvironmentApproval[]>;
  /** the reviews of this run's pull request (`error` when unreadable); undefined without a pull request */
  pullReviews(
    inputs: Inputs,
  ): Promise<{ reviews: PullReview[]; headSha: string; prNumber: number; error?: string } | undefined>;
  /**
   * The history store of the default branch runs (`compare`, issue 16), downloaded into `dir`:
   * `found: false` with the reason when there is none. Absent: no history from GitHub.
   */
  history?(
    inputs: Inputs,
    purpose: 'record' | 'baseline',
    dir: string,
  ): Promise<{
    found: boolean;
    from?: string;
    missing?: string;
    notes: string[];
    sha?: string;
    time?: string;
  }>;
  /** upload the store in `dir` as this run's history artifact */
  uploadHistory?(inputs: Inputs, dir: string): Promise<{ id?: number }>;
  /** GET /orgs/{org}/teams/{slug}/memberships/{login}; never throws */
  teamMembership(
    inputs: Inputs,
    org: string,
    slug: string,
    login: string,
  ): Promise<{ active: boolean | null; reason?: string }>;
}
