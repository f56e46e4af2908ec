/**
 * The import endpoint's work, apart from `+server.ts` so tests can give it
 * their own store (a `+server.ts` may only export request handlers).
 */
import { importFile, type ImportStore } from '$lib/import/import-file';
import { MAX_UPLOAD_BYTES } from '$lib/import/upload';
import { problem } from '$lib/server/problem';

function statusOf(e: unknown): number | undefined {
	for (let x: unknown = e, depth = 0; x && typeof x === 'object' && depth < 3; x = (x as { cause?: unknown }).cause, depth++) {
		const status = (x as { status?: unknown }).status;
		if (typeof status === 'number') return status;
	}
	return undefined;
}

const tooLarge = () => problem(413, 'The upload is larger than 2 MB: the limit is 2 MB a file. Send the files one by one.');

export async function handleImport(request: Request, store: ImportStore): Promise<Response> {
	const type = (request.headers.get('content-type') ?? '').split(';')[0].trim().toLowerCase();
	if (type !== 'multipart/form-data') {
		return problem(415, 'Send the file as multipart/form-data, in a field named “file”.', { headers: { 'accept-post': 'multipart/form-data' } });
	}
	// The file plus the form's few short fields; more is refused unread.
	const declared = Number(request.headers.get('content-length'));
	if (Number.isFinite(declared) && declared > MAX_UPLOAD_BYTES + 64 * 1024) return tooLarge();
	let form: FormData;
	try {
		form = await request.formData();
	} catch (e) {
		if (statusOf(e) === 413) return tooLarge();
		return problem(400, 'The upload could not be read. Try again.');
	}
	const file = form.get('file');
	if (!(file instanceof File)) {
		return problem(422, 'No file was sent: put it in a field named “file”.', { errors: [{ field: 'file', message: 'Choose a file.' }] });
	}
	const text = (name: string) => {
		const v = form.get(name);
		return typeof v === 'string' ? v : '';
	};
	try {
		const outcome = await importFile(
			{ name: file.name, bytes: new Uint8Array(await file.arrayBuffer()), dct: text('dct'), lang: text('lang') },
			store
		);
		if (!outcome.ok) return problem(outcome.status, outcome.detail, { errors: outcome.errors, extensions: { file: file.name } });
		const { ok: _ok, ...body } = outcome;
		return new Response(JSON.stringify({ ...body, file: file.name, href: `/articles/${encodeURIComponent(outcome.id)}` }), {
			status: 201,
			headers: {
				'content-type': 'application/json; charset=utf-8',
				'cache-control': 'no-store',
				location: `/articles/${encodeURIComponent(outcome.id)}`
			}
		});
	} catch (e) {
		console.error(`Could not import ${file.name}:`, e);
		return problem(500, `“${file.name.slice(0, 80)}” could not be stored because of a problem on the server. Try it again later.`);
	}
}
