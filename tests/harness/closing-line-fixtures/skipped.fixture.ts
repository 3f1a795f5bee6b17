// A fixture, not a test of the product: closing-line-reporter.test.ts runs it through vitest to prove
// that skipped and todo tests count as failed in the closing line. `*.fixture.ts` is never collected by the suite.
import { expect, it } from 'vitest';

it('passes', () => expect(true).toBe(true));
it.skip('left behind with .skip', () => expect(true).toBe(false));
it.todo('a todo');
it('skips itself at run time', (context) => context.skip());
