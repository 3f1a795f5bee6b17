import '@mantine/core/styles/Chip.css';
import { Chip, Group, NativeSelect } from '@mantine/core';
import { DISCIPLINES } from '../identity/disciplines.js';
import type { BoardFilters } from './task-board.filters.js';

/**
 * The filter bar. Every choice is written to the address (the caller's `onChange` does that), so
 * the back button, a reload and a shared link show the same board.
 */
export function BoardFilterBar({
  filters,
  labels,
  patients,
  lanesChoice,
  onChange,
}: {
  filters: BoardFilters;
  labels: readonly string[];
  /** Patients to filter by; none on a patient's own board. */
  patients: readonly { id: string; name: string }[] | null;
  /** Offer swimlanes by patient (the unit board), and whether they are on. */
  lanesChoice: { on: boolean } | null;
  onChange(change: Partial<BoardFilters>): void;
}) {
  return (
    <Group component="section" aria-label="Filters" gap="sm" align="flex-end" wrap="wrap">
      <Chip
        checked={filters.assignee === 'mine'}
        onChange={(on) => onChange({ assignee: on ? 'mine' : null })}
        variant="outline"
      >
        Mine
      </Chip>
      <Chip
        checked={filters.assignee === 'unassigned'}
        onChange={(on) => onChange({ assignee: on ? 'unassigned' : null })}
        variant="outline"
      >
        Unassigned
      </Chip>
      <Chip
        checked={filters.due === 'overdue'}
        onChange={(on) => onChange({ due: on ? 'overdue' : null })}
        variant="outline"
      >
        Overdue
      </Chip>
      <Chip
        checked={filters.due === 'today'}
        onChange={(on) => onChange({ due: on ? 'today' : null })}
        variant="outline"
      >
        Due today
      </Chip>
      <NativeSelect
        label="Discipline"
        size="xs"
        value={filters.discipline ?? ''}
        data={[{ value: '', label: 'All' }, ...DISCIPLINES.map((d) => ({ value: d, label: d }))]}
        onChange={(e) => onChange({ discipline: e.currentTarget.value || null })}
      />
      {patients ? (
        <NativeSelect
          label="Patient"
          size="xs"
          value={filters.patient ?? ''}
          data={[{ value: '', label: 'All' }, ...patients.map((p) => ({ value: p.id, label: p.name }))]}
          onChange={(e) => onChange({ patient: e.currentTarget.value || null })}
        />
      ) : null}
      <NativeSelect
        label="Label"
        size="xs"
        value={filters.label ?? ''}
        data={[{ value: '', label: 'All' }, ...labels.map((l) => ({ value: l, label: l }))]}
        onChange={(e) => onChange({ label: e.currentTarget.value || null })}
      />
      {lanesChoice ? (
        <Chip
          checked={lanesChoice.on}
          onChange={(on) => onChange({ lanes: on ? 'patient' : 'none' })}
          variant="outline"
        >
          Rows by patient
        </Chip>
      ) : null}
    </Group>
  );
}
