import type { TestProject } from "vitest/node";
import { freePort, startSite, startWorker, startWorkspace } from "../src/stack.js";

declare module "vitest" {
  interface ProvidedContext {
    siteOrigin: string;
    workerOrigin: string;
    /** The worker's --persist-to directory: the tests read its local D1 from there. */
    d1PersistTo: string;
    /** The coordinators' workspace, on the same local D1, with the development sign-in. */
    workspaceOrigin: string;
  }
}

/**
 * Starts the site server, the forms worker and the workspace once for all test files and
 * stops them after.
 * The site's port is chosen first, because the worker must know the site's origin
 * (SITE_URL for redirects, ALLOWED_ORIGINS for CORS).
 */
export default async function setup(project: TestProject) {
  const sitePort = await freePort();
  const siteOrigin = `http://127.0.0.1:${sitePort}`;
  const worker = await startWorker(siteOrigin);
  const site = await startSite(sitePort, worker.origin);
  const workspace = await startWorkspace(worker.persistTo, site.origin);
  project.provide("siteOrigin", site.origin);
  project.provide("workerOrigin", worker.origin);
  project.provide("d1PersistTo", worker.persistTo);
  project.provide("workspaceOrigin", workspace.origin);
  return async () => {
    await workspace.stop();
    await site.stop();
    await worker.stop();
  };
}
