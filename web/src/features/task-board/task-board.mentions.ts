/**
 * @mentions in task comments: "@Avery Patel can you call the daughter?" names Avery Patel, who is
 * told. A mention is `@` followed by a team member's full name; the longest name wins, so
 * "@Dr. Minh Nguyen" is not read as someone called "Dr.".
 */

export interface Mentionable {
  id: string;
  name: string;
  discipline?: string | null;
}

export type CommentPart = { text: string } | { text: string; mention: Mentionable };

const boundary = (ch: string | undefined) => ch === undefined || !/[\p{L}\p{N}]/u.test(ch);

/** The text cut into plain runs and mentions of `people`, in order. */
export function parseMentions(text: string, people: readonly Mentionable[]): CommentPart[] {
  const byLength = [...people].sort((a, b) => b.name.length - a.name.length);
  const parts: CommentPart[] = [];
  let plain = '';
  let i = 0;
  while (i < text.length) {
    if (text[i] === '@' && boundary(text[i - 1])) {
      const rest = text.slice(i + 1).toLocaleLowerCase();
      const who = byLength.find(
        (p) => rest.startsWith(p.name.toLocaleLowerCase()) && boundary(text[i + 1 + p.name.length]),
      );
      if (who) {
        if (plain) parts.push({ text: plain });
        plain = '';
        parts.push({ text: text.slice(i, i + 1 + who.name.length), mention: who });
        i += 1 + who.name.length;
        continue;
      }
    }
    plain += text[i];
    i += 1;
  }
  if (plain) parts.push({ text: plain });
  return parts;
}

/** The ids of the people a comment mentions, once each. */
export function mentionIds(text: string, people: readonly Mentionable[]): string[] {
  const ids = parseMentions(text, people).flatMap((p) => ('mention' in p ? [p.mention.id] : []));
  return [...new Set(ids)];
}

/**
 * The `@word` being typed at `caret`, if any: what the suggestions match on, and where it starts
 * (so choosing a person replaces it).
 */
export function mentionQuery(text: string, caret: number): { query: string; start: number } | null {
  const before = text.slice(0, caret);
  const at = before.lastIndexOf('@');
  if (at < 0 || !boundary(before[at - 1])) return null;
  const query = before.slice(at + 1);
  // A mention query is a name being typed: at most three words, no line break.
  if (/\n/.test(query) || query.split(' ').length > 3 || query.length > 40) return null;
  return { query, start: at };
}

/** Team members whose name or discipline starts a word with `query`, at most `limit`. */
export function suggestions(query: string, people: readonly Mentionable[], limit = 6): Mentionable[] {
  const q = query.trim().toLocaleLowerCase();
  return people
    .filter((p) => {
      if (!q) return true;
      const words = `${p.name} ${p.discipline ?? ''}`.toLocaleLowerCase().split(/\s+/);
      return p.name.toLocaleLowerCase().startsWith(q) || words.some((w) => w.startsWith(q));
    })
    .slice(0, limit);
}

/** The text with the query at `start` replaced by the chosen person's mention, and where the caret goes. */
export function insertMention(
  text: string,
  start: number,
  caret: number,
  person: Mentionable,
): { text: string; caret: number } {
  const inserted = `@${person.name} `;
  return { text: text.slice(0, start) + inserted + text.slice(caret), caret: start + inserted.length };
}
