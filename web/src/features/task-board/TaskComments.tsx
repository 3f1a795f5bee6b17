import { AddTaskCommentDocument, type TaskCommentFieldsFragment } from '@carehub/schema/graphql';
import { Button, Paper, Stack, Text, Textarea, Title } from '@mantine/core';
import { type FormEvent, type KeyboardEvent, useId, useRef, useState } from 'react';
import { apiError } from '../../platform/errors.js';
import { useLiveMutation } from '../../platform/live-mutation.js';
import { ErrorBanner } from '../../ui/ErrorBanner.js';
import { useDates } from '../../ui/use-dates.js';
import {
  insertMention,
  type Mentionable,
  mentionIds,
  mentionQuery,
  parseMentions,
  suggestions,
} from './task-board.mentions.js';
import { addTaskCommentLive } from './task-board.optimistic.js';

/**
 * A task's comments, oldest first, and a box to add one. Typing `@` offers the team (arrow keys
 * and enter choose, as in a combobox); the people mentioned are sent with the comment so the hub
 * can tell them.
 */
export function TaskComments({
  taskId,
  comments,
  people,
}: {
  taskId: string;
  comments: readonly TaskCommentFieldsFragment[];
  people: readonly Mentionable[];
}) {
  const dates = useDates();
  const [text, setText] = useState('');
  const [caret, setCaret] = useState(0);
  const [highlight, setHighlight] = useState(0);
  const [add, { error }] = useLiveMutation(AddTaskCommentDocument, addTaskCommentLive);
  const box = useRef<HTMLTextAreaElement>(null);
  const listId = useId();
  const query = mentionQuery(text, caret);
  const offered = query ? suggestions(query.query, people) : [];

  function choose(person: Mentionable) {
    if (!query) return;
    const next = insertMention(text, query.start, caret, person);
    setText(next.text);
    setCaret(next.caret);
    setHighlight(0);
    requestAnimationFrame(() => box.current?.setSelectionRange(next.caret, next.caret));
  }

  function onKeyDown(event: KeyboardEvent<HTMLTextAreaElement>) {
    if (offered.length === 0) return;
    if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
      event.preventDefault();
      const step = event.key === 'ArrowDown' ? 1 : -1;
      setHighlight((h) => (h + step + offered.length) % offered.length);
    } else if (event.key === 'Enter' || event.key === 'Tab') {
      const person = offered[highlight];
      if (person) {
        event.preventDefault();
        choose(person);
      }
    } else if (event.key === 'Escape') {
      setCaret(-1);
    }
  }

  function submit(event: FormEvent) {
    event.preventDefault();
    const body = text.trim();
    if (!body) return;
    setText('');
    setCaret(0);
    void add({
      variables: {
        input: { clientMutationId: crypto.randomUUID(), taskId, text: body, mentionIds: mentionIds(body, people) },
      },
    }).catch(() => setText(body));
  }

  return (
    <Stack component="section" aria-labelledby="task-comments" gap="xs">
      <Title order={2} id="task-comments" size="h4">
        Comments
      </Title>
      {comments.length === 0 ? (
        <Text c="dimmed" size="sm">
          No comments yet.
        </Text>
      ) : null}
      <Stack component="ul" className="plain-list" gap="xs">
        {comments.map((c) => (
          <li key={c.id}>
            <Text size="xs" c="dimmed">
              {c.author.name}
              {c.author.discipline ? ` (${c.author.discipline})` : ''} · {dates.dateTime(c.createdAt)}
            </Text>
            <Text size="sm" style={{ whiteSpace: 'pre-wrap' }}>
              {parseMentions(c.text, [...people, ...c.mentions]).map((part, i) =>
                'mention' in part ? (
                  <span key={i} className="mention">
                    {part.text}
                  </span>
                ) : (
                  <span key={i}>{part.text}</span>
                ),
              )}
            </Text>
          </li>
        ))}
      </Stack>
      <form onSubmit={submit}>
        <Stack gap="xs">
          <ErrorBanner error={apiError(error)} />
          <Textarea
            ref={box}
            label="New comment"
            description="Type @ to mention someone on the team."
            autosize
            minRows={2}
            maxLength={4000}
            value={text}
            role="combobox"
            aria-expanded={offered.length > 0}
            aria-controls={listId}
            aria-autocomplete="list"
            aria-activedescendant={offered.length > 0 ? `${listId}-${highlight}` : undefined}
            onChange={(e) => {
              setText(e.currentTarget.value);
              setCaret(e.currentTarget.selectionStart ?? e.currentTarget.value.length);
              setHighlight(0);
            }}
            onSelect={(e) => setCaret(e.currentTarget.selectionStart ?? 0)}
            onKeyDown={onKeyDown}
          />
          {offered.length > 0 ? (
            <Paper withBorder p={4} shadow="sm">
              <div id={listId} role="listbox" aria-label="People to mention">
                {offered.map((p, i) => (
                  <div
                    key={p.id}
                    id={`${listId}-${i}`}
                    role="option"
                    tabIndex={-1}
                    aria-selected={i === highlight}
                    className={i === highlight ? 'mention-option mention-active' : 'mention-option'}
                    onMouseDown={(e) => e.preventDefault()}
                    onClick={() => choose(p)}
                    onKeyDown={() => undefined}
                  >
                    {p.name}
                    {p.discipline ? ` (${p.discipline})` : ''}
                  </div>
                ))}
              </div>
            </Paper>
          ) : (
            <div id={listId} role="listbox" aria-label="People to mention" hidden />
          )}
          <div>
            <Button type="submit" size="xs" disabled={!text.trim()}>
              Add comment
            </Button>
          </div>
        </Stack>
      </form>
    </Stack>
  );
}
