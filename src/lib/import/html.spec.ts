import { describe, expect, it } from 'vitest';
import { htmlToArticle } from './html';
import { proposeFor } from './proposals';

const PAGE = `<!doctype html>
<html lang="fr-FR">
<head>
  <title>Kim arrive en Russie | Le Journal</title>
  <meta property="og:title" content="Kim Jong Un arrive en Russie">
  <meta property="article:published_time" content="2023-09-12T10:05:00+02:00">
  <script type="application/ld+json">{"@context":"https://schema.org","@graph":[{"@type":"NewsArticle","datePublished":"2023-09-11"}]}</script>
  <script>window.__xss = 1</script>
  <style>p { color: red }</style>
</head>
<body>
  <nav><a href="/">Accueil</a> <a href="/monde">Monde</a> <a href="/sport">Sport</a></nav>
  <article>
    <h1>Kim Jong Un arrive en Russie</h1>
    <p>Le dirigeant nord-coréen Kim Jong Un est arrivé mardi en Russie, a annoncé le Kremlin,
       pour une rencontre avec Vladimir Poutine attendue dans les prochains jours.</p>
    <p>Son train blindé avait quitté Pyongyang dimanche soir &amp; traversé la frontière à Khassan.<br>Il se dirige vers Vladivostok.
       <img src=x onerror="window.__xss=1"></p>
    <p>Selon l’agence KCNA, la visite doit porter sur la coopération militaire entre les deux pays,
       sous sanctions internationales, et sur l’espace.</p>
  </article>
  <footer>© 2023 Le Journal — Tous droits réservés</footer>
</body>
</html>`;

describe('htmlToArticle', () => {
	const a = htmlToArticle(PAGE);

	it('keeps the story, one paragraph per block, separated by blank lines', () => {
		const paragraphs = a.text.split('\n\n');
		expect(paragraphs[0]).toMatch(/^Le dirigeant nord-coréen Kim Jong Un est arrivé mardi en Russie, a annoncé le Kremlin, pour/);
		expect(paragraphs).toContain(
			'Son train blindé avait quitté Pyongyang dimanche soir & traversé la frontière à Khassan.\nIl se dirige vers Vladivostok.'
		);
		expect(a.text).toMatch(/sur l’espace\.$/);
	});

	it('leaves out menus, footers, scripts and styles', () => {
		for (const junk of ['Accueil', 'Tous droits', '__xss', 'color: red', 'onerror']) expect(a.text).not.toContain(junk);
	});

	it('takes the title and metadata from the document', () => {
		expect(a.title).toBe('Kim Jong Un arrive en Russie'); // og:title, without the site name
		expect(a.metadata.lang).toBe('fr-FR');
		expect(a.metadata.dates.map((d) => d.raw)).toEqual(['2023-09-12T10:05:00+02:00', '2023-09-11']);
	});

	it('proposes the published time of the page over JSON-LD, and the language', () => {
		const p = proposeFor(a.text, a.metadata);
		expect(p.dct).toEqual({
			dct: '2023-09-12',
			source: 'the page’s article:published_time (“2023-09-12T10:05:00+02:00”)'
		});
		expect(p.lang?.lang).toBe('fr');
	});

	it('falls back to JSON-LD and <time datetime> when there is no Open Graph date', () => {
		const ld = htmlToArticle(PAGE.replace(/<meta property="article:published_time"[^>]*>/, ''));
		expect(proposeFor(ld.text, ld.metadata).dct?.source).toMatch(/JSON-LD datePublished/);
		const time = htmlToArticle(
			`<html><body><article><p>Posted <time datetime="2021-04-05">April 5</time>.</p><p>${'The leader arrived in the city on Monday. '.repeat(8)}</p></article></body></html>`
		);
		expect(proposeFor(time.text, time.metadata).dct).toMatchObject({ dct: '2021-04-05', source: expect.stringMatching(/<time datetime>/) });
	});

	it('reads a page Readability gives up on from its whole body', () => {
		const tiny = htmlToArticle('<html><body><p>PARIS, 12 sept 2023 (AFP) – Courte dépêche.</p></body></html>');
		expect(tiny.text).toBe('PARIS, 12 sept 2023 (AFP) – Courte dépêche.');
		expect(proposeFor(tiny.text, tiny.metadata).dct?.dct).toBe('2023-09-12');
	});
});
