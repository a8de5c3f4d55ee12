import type { CaptureProgress } from '../capture/capture-extras';

interface Job {
  controller: AbortController;
  progress: CaptureProgress | null;
}

/** Captures the popup is following, by the job id it chose. Kept in memory: a job lives as long as its request. */
const jobs = new Map<string, Job>();

export function startJob(jobId: string): { signal: AbortSignal; progress(update: CaptureProgress): void; end(): void } {
  const job: Job = { controller: new AbortController(), progress: { phase: 'starting', done: 0, total: null } };
  jobs.set(jobId, job);
  return {
    signal: job.controller.signal,
    progress: (update) => {
      job.progress = update;
    },
    end: () => {
      if (jobs.get(jobId) === job) jobs.delete(jobId);
    },
  };
}

export function jobProgress(jobId: string): CaptureProgress | null {
  return jobs.get(jobId)?.progress ?? null;
}

export function cancelJob(jobId: string): boolean {
  const job = jobs.get(jobId);
  job?.controller.abort();
  return job !== undefined;
}
