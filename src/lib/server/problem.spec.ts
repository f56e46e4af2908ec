import { describe, expect, it } from 'vitest';
import { fieldErrors, methodNotAllowed, problem, problemDetails, PROBLEM_CONTENT_TYPE } from './problem';

describe('problem', () => {
	it('answers with RFC 9457 problem details', async () => {
		const res = problem(422, 'Two fields are wrong.', { errors: [{ field: 'dct', message: 'Give a date.' }] });
		expect(res.status).toBe(422);
		expect(res.headers.get('content-type')).toBe(PROBLEM_CONTENT_TYPE);
		expect(await res.json()).toEqual({
			type: 'about:blank',
			title: 'Unprocessable Content',
			status: 422,
			detail: 'Two fields are wrong.',
			errors: [{ field: 'dct', message: 'Give a date.' }]
		});
	});

	it('adds headers and extension members, which cannot override the standard ones', () => {
		const body = problemDetails(404, 'No such format.', { extensions: { formats: ['csv'], status: 200 } });
		expect(body).toMatchObject({ status: 404, title: 'Not Found', formats: ['csv'] });
		expect(Object.keys(body)).toEqual(['type', 'title', 'status', 'detail', 'formats']);
		const res = problem(405, 'Use POST.', { headers: { allow: 'POST' } });
		expect(res.headers.get('allow')).toBe('POST');
	});

	it('leaves out an empty list of errors', () => {
		expect(problemDetails(400, 'Bad JSON.', { errors: [] })).not.toHaveProperty('errors');
	});

	it('answers other methods with 405 and the allowed ones', async () => {
		const res = methodNotAllowed('POST')({ request: new Request('http://x/api/extract', { method: 'PUT' }) });
		expect(res.status).toBe(405);
		expect(res.headers.get('allow')).toBe('POST');
		expect(await res.json()).toMatchObject({ title: 'Method Not Allowed', detail: expect.stringContaining('PUT') });
	});

	it('has a title for statuses it does not name', () => {
		expect(problemDetails(418, 'x').title).toBe('Client Error');
		expect(problemDetails(502, 'x').title).toBe('Server Error');
	});
});

describe('fieldErrors', () => {
	it('lists per-field messages in the given order, then the others', () => {
		expect(fieldErrors({ text: 'Empty.', extra: 'Odd.', dct: 'Bad date.' }, ['title', 'dct', 'lang', 'text'])).toEqual([
			{ field: 'dct', message: 'Bad date.' },
			{ field: 'text', message: 'Empty.' },
			{ field: 'extra', message: 'Odd.' }
		]);
	});
});
