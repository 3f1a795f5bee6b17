import { GraphQLError } from 'graphql';
import { pino } from 'pino';
import { describe, expect, it } from 'vitest';
import { conflict } from '../errors.js';
import { createErrorFormatter } from './format-error.js';

const silent = pino({ level: 'silent' });

describe('error formatting', () => {
  it('masks an unexpected error outside development, keeping only the request id', () => {
    const format = createErrorFormatter(silent, false);
    const wrapped = new GraphQLError('connection string postgres://secret@db failed', {
      originalError: new Error('connection string postgres://secret@db failed'),
      path: ['patients'],
    });
    const out = format(wrapped.toJSON(), wrapped, 'req-42');
    expect(out.message).not.toContain('secret');
    expect(out.message).toContain('req-42');
    expect(out.extensions).toEqual({ code: 'INTERNAL_SERVER_ERROR', requestId: 'req-42' });
  });

  it('says SERVICE_UNAVAILABLE, without the database address, when the database cannot be reached', () => {
    const format = createErrorFormatter(silent, false);
    const refused = Object.assign(new Error('connect ECONNREFUSED 10.0.0.5:5432'), { code: 'ECONNREFUSED' });
    const wrapped = new GraphQLError('Context creation failed: connect ECONNREFUSED 10.0.0.5:5432', {
      originalError: refused,
    });
    const out = format(wrapped.toJSON(), wrapped, 'req-7');
    expect(out.extensions).toEqual({ code: 'SERVICE_UNAVAILABLE', requestId: 'req-7' });
    expect(out.message).not.toContain('10.0.0.5');
  });

  it('shows the unexpected error in development', () => {
    const format = createErrorFormatter(silent, true);
    const error = new GraphQLError('boom', { originalError: new Error('boom'), path: ['x'] });
    expect(format(error.toJSON(), error, 'r').message).toBe('boom');
  });

  it('passes coded errors through with their extensions', () => {
    const format = createErrorFormatter(silent, false);
    const error = conflict('Patient', { id: 'p1', version: 3 });
    const out = format(error.toJSON(), error, 'r');
    expect(out.extensions).toMatchObject({ code: 'CONFLICT', current: { id: 'p1', version: 3 } });
  });

  it('spells out input validation failures per field', () => {
    const format = createErrorFormatter(silent, false);
    const error = new GraphQLError('Argument Validation Error', {
      extensions: {
        code: 'BAD_USER_INPUT',
        validationErrors: [
          { property: 'input', children: [{ property: 'name', constraints: { isLength: 'name is too long' } }] },
        ],
      },
    });
    const out = format(error.toJSON(), error, 'r');
    expect(out.message).toBe('name is too long');
    expect(out.extensions).toEqual({
      code: 'BAD_USER_INPUT',
      fields: [{ field: 'input.name', message: 'name is too long' }],
    });
  });

  it('cuts "Did you mean" hints from every message when the schema is hidden, and keeps them otherwise', () => {
    const hints = [
      [
        'Cannot query field "nmae" on type "Patient". Did you mean "name"?',
        'Cannot query field "nmae" on type "Patient".',
      ],
      [
        'Value "ADMN" does not exist in "StaffRole" enum. Did you mean the enum value "ADMIN"?',
        'Value "ADMN" does not exist in "StaffRole" enum.',
      ],
      [
        'Unknown type "Patinet". Did you mean "Patient", "PatientFilterInput", or "PatientView"?',
        'Unknown type "Patinet".',
      ],
    ];
    for (const [message, hidden] of hints) {
      const error = new GraphQLError(message ?? '', { extensions: { code: 'GRAPHQL_VALIDATION_FAILED' } });
      expect(createErrorFormatter(silent, false, false)(error.toJSON(), error, 'r').message).toBe(hidden);
      expect(createErrorFormatter(silent, false, true)(error.toJSON(), error, 'r').message).toBe(message);
    }
  });
});
