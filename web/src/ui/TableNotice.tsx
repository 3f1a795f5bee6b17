import { Table, Text } from '@mantine/core';
import type { ReactNode } from 'react';

/** A full-width row in a table for "Loading…" or "Nothing here" messages. */
export function TableNotice({ columns, children }: { columns: number; children: ReactNode }) {
  return (
    <Table.Tr>
      <Table.Td colSpan={columns}>
        <Text c="dimmed" size="sm">
          {children}
        </Text>
      </Table.Td>
    </Table.Tr>
  );
}
