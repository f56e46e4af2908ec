// Starts the built app on a fresh database for the browser tests, so that
// every run begins from the same library: the sample article only.
import { mkdirSync, rmSync } from 'node:fs';
import { spawn } from 'node:child_process';

const db = 'var/e2e/factline.db';
mkdirSync('var/e2e', { recursive: true });
for (const suffix of ['', '-wal', '-shm']) rmSync(db + suffix, { force: true });

// The browser tests always run on this fresh SQLite file, even where
// DATABASE_URL points the app at a PostgreSQL database that must not be touched.
const { DATABASE_URL: _shared, ...env } = process.env;
const child = spawn(process.execPath, ['scripts/start.mjs'], {
	stdio: 'inherit',
	env: { ...env, FACTLINE_DB: db, ORIGIN: `http://127.0.0.1:${process.env.PORT}` }
});
for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => child.kill(signal));
child.on('exit', (code) => process.exit(code ?? 0));
