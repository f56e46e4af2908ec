#!/usr/bin/env node
/**
 * `npm test`: every check the project has, in one run, with one total.
 * Steps run even after one fails, so a single run shows every problem; the
 * exit code is non-zero when anything failed. The last line is
 * `N passed, N failed` over all runners (each test of vitest and Playwright
 * counts; typecheck, lint, build and each extraction floor count as one).
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs';

const env = { ...process.env, NO_COLOR: '1', FORCE_COLOR: '0' };
mkdirSync('test-results', { recursive: true });

/** Extraction floors on ../shared/eval/dev (top-level numbers) and on the repo's gold sets (objects keyed by their folder in tests/eval: en-timex, places, heldout-events…), just under today's figures. */
const FLOORS = JSON.parse(readFileSync('tests/extraction-floors.json', 'utf8'));
const DEV_FLOORS = Object.fromEntries(Object.entries(FLOORS).filter(([, v]) => typeof v === 'number'));
const SET_FLOORS = Object.entries(FLOORS).filter(([, v]) => typeof v === 'object' && v !== null);

let passed = 0;
let failed = 0;
const failures = [];

function run(name, cmd, args, extraEnv = {}) {
	console.log(`\n── ${name} ──`);
	const r = spawnSync(cmd, args, { stdio: 'inherit', env: { ...env, ...extraEnv } });
	return r.status === 0;
}

function single(name, ok) {
	if (ok) passed++;
	else {
		failed++;
		failures.push(name);
	}
}

function countFromJson(name, file, read) {
	if (!existsSync(file)) {
		single(`${name} (no report)`, false);
		return;
	}
	const { ok, bad } = read(JSON.parse(readFileSync(file, 'utf8')));
	passed += ok;
	failed += bad;
	if (bad > 0) failures.push(`${name}: ${bad} failed`);
}

single('typecheck', run('typecheck (svelte-check)', 'npm', ['run', '-s', 'check']));
single('lint', run('lint (eslint)', 'npm', ['run', '-s', 'lint']));
const built = run('build', 'npm', ['run', '-s', 'build']);
single('build', built);

rmSync('test-results/vitest.json', { force: true });
const unitOk = run('unit tests (vitest)', 'npx', [
	'vitest',
	'run',
	'--reporter=default',
	'--reporter=json',
	'--outputFile.json=test-results/vitest.json'
]);
countFromJson('unit tests', 'test-results/vitest.json', (j) => ({
	ok: j.numPassedTests,
	bad: j.numFailedTests + (unitOk || j.numFailedTests > 0 ? 0 : 1)
}));

const shared = process.env.FACTLINE_SHARED ?? '../shared';
if (existsSync(`${shared}/eval/score.mjs`)) {
	const args = [
		`${shared}/eval/score.mjs`,
		'--gold',
		`${shared}/eval/dev`,
		'--cmd',
		'npm run -s extract -- {file} --dct {dct} --lang {lang}',
		'--min-event-f1',
		String(FLOORS.event_f1),
		'--min-timex-value',
		String(FLOORS.timex_value),
		'--min-place-acc',
		String(FLOORS.place_acc161)
	];
	single('extraction floors on eval/dev', run(`extraction floors ${JSON.stringify(DEV_FLOORS)}`, 'node', args));
	for (const [set, floors] of SET_FLOORS) single(`extraction floors on tests/eval/${set}`, goldSetFloors(`tests/eval/${set}`, floors, `${shared}/eval/score.mjs`));
} else {
	console.log(`\n── extraction floors: ${shared}/eval not found, skipped ──`);
}

/**
 * Floors on a gold set of many small articles: every article is extracted in
 * one process (bin/extract-gold.ts), not one `npm run extract` each, so the
 * check costs a second or two; then the shared scorer reads the fact files.
 * `floors` maps SCORE keys (`timex_f1`, `timex_value`, …) to minimums.
 */
function goldSetFloors(dir, floors, scorer) {
	const pred = `test-results/pred-${dir.replace(/\W+/g, '-')}`;
	rmSync(pred, { recursive: true, force: true });
	if (!run(`extraction floors ${JSON.stringify(floors)} on ${dir}`, 'npx', ['tsx', 'bin/extract-gold.ts', dir, pred])) return false;
	const r = spawnSync('node', [scorer, '--gold', dir, '--pred', pred], { encoding: 'utf8', env });
	const line = (r.stdout ?? '').split('\n').find((l) => l.startsWith('SCORE ')) ?? '';
	console.log(line || r.stderr);
	let ok = r.status === 0 && line !== '';
	for (const [key, min] of Object.entries(floors)) {
		const got = Number(new RegExp(`\\b${key}=([\\d.]+)`).exec(line)?.[1]);
		if (!(got >= min)) {
			console.log(`below the bar: ${key}=${got} < ${min}`);
			ok = false;
		}
	}
	return ok;
}

if (built) {
	rmSync('test-results/e2e.json', { force: true });
	const e2eOk = run('browser tests (playwright)', 'npx', ['playwright', 'test'], {
		PLAYWRIGHT_JSON_OUTPUT_NAME: 'test-results/e2e.json'
	});
	countFromJson('browser tests', 'test-results/e2e.json', (j) => ({
		ok: j.stats.expected,
		bad: j.stats.unexpected + j.stats.flaky + (e2eOk || j.stats.unexpected > 0 ? 0 : 1)
	}));
} else {
	single('browser tests (not run: build failed)', false);
}

if (failures.length) console.log(`\nFailed: ${failures.join('; ')}`);
console.log(`\n${passed} passed, ${failed} failed`);
process.exit(failed > 0 ? 1 : 0);
