/**
 * The victim of the kill test: writes to the library in a loop, through the
 * real storage module and the real extraction pipeline, and prints an ACK
 * line after each write has committed:
 *
 *   ACK article <id>                  createArticle returned
 *   ACK correction <articleId> <n>    appendCorrection returned version n
 *   ACK collection <id> <count>       createCollection returned
 *
 * It never stops by itself; the test SIGKILLs it mid-run. The articles come
 * from FACTLINE_TEST_ARTICLES (a JSON list of { title, dct, lang, text }).
 */
import { readFileSync } from 'node:fs';
import type { ArticleInput } from '$lib/article-input';
import { createArticle } from '../articles';
import { appendCorrection } from '../corrections';
import { createCollection } from '../collections';
import { storeFromEnv } from './store-from-env';

const articles = JSON.parse(readFileSync(process.env.FACTLINE_TEST_ARTICLES ?? '', 'utf8')) as ArticleInput[];
if (articles.length === 0) throw new Error('FACTLINE_TEST_ARTICLES lists no articles.');

const store = await storeFromEnv();
const ack = (line: string) => process.stdout.write(`ACK ${line}\n`);
const created: string[] = [];
const versions = new Map<string, number>();

for (let i = 0; ; i++) {
	const input = articles[i % articles.length];
	const id = await createArticle(store, { ...input, title: `${input.title} #${i}` });
	created.push(id);
	ack(`article ${id}`);
	// Two corrections on a random earlier article: edits land on old and new.
	const target = created[Math.floor(Math.random() * created.length)];
	for (let k = 0; k < 2; k++) {
		const expectedVersion = versions.get(target) ?? 0;
		const result = await appendCorrection(store, target, { expectedVersion, author: 'kill-test', op: { i, k } });
		if (!result.ok) throw new Error(`unexpected conflict on ${target}: ${result.currentVersion}`);
		versions.set(target, result.record.version);
		ack(`correction ${target} ${result.record.version}`);
	}
	if (created.length >= 3) {
		const members = created.slice(-3);
		const collection = await createCollection(store, { title: `Story ${i}`, articleIds: members });
		ack(`collection ${collection} ${members.length}`);
	}
}
