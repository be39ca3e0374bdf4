// The contract check is what makes a journey fail on an undocumented answer, so it must catch
// each kind of mismatch. Checked on a small OpenAPI 3.1 document shaped like the real one.

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { Contract, ContractError } from '../lib/contract.mjs';

const doc = {
  openapi: '3.1.0',
  paths: {
    '/api/v1/jobs/{id}': {
      get: {
        responses: {
          200: { description: 'ok', content: { 'application/json': { schema: { $ref: '#/components/schemas/Job' } } } },
          404: { $ref: '#/components/responses/NotFound' },
        },
      },
    },
    '/api/v1/jobs/mine': {
      get: { responses: { 204: { description: 'nothing' } } },
    },
  },
  components: {
    schemas: {
      Job: {
        type: 'object',
        required: ['id', 'title', 'publishedAt'],
        properties: {
          id: { type: 'integer', format: 'int64' },
          title: { type: 'string' },
          payUnit: { type: 'string', enum: ['MONTH', 'DAY'] },
          publishedAt: { type: 'string', format: 'date-time' },
          note: { type: ['string', 'null'] },
        },
      },
      Problem: { type: 'object', required: ['code', 'status'], properties: { code: { type: 'string' } } },
    },
    responses: {
      NotFound: { description: 'no', content: { 'application/problem+json': { schema: { $ref: '#/components/schemas/Problem' } } } },
    },
  },
};

const contract = new Contract(doc);
const job = { id: 7, title: '保洁员🧹', publishedAt: '2026-05-01T08:00:00+08:00', payUnit: 'DAY', note: null };
const check = (answer) => contract.check({ method: 'GET', contentType: 'application/json', ...answer });

test('a documented answer passes', () => {
  check({ path: '/api/v1/jobs/7', status: 200, body: job });
  check({ path: '/api/v1/jobs/7', status: 404, contentType: 'application/problem+json;charset=UTF-8',
    body: { code: 'JOB_NOT_FOUND', status: 404 } });
  check({ path: '/api/v1/jobs/mine', status: 204, contentType: '', body: '' });
});

test('literal path segments win over templates', () => {
  assert.equal(contract.templateFor('/api/v1/jobs/mine'), '/api/v1/jobs/mine');
  assert.equal(contract.templateFor('/api/v1/jobs/abc'), '/api/v1/jobs/{id}');
  assert.equal(contract.templateFor('/api/v1/nothing'), null);
});

test('each kind of mismatch is caught', () => {
  const cases = [
    [{ path: '/api/v1/jobs/7', status: 500, body: {} }, /status 500 is not documented/],
    [{ path: '/api/v1/jobs/7', status: 200, body: { ...job, payUnit: 'WEEK' } }, /allowed values/],
    [{ path: '/api/v1/jobs/7', status: 200, body: { ...job, publishedAt: '2026-05-01T08:00:00' } }, /format/],
    [{ path: '/api/v1/jobs/7', status: 200, body: { id: 7 } }, /required property/],
    [{ path: '/api/v1/jobs/7', status: 200, contentType: 'text/html', body: '<p>' }, /content type "text\/html"/],
    [{ path: '/api/v1/jobs/7', status: 404, body: { code: 'X', status: 404 } }, /content type "application\/json"/],
    [{ path: '/api/v1/other', status: 200, body: {} }, /no path in the contract/],
    [{ method: 'POST', path: '/api/v1/jobs/7', status: 200, body: job }, /documents no POST/],
  ];
  for (const [answer, message] of cases) {
    assert.throws(() => check(answer), (e) => e instanceof ContractError && message.test(e.message));
  }
});

test('lists every operation', () => {
  assert.deepEqual(contract.operations(), ['GET /api/v1/jobs/{id}', 'GET /api/v1/jobs/mine']);
});
