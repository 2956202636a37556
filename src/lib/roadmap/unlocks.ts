/**
 * What a step leads to, worked out from the roles rather than stored twice: a step unlocks
 * every role whose requirements mention it.
 */
import { mentionedIds } from './requirements.ts';
import type { Catalogue } from './types.ts';

/** Role ids whose `qualifiedBy` names the step (directly or as an alternative). */
export function rolesUnlockedBy(stepId: string, catalogue: Catalogue): string[] {
  return [...catalogue.roles.values()].filter((r) => r.qualifiedBy.flatMap(mentionedIds).includes(stepId)).map((r) => r.id);
}
