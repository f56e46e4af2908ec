import { spawn, type ChildProcessWithoutNullStreams } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { createInterface } from 'node:readline';

/** A child of the storage tests, run with tsx so it uses the same TypeScript modules as the app. */
export interface Child {
	process: ChildProcessWithoutNullStreams;
	/** The next line the child prints (rejects when it exits first). */
	nextLine(): Promise<string>;
	/** Every line printed so far. */
	lines: string[];
	stderr(): string;
	exited: Promise<{ code: number | null; signal: NodeJS.Signals | null }>;
}

/** `script` is relative to this folder (child/). */
export function spawnChild(script: string, env: Record<string, string>): Child {
	const path = fileURLToPath(new URL(script, import.meta.url));
	const child = spawn(process.execPath, ['--import', 'tsx', path], {
		env: { ...process.env, ...env },
		stdio: ['pipe', 'pipe', 'pipe']
	});
	const lines: string[] = [];
	const waiting: Array<{ resolve: (l: string) => void; reject: (e: Error) => void }> = [];
	let read = 0;
	let err = '';
	child.stderr.on('data', (d) => (err += String(d)));
	createInterface({ input: child.stdout }).on('line', (line) => {
		lines.push(line);
		const w = waiting.shift();
		if (w) {
			read++;
			w.resolve(line);
		}
	});
	const exited = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((resolve) =>
		child.on('exit', (code, signal) => {
			for (const w of waiting.splice(0)) w.reject(new Error(`child exited (${code ?? signal}) before printing a line: ${err.slice(-2000)}`));
			resolve({ code, signal });
		})
	);
	return {
		process: child,
		lines,
		stderr: () => err,
		exited,
		nextLine: () =>
			new Promise((resolve, reject) => {
				if (read < lines.length) resolve(lines[read++]);
				else if (child.exitCode !== null || child.signalCode !== null) reject(new Error(`child has exited: ${err.slice(-2000)}`));
				else waiting.push({ resolve, reject });
			})
	};
}
