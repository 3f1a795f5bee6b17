import { Text } from '@mantine/core';
import type { PortalItem } from './portal-feed.js';

const day = new Intl.DateTimeFormat(undefined, { weekday: 'long', day: 'numeric', month: 'long' });
const moment = new Intl.DateTimeFormat(undefined, {
  weekday: 'short',
  day: 'numeric',
  month: 'short',
  hour: 'numeric',
  minute: '2-digit',
});

/** A calendar day (YYYY-MM-DD) as words, read as that day wherever the reader is. */
export function dayInWords(date: string): string {
  return day.format(new Date(`${date}T12:00:00`));
}

/**
 * One entry of the feed. Everything the team or the family typed is rendered as text (React
 * escapes it), never as markup.
 */
export function FeedItem({ item, fresh }: { item: PortalItem; fresh: boolean }) {
  const when = item.kind === 'CONTACT' || item.kind === 'DISCHARGE_DATE' ? null : moment.format(new Date(item.at));
  return (
    <article className={`feed-item${fresh ? ' fresh' : ''}`} aria-label={item.title}>
      <h3>{item.kind === 'DISCHARGE_DATE' && item.date ? `${item.title}: ${dayInWords(item.date)}` : item.title}</h3>
      <div>{item.text}</div>
      {item.status || item.detail || (item.date && item.kind !== 'DISCHARGE_DATE') || when ? (
        <Text className="meta" mt={4}>
          {[
            item.status,
            item.detail,
            item.date && item.kind !== 'DISCHARGE_DATE' ? `Aiming for ${dayInWords(item.date)}` : null,
            when,
          ]
            .filter(Boolean)
            .join(' · ')}
        </Text>
      ) : null}
      {item.reply ? (
        <div className="reply">
          <Text fw={700} component="p">
            Answer from {item.reply.author}
          </Text>
          <div>{item.reply.text}</div>
          <Text className="meta">{moment.format(new Date(item.reply.at))}</Text>
        </div>
      ) : null}
    </article>
  );
}
