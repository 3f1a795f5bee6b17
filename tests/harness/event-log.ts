import pg from 'pg';

/**
 * Id of the newest event on `stream`, read straight from the hub's PostgreSQL database at `url`:
 * the cursor `collectLive` follows from to acknowledge a subscription of an API process.
 */
export async function newestEventId(url: string, stream: string): Promise<string> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    const { rows } = await client.query<{ last: string | null }>(
      'select max(id)::text as last from change_event where stream = $1',
      [stream],
    );
    const last = rows[0]?.last;
    if (!last) throw new Error(`stream ${stream} has no events yet`);
    return last;
  } finally {
    await client.end();
  }
}
