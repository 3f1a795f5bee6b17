import type { EntityManager } from '@mikro-orm/core';
import { PostgreSqlDriver } from '@mikro-orm/postgresql';

/** How many matches a directory search ranks at most. */
export const SEARCH_LIMIT = 100;

/**
 * Ids of the directory's resources matching every word (each a prefix), best match first:
 * PostgreSQL ranks its generated `search_vector` (GIN-indexed) with `ts_rank`, SQLite its FTS5 table
 * with `bm25`. `words` come from `searchWords`, so they hold letters and digits only and cannot
 * carry either engine's query syntax.
 */
export async function matchingResourceIds(em: EntityManager, words: readonly string[]): Promise<string[]> {
  if (words.length === 0) return [];
  const connection = em.getConnection();
  if (em.getDriver() instanceof PostgreSqlDriver) {
    const rows: { id: string }[] = await connection.execute(
      `select id from community_resource, to_tsquery('english', ?) query
        where archived_at is null and search_vector @@ query
        order by ts_rank(search_vector, query) desc, name asc limit ${SEARCH_LIMIT}`,
      [words.map((w) => `${w}:*`).join(' & ')],
    );
    return rows.map((r) => r.id);
  }
  const rows: { id: string }[] = await connection.execute(
    `select resource_id as id from community_resource_fts
      where community_resource_fts match ? order by bm25(community_resource_fts) limit ${SEARCH_LIMIT}`,
    [words.map((w) => `"${w}"*`).join(' ')],
  );
  return rows.map((r) => r.id);
}
