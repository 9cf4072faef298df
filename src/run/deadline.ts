// Time bounds for the GitHub side of a run: the publish deadline (comment, statuses and approvals
// reads together) and the bound on the artifact upload. Past either, the verdict stands.

/** Thrown when the publish deadline (or the upload bound) passes. */
export class DeadlineError extends Error {}

/**
 * The time GitHub may take for the comment, the statuses and the approvals reads together
 * (input `publish-deadline`): each call gets what is left, and an abort signal that ends its
 * requests when that runs out.
 */
export class GitHubBudget {
  private leftMs: number;
  /** GitHub cannot be used at all in this run (its event payload is unusable): why */
  blocked?: string;
  constructor(readonly seconds: number) {
    this.leftMs = seconds * 1000;
  }

  async run<T>(what: string, fn: (signal: AbortSignal) => Promise<T>): Promise<T> {
    if (this.blocked) throw new DeadlineError(`${what} skipped: ${this.blocked}`);
    if (this.leftMs <= 0)
      throw new DeadlineError(`${what} skipped: the publish-deadline of ${this.seconds} s has passed`);
    const ac = new AbortController();
    const started = Date.now();
    let timer: ReturnType<typeof setTimeout> | undefined;
    const expired = new Promise<never>((_r, reject) => {
      timer = setTimeout(() => {
        ac.abort();
        reject(new DeadlineError(`${what} stopped: the publish-deadline of ${this.seconds} s has passed`));
      }, this.leftMs);
    });
    try {
      return await Promise.race([fn(ac.signal), expired]);
    } finally {
      clearTimeout(timer);
      this.leftMs -= Date.now() - started;
    }
  }
}

/** Resolves fn, or rejects with a DeadlineError after `seconds` (fn goes on in the background). */
export async function within<T>(seconds: number, what: string, fn: () => Promise<T>): Promise<T> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const expired = new Promise<never>((_r, reject) => {
    timer = setTimeout(
      () => reject(new DeadlineError(`${what}: no end within ${seconds} s`)),
      seconds * 1000,
    );
    timer.unref?.();
  });
  try {
    return await Promise.race([fn(), expired]);
  } finally {
    clearTimeout(timer);
  }
}
