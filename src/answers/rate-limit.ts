export interface RateLimitOptions {
  /** Queries allowed per user within the window. */
  limit: number;
  /** Default one minute. */
  windowMs?: number;
  now?: () => number;
}

export type RateDecision = { ok: true } | { ok: false; retryAfterMs: number };

/** A sliding-window limit on queries per user. */
export class RateLimiter {
  private readonly recent = new Map<string, number[]>();
  private readonly windowMs: number;
  private readonly now: () => number;

  constructor(private readonly options: RateLimitOptions) {
    this.windowMs = options.windowMs ?? 60_000;
    this.now = options.now ?? Date.now;
  }

  /** Counts one query for the user when allowed. */
  take(userId: string): RateDecision {
    const now = this.now();
    const since = now - this.windowMs;
    const times = (this.recent.get(userId) ?? []).filter((t) => t > since);
    if (times.length >= this.options.limit) {
      this.recent.set(userId, times);
      return { ok: false, retryAfterMs: times[0]! + this.windowMs - now };
    }
    times.push(now);
    this.recent.set(userId, times);
    if (this.recent.size > 10_000) this.forgetIdle(since);
    return { ok: true };
  }

  private forgetIdle(since: number): void {
    for (const [user, times] of this.recent) if (times.every((t) => t <= since)) this.recent.delete(user);
  }
}
