import { describe, expect, it } from 'vitest';
import { insertMention, mentionIds, mentionQuery, parseMentions, suggestions } from './task-board.mentions.js';

const avery = { id: 'u-avery', name: 'Avery Patel', discipline: 'SW' };
const minh = { id: 'u-minh', name: 'Dr. Minh Nguyen', discipline: 'MD' };
const ave = { id: 'u-ave', name: 'Ave', discipline: 'PT' };
const team = [ave, avery, minh];

describe('@mentions in comments', () => {
  it('finds each mentioned team member once, the longest name first', () => {
    expect(mentionIds('@Avery Patel please call; @dr. minh nguyen FYI. Thanks @Avery Patel!', team)).toEqual([
      'u-avery',
      'u-minh',
    ]);
    expect(mentionIds('@Ave, can you walk him?', team)).toEqual(['u-ave']);
  });

  it('ignores an @ inside a word and names nobody who is not on the team', () => {
    expect(mentionIds('mail nurse@Avery Patel.org', team)).toEqual([]);
    expect(mentionIds('@Jordan Lee is off today', team)).toEqual([]);
    expect(mentionIds('@Averyx', team)).toEqual([]);
  });

  it('cuts the text into plain runs and mentions, for display', () => {
    expect(parseMentions('Ask @Avery Patel today', team)).toEqual([
      { text: 'Ask ' },
      { text: '@Avery Patel', mention: avery },
      { text: ' today' },
    ]);
  });

  it('offers people while a name is typed after @, and puts the chosen one in', () => {
    const text = 'Please @av';
    const query = mentionQuery(text, text.length);
    expect(query).toEqual({ query: 'av', start: 7 });
    expect(suggestions('av', team).map((p) => p.id)).toEqual(['u-ave', 'u-avery']);
    expect(suggestions('md', team).map((p) => p.id)).toEqual(['u-minh']);
    expect(insertMention(text, 7, text.length, avery)).toEqual({ text: 'Please @Avery Patel ', caret: 20 });
    expect(mentionQuery('an email a@b', 12)).toBeNull();
  });
});
