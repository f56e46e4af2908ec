import { describe, expect, it } from 'vitest';
import { isTimex3Value } from './timex3';

describe('isTimex3Value', () => {
	it.each([
		'2023-09-10', '2023-09-10T18:38', '2023-09-10TEV', '2023-09-10TMO', '2023-W37', '2023-W37-WE', '2023-09', '2023-Q1',
		'2023-H2', '2023-SU', '2023', '201X', '20XX', '201', '20', 'FY1997', 'PRESENT_REF', 'PAST_REF', 'FUTURE_REF', 'P3Y', 'PT2H', 'P1DT12H', 'PXD',
		'P2.5Y', 'XXXX-09-10', 'XXXX-XX-XX', 'XXXX-WXX-1', 'T18:38'
	])('accepts %s', (value) => expect(isTimex3Value(value)).toBe(true));

	it.each(['', 'yesterday', '10/09/2023', '2023-9-10', '2023-09-10 18:38', '2023-09-10T25', '2023-13-01', '2023-09-32', 'P', 'PT', '2023-W', 'NOW', '2023-09-10TEVENING'])(
		'refuses %j',
		(value) => expect(isTimex3Value(value)).toBe(false)
	);
});
