import type { CarePlanEventFragment } from '@carehub/schema/graphql';

type CarePlanEvent = CarePlanEventFragment;

const VERBS: Record<string, string> = { CREATED: 'added', UPDATED: 'changed', MOVED: 'moved', DELETED: 'removed' };
const quote = (text: string) => (text.length > 60 ? `“${text.slice(0, 57)}…”` : `“${text}”`);

/**
 * What a screen reader says when someone else changes the care plan ("Avery Patel added a
 * progress note"); null for the viewer's own changes, which they already know about.
 */
export function describeCarePlanChange(event: CarePlanEvent, viewerId: string): string | null {
  const { actor, kind, carePlanNode: node } = event;
  if (!node || actor?.id === viewerId) return null;
  const who = actor?.name ?? 'CareHub';
  const verb = VERBS[kind] ?? 'changed';
  switch (node.__typename) {
    case 'Problem':
      return `${who} ${verb} problem ${quote(node.statement)}`;
    case 'Goal':
      return `${who} ${verb} goal ${quote(node.description)}`;
    case 'Intervention':
      return `${who} ${verb} intervention ${quote(node.action)}`;
    case 'ProgressNote':
      return kind === 'CREATED' ? `${who} added a progress note` : `${who} ${verb} a progress note`;
    case 'PlanSignOff':
      return `${who} signed off the care plan as ${node.discipline}`;
    case 'CarePlan':
      return `${who} ${verb} the care plan`;
    default:
      return null;
  }
}
