import { Badge } from '@mantine/core';
import { useDates } from '../../ui/use-dates.js';

/** The expected discharge date, flagged once it has passed on the unit's clock. */
export function ExpectedDischarge({ date }: { date: string | null | undefined }) {
  const dates = useDates();
  if (!dates.isOverdue(date)) return <>{dates.date(date)}</>;
  return (
    <Badge color="warn" title="Past the expected discharge date">
      {dates.date(date)}
    </Badge>
  );
}
