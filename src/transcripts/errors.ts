/**
 * A transcript file that cannot be read; the message says why, in one line, without the path.
 * `problem` is the message without the advice for a file on disk ("save it as UTF-8"), for a caller
 * (the sync) whose user did not save the file.
 */
export class TranscriptError extends Error {
  override name = 'TranscriptError';
  readonly problem: string;
  constructor(problem: string, advice?: string) {
    super(advice === undefined ? problem : `${problem}: ${advice}`);
    this.problem = problem;
  }
}
