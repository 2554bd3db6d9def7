// Turbo's cache key ignores the Node version, so a run on an old Node could
// replay results produced on a new one. Fail early and say what to do.
const [major] = process.versions.node.split(".").map(Number);
if (major < 24) {
  console.error(
    `Node ${process.versions.node} ist zu alt: Integrationspaten braucht Node 24 LTS.\n` +
      `Node ${process.versions.node} is too old: Integrationspaten needs Node 24 LTS (see README).`,
  );
  process.exit(1);
}
