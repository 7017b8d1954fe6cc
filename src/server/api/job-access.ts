// Tenant isolation for jobs: the job table has no workspace, so ownership of API-started jobs is recorded in the store.
import { GenstackError } from '../../core/index.ts';
import { defaultWorkspace, type Actor } from '../../guard/index.ts';
import type { JobQueue, JobRecord } from '../../jobs/index.ts';
import type { WorkspaceResourceRepository } from '../../store/index.ts';

const jobResource = 'job';
/** How many recent jobs a list looks through for the caller's own. */
const scanLimit = 1000;

export interface JobAccess {
  /** 404 unless the job belongs to the actor's workspace. */
  job(actor: Actor, id: string): Promise<JobRecord>;
  list(actor: Actor, filter: NonNullable<Parameters<JobQueue['list']>[0]> & { limit: number }): Promise<JobRecord[]>;
  /** Records that a job started through the API belongs to the actor's workspace. */
  own(actor: Actor, job: JobRecord): Promise<void>;
}

/**
 * Jobs with no recorded owner (CLI, blueprints, jobs from before workspaces) belong to 'default'; without a resource
 * repository every job does.
 * @example
 * const access = createJobAccess({ jobs, resources: store.workspaceResources });
 */
export function createJobAccess(options: { jobs: JobQueue; resources?: WorkspaceResourceRepository | undefined }): JobAccess {
  const { jobs, resources } = options;
  const workspaceOf = async (id: string) => (await resources?.workspaceOf({ kind: jobResource, id })) ?? defaultWorkspace;
  return {
    async job(actor, id) {
      const job = jobs.get(id);
      if (!job || (await workspaceOf(id)) !== actor.workspace)
        throw new GenstackError({ code: 'not_found', message: `No job '${id}'.`, param: 'id' });
      return job;
    },
    async list(actor, filter) {
      if (actor.workspace !== defaultWorkspace) {
        if (!resources) return [];
        const ids = await resources.list({ kind: jobResource, workspace: actor.workspace, limit: scanLimit });
        return ids
          .map((id) => jobs.get(id))
          .filter(
            (job): job is JobRecord =>
              job !== undefined && (!filter.kind || job.kind === filter.kind) && (!filter.status || job.status === filter.status),
          )
          .slice(0, filter.limit);
      }
      const candidates = jobs.list({ ...filter, limit: Math.max(filter.limit, scanLimit) });
      const owners = await Promise.all(candidates.map((job) => workspaceOf(job.id)));
      return candidates.filter((_job, index) => owners[index] === defaultWorkspace).slice(0, filter.limit);
    },
    async own(actor, job) {
      await resources?.assign({ kind: jobResource, id: job.id, workspace: actor.workspace });
    },
  };
}
