// The public shapes of a model download: options, progress reports and the result.

/** A snapshot of a running download, reported many times per second while bytes arrive. */
export interface PullProgress {
  /** Bytes of the file on disk so far, including bytes resumed from an earlier partial download. */
  receivedBytes: number;
  /** Size of the whole file when the server said it; undefined for a stream of unknown length. */
  totalBytes: number | undefined;
  /** Recent transfer speed (a sliding window, not the average since the start). */
  bytesPerSecond: number;
  /** Seconds left at the current speed; undefined when the total or the speed is unknown. */
  etaSeconds: number | undefined;
  /** Bytes that were already on disk from an earlier, interrupted call. */
  resumedFromBytes: number;
}

export interface PullOptions {
  /** An http(s) URL or `hf:<owner>/<repo>/<path/to/file.gguf>` (optionally `hf:<owner>/<repo>@<revision>/...`). */
  source: string;
  /** Folder the model file is written to; created when missing. */
  directory: string;
  /** File name under `directory`; by default from the server's Content-Disposition, else the URL path. */
  fileName?: string;
  /** Expected sha256 of the whole file, hexadecimal; a mismatch deletes the download. */
  sha256?: string;
  /** Injected for tests and proxies; defaults to the global fetch. */
  fetch?: typeof fetch;
  /** Aborting leaves the partial file in place so a later call resumes it. */
  signal?: AbortSignal;
  onProgress?: (progress: PullProgress) => void;
  /** Retries after a transient failure (network error, 5xx, 408, 429, premature close). Default 5. */
  maxRetries?: number;
  /** First retry delay in milliseconds; doubles each retry, plus jitter. Default 500. */
  retryBaseMs?: number;
  /** A connection that sends nothing for this long is dropped and resumed. Default 60 000. */
  idleTimeoutMs?: number;
  /** Accept a file that does not start with the GGUF magic (for non-llama weights). Default false. */
  allowNonGguf?: boolean;
  /** Extra request headers, e.g. `Authorization: Bearer <token>` for gated Hugging Face repositories. */
  headers?: Record<string, string>;
}

export interface PullResult {
  /** Absolute-or-as-given path of the finished file: `<directory>/<fileName>`. */
  path: string;
  fileName: string;
  /** Size of the finished file. */
  bytes: number;
  /** sha256 of the finished file, lowercase hexadecimal. */
  sha256: string;
  /** Bytes reused from an earlier interrupted call (0 when the download started from scratch). */
  resumedFromBytes: number;
  /** True when the file was already there and valid, so nothing was downloaded. */
  alreadyPresent: boolean;
}

/** Where a source points: the URL to fetch and, when the URL names one, the file name. */
export interface ResolvedPullSource {
  url: string;
  fileName: string | undefined;
}
