import { describe, expect, it } from 'vitest';
import { markdownToArticle } from './markdown';

describe('markdownToArticle', () => {
	it('keeps the words, drops the marks, and separates blocks by blank lines', () => {
		const md = [
			'# Kim arrive en *Russie*',
			'',
			'Le dirigeant **nord-coréen** est arrivé [mardi](https://example.org) en Russie,',
			'a annoncé l’agence `KCNA`.',
			'',
			'> « Nous sommes prêts », a-t-il dit.',
			'',
			'- Départ dimanche',
			'- Arrivée mardi',
			'',
			'---',
			'',
			'![Le train à Khassan](train.jpg) Tom &amp; Jerry'
		].join('\n');
		const a = markdownToArticle(md);
		expect(a.title).toBe('Kim arrive en Russie');
		expect(a.text).toBe(
			[
				'Kim arrive en Russie',
				'Le dirigeant nord-coréen est arrivé mardi en Russie,\na annoncé l’agence KCNA.',
				'« Nous sommes prêts », a-t-il dit.',
				'Départ dimanche',
				'Arrivée mardi',
				'Le train à Khassan Tom & Jerry'
			].join('\n\n')
		);
	});

	it('reduces raw HTML to its text, never keeping tags or scripts', () => {
		const a = markdownToArticle('Avant <b>gras</b> après.\n\n<div><script>window.__xss=1</script><p>Bloc</p></div>\n');
		expect(a.text).toBe('Avant gras après.\n\nBloc');
	});

	it('reads tables row by row and keeps code as written', () => {
		const a = markdownToArticle('| Date | Lieu |\n| --- | --- |\n| 12 sept. | Vostochny |\n\n```\nx < 1\n```\n');
		expect(a.text).toBe('Date | Lieu\n\n12 sept. | Vostochny\n\nx < 1');
		expect(a.title).toBe('');
	});
});
