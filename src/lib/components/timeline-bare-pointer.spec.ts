import { describe, expect, it } from 'vitest';
import { listenToBareMarks } from './timeline-bare-pointer';
import { recordingRoot } from './recording-root.testkit';

/** A target that is, or is not, inside a component. */
const target = (inMark: boolean) => ({ closest: () => (inMark ? {} : null) });

function setup(marks: Record<number, string>) {
	const { root, listeners } = recordingRoot();
	const told: string[] = [];
	const stop = listenToBareMarks(root, {
		hitAt: (x) => marks[x] ?? null,
		hover: (id) => told.push(`hover ${id}`),
		select: (id) => told.push(`select ${id}`),
		pointing: (on) => told.push(`pointing ${on}`)
	});
	const fire = (type: string, x: number, o: { inMark?: boolean; buttons?: number } = {}) =>
		listeners.get(type)!({ target: target(o.inMark ?? false), clientX: x, clientY: 0, buttons: o.buttons ?? 0 } as unknown as Event);
	return { listeners, told, stop, fire };
}

describe('listenToBareMarks', () => {
	it('hovers the path mark under the pointer once, and lets go when the pointer leaves it', () => {
		const { told, fire } = setup({ 10: 'a', 11: 'a', 40: 'b' });
		fire('pointermove', 10);
		fire('pointermove', 11);
		fire('pointermove', 40);
		fire('pointermove', 60);
		fire('pointermove', 70);
		expect(told).toEqual(['pointing true', 'hover a', 'pointing true', 'hover b', 'pointing false', 'hover null']);
	});

	it('leaves a component to its own listeners, and no lookup while the plot is dragged', () => {
		const { told, fire } = setup({ 10: 'a' });
		fire('pointermove', 10);
		// The mark is a component now, under the pointer: its hover is the component's.
		fire('pointermove', 10, { inMark: true });
		fire('pointermove', 10, { buttons: 1 });
		expect(told).toEqual(['pointing true', 'hover a', 'pointing false']);
	});

	it('lets go of the hover when the pointer leaves the plot', () => {
		const { told, fire } = setup({ 10: 'a' });
		fire('pointermove', 10);
		fire('pointerleave', 0);
		expect(told).toEqual(['pointing true', 'hover a', 'pointing false', 'hover null']);
	});

	it('selects the path mark clicked, not through a component or on empty ground', () => {
		const { told, fire } = setup({ 10: 'a' });
		fire('click', 10);
		fire('click', 10, { inMark: true });
		fire('click', 50);
		expect(told).toEqual(['select a']);
	});

	it('stops listening', () => {
		const { listeners, stop } = setup({});
		stop();
		expect(listeners.size).toBe(0);
	});
});
