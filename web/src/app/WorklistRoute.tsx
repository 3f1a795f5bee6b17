import { lazy } from 'react';
import { useParams } from 'react-router';
import { NotFound } from './Frame.js';

const HighRiskWorklist = lazy(() =>
  import('../features/risk/HighRiskWorklist.js').then((m) => ({ default: m.HighRiskWorklist })),
);
const PayerWorklist = lazy(() =>
  import('../features/payer/PayerWorklist.js').then((m) => ({ default: m.PayerWorklist })),
);

/**
 * `/worklist/:kind` (paths.highRiskWorklist, paths.payerWorklist): one lazy route for every
 * worklist, so a new worklist adds nothing to the first screen's routes; each screen still loads
 * as its own chunk when first visited.
 */
export function WorklistRoute() {
  const { kind } = useParams();
  if (kind === 'high-risk') return <HighRiskWorklist />;
  if (kind === 'payer') return <PayerWorklist />;
  return <NotFound />;
}
