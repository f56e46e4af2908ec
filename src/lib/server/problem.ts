/**
 * Errors of the JSON API as RFC 9457 problem details
 * (`application/problem+json`), so that a client reads every failure the
 * same way: `status` and `title` for the kind, `detail` for this case,
 * `errors` for what is wrong with each field.
 *
 * The problem type is `about:blank` throughout: the HTTP status says what
 * kind of problem it is, and a made-up type URI would point nowhere
 * (RFC 9457 §4.2.1). Hence `title` is the status phrase, as §4.2.1 asks.
 */

/** One thing wrong with one field of the request. */
export interface FieldError {
	field: string;
	message: string;
}

export interface ProblemDetails {
	type: string;
	title: string;
	status: number;
	detail: string;
	instance?: string;
	errors?: FieldError[];
	/** Extension members (RFC 9457 §3.2). */
	[extension: string]: unknown;
}

export const PROBLEM_CONTENT_TYPE = 'application/problem+json';

const STATUS_TITLES: Record<number, string> = {
	400: 'Bad Request',
	404: 'Not Found',
	405: 'Method Not Allowed',
	409: 'Conflict',
	413: 'Content Too Large',
	415: 'Unsupported Media Type',
	422: 'Unprocessable Content',
	428: 'Precondition Required',
	500: 'Internal Server Error',
	503: 'Service Unavailable'
};

export interface ProblemOptions {
	errors?: FieldError[];
	instance?: string;
	headers?: Record<string, string>;
	/** More members, such as the list of export formats. */
	extensions?: Record<string, unknown>;
}

const STANDARD_MEMBERS: ReadonlySet<string> = new Set(['type', 'title', 'status', 'detail', 'instance', 'errors']);

export function problemDetails(status: number, detail: string, options: ProblemOptions = {}): ProblemDetails {
	const standard: ProblemDetails = {
		type: 'about:blank',
		title: STATUS_TITLES[status] ?? (status >= 500 ? 'Server Error' : 'Client Error'),
		status,
		detail,
		...(options.instance ? { instance: options.instance } : {}),
		...(options.errors && options.errors.length > 0 ? { errors: options.errors } : {})
	};
	// Extensions follow the standard members and never replace one of them.
	const extensions = Object.entries(options.extensions ?? {}).filter(([k]) => !STANDARD_MEMBERS.has(k));
	return { ...standard, ...Object.fromEntries(extensions) };
}

/** A problem-details response. */
export function problem(status: number, detail: string, options: ProblemOptions = {}): Response {
	return new Response(JSON.stringify(problemDetails(status, detail, options)), {
		status,
		headers: { 'content-type': PROBLEM_CONTENT_TYPE, 'cache-control': 'no-store', ...options.headers }
	});
}

/** Per-field messages (as `validateArticleInput` gives them) as a list, in a stable order. */
export function fieldErrors(errors: Partial<Record<string, string>>, order: readonly string[] = []): FieldError[] {
	const fields = [...order.filter((f) => errors[f] !== undefined), ...Object.keys(errors).filter((f) => !order.includes(f))];
	return fields.flatMap((field) => {
		const message = errors[field];
		return message === undefined ? [] : [{ field, message }];
	});
}

/**
 * A `fallback` handler for a `+server.ts`: any other method gets a 405 in
 * problem details (SvelteKit's own is plain text), with the `Allow` header.
 */
export function methodNotAllowed(...allowed: string[]): (event: { request: Request }) => Response {
	const allow = allowed.join(', ');
	return ({ request }) =>
		problem(405, `${request.method} is not supported here; use ${allow}.`, { headers: { allow } });
}
