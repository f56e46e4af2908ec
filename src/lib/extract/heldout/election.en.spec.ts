import { describe, expect, it } from 'vitest';
import { eventAt, eventsIn, placesNamed, read, within161, type Article } from './testkit';

const ARTICLE: Article = {
	lang: 'en',
	dct: '2021-03-15',
	text: `Incumbent concedes as opposition wins Baden-Wuerttemberg vote

STUTTGART, March 15 (Reuters) - The Greens won Sunday's state election in Baden-Wuerttemberg, official results showed on Monday, ending decades of conservative rule in the southwestern region.

The party's candidate, Winfried Kretschmann, told supporters in Stuttgart on Sunday night that voters had chosen change. Turnout rose to 66 percent.

The chancellor will meet the new state leader in Berlin next week. Conservative officials say the defeat was caused by the nuclear crisis in Japan.

Barges on the Rhine were briefly halted near Karlsruhe on Saturday after a protest.
`
};

describe('held-out: a German state election (en)', () => {
	const facts = read(ARTICLE);
	const value = (text: string) => facts.timexes.find((t) => t.text === text)?.value;

	it('resolves the days of the week around the publication date', () => {
		expect(value('Sunday')).toBe('2021-03-14');
		expect(value('Sunday night')).toBe('2021-03-14TNI');
		expect(value('next week')).toBe('2021-W12');
		expect(value('Saturday')).toBe('2021-03-13');
	});

	it('recognises the state under its umlaut-less spelling', () => {
		const state = placesNamed(facts, 'Baden-Wuerttemberg');
		expect(state.length).toBe(2);
		for (const p of state) {
			expect(p.kind).toBe('region');
			expect(within161(p, 48.78, 9.18)).toBe(true);
		}
	});

	it('recognises the Rhine', () => {
		expect(within161(placesNamed(facts, 'Rhine')[0], 50.0, 7.8)).toBe(true);
	});

	it('dates the win to Sunday', () => {
		expect(eventAt(facts, ARTICLE, 'The Greens won', 'won').when?.value).toBe('2021-03-14');
	});

	it('places a statement where it was made, before what it reports', () => {
		const speech = eventAt(facts, ARTICLE, 'told supporters', 'told');
		expect(speech.when?.value).toBe('2021-03-14TNI');
		expect(within161(speech.where, 48.78, 9.18)).toBe(true);
	});

	it('keeps the meeting planned in Berlin', () => {
		const meeting = eventAt(facts, ARTICLE, 'will meet', 'meet');
		expect(meeting.status).toBe('planned');
		expect(within161(meeting.where, 52.52, 13.4)).toBe(true);
	});

	it('dates `officials say` to the publication day and does not place it in Berlin', () => {
		const say = eventAt(facts, ARTICLE, 'officials say', 'say');
		expect(say.status).toBe('reported');
		expect(say.when?.value).toBe('2021-03-15');
		expect(say.where).toBeNull();
	});

	it('dates the planned meeting to next week (2021-W12), as one event', () => {
		const meeting = eventAt(facts, ARTICLE, 'will meet', 'meet');
		expect(meeting.when?.value).toBe('2021-W12');
		expect(eventsIn(facts, ARTICLE, 'will meet')).toHaveLength(1);
	});
});
