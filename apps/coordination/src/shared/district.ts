import { alzeyWorms, type District, schemasFor } from "@integrationspaten/domain";

/**
 * The district this workspace serves, validated once per isolate (Worker) or page (client).
 * A district that deploys its own workspace changes only this module.
 */
let current: { district: District; schemas: ReturnType<typeof schemasFor> } | undefined;

export function workspaceDistrict() {
  if (!current) {
    const district = alzeyWorms();
    current = { district, schemas: schemasFor(district) };
  }
  return current;
}
