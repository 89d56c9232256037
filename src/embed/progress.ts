/** The fields of a Transformers.js `progress_callback` event that we read. */
export interface ProgressEvent {
  status: string;
  name?: string;
  file?: string;
  progress?: number;
  loaded?: number;
  total?: number;
}

export class DownloadStalled extends Error {
  constructor(
    readonly file: string,
    readonly seconds: number,
  ) {
    super(`no data for ${seconds} s while downloading ${file}`);
  }
}

export function formatBytes(bytes: number): string {
  if (bytes >= 1e6) return `${(bytes / 1e6).toFixed(1)} MB`;
  return `${Math.max(1, Math.round(bytes / 1e3))} KB`;
}

const BIG_FILE = 5e6;

interface Transfer {
  loaded: number;
  total: number;
  announced: boolean;
  nextPercent: number;
}

/**
 * Watches a model load: logs what is downloaded (files read from the cache or a folder stay
 * quiet), and rejects `stalled` when a download gets no data for `stallMs`, because
 * Transformers.js's fetch has no timeout of its own.
 */
export class DownloadMonitor {
  readonly stalled: Promise<never>;
  private readonly transfers = new Map<string, Transfer>();
  private timer: NodeJS.Timeout | undefined;
  private rejectStalled: (error: Error) => void = () => {};
  private announcedModel = false;

  constructor(
    private readonly model: string,
    /** Whether a file will be read from disk rather than fetched. */
    private readonly onDisk: (file: string) => boolean,
    private readonly log: (line: string) => void,
    private readonly stallMs: number,
  ) {
    this.stalled = new Promise<never>((_, reject) => {
      this.rejectStalled = reject;
    });
    this.stalled.catch(() => {}); // only awaited through Promise.race; never unhandled
  }

  readonly onEvent = (event: ProgressEvent): void => {
    const file = event.file;
    if (file === undefined) return;
    if (event.status === 'initiate') {
      if (this.onDisk(file)) return;
      if (!this.announcedModel) {
        this.announcedModel = true;
        this.log(`${this.model} is not cached yet: downloading it once`);
      }
      this.transfers.set(file, { loaded: 0, total: 0, announced: false, nextPercent: 25 });
      this.touch();
      return;
    }
    const transfer = this.transfers.get(file);
    if (transfer === undefined) return;
    if (event.status === 'progress') {
      this.progress(file, transfer, event);
      this.touch();
    } else if (event.status === 'done') {
      this.transfers.delete(file);
      this.log(`downloaded ${this.model}/${file} (${formatBytes(transfer.loaded)})`);
      this.touch();
    }
  };

  dispose(): void {
    clearTimeout(this.timer);
    this.timer = undefined;
  }

  private progress(file: string, transfer: Transfer, event: ProgressEvent): void {
    transfer.loaded = event.loaded ?? transfer.loaded;
    transfer.total = event.total ?? transfer.total;
    const percent = event.progress ?? 0;
    // A file that arrives in one piece (or without a length) is reported once, when done.
    if (!transfer.announced && percent < 100) {
      transfer.announced = true;
      this.log(`downloading ${this.model}/${file} (${formatBytes(transfer.total)})`);
    }
    if (transfer.total >= BIG_FILE && percent >= transfer.nextPercent && percent < 100) {
      this.log(`  ${file}: ${Math.floor(percent)}% of ${formatBytes(transfer.total)}`);
      while (transfer.nextPercent <= percent) transfer.nextPercent += 25;
    }
  }

  private touch(): void {
    clearTimeout(this.timer);
    const waiting = this.transfers.keys().next();
    if (waiting.done) return;
    const file = waiting.value;
    this.timer = setTimeout(() => this.rejectStalled(new DownloadStalled(file, this.stallMs / 1000)), this.stallMs);
    this.timer.unref();
  }
}
