import '@mantine/dates/styles.css';
import { DateInput, DateTimePicker } from '@mantine/dates';

interface DateFieldProps {
  label: string;
  value: string;
  onChange: (value: string) => void;
  required?: boolean;
}

/**
 * A calendar date (`YYYY-MM-DD`, '' when blank): type it ("2026-11-20" or "Nov 20, 2026") or
 * pick it. Calendar dates carry no zone, so nothing here shifts them.
 */
export function DateField({ label, value, onChange, required }: DateFieldProps) {
  return (
    <DateInput
      label={label}
      value={value || null}
      onChange={(next) => onChange(next ?? '')}
      valueFormat="MMM D, YYYY"
      placeholder="e.g. Nov 20, 2026"
      firstDayOfWeek={0}
      clearable={!required}
      clearButtonProps={{ 'aria-label': `Clear ${label}` }}
      required={required}
    />
  );
}

/** A wall-clock date and time (`YYYY-MM-DD HH:mm:ss`) on the unit's clock; see platform/dates.ts `instantOf`. */
export function DateTimeField({ label, value, onChange, required }: DateFieldProps) {
  return (
    <DateTimePicker
      label={label}
      value={value || null}
      onChange={(next) => onChange(next ?? '')}
      valueFormat="MMM D, YYYY h:mm A"
      firstDayOfWeek={0}
      required={required}
    />
  );
}
