import { describe, expect, it } from 'vitest';
import { GRABBING, grabCursor, grabsAtOnce } from './grab-cursor';

/** A plot whose presses land on the background, or on an event (`onEvent`). */
function plot(onEvent: boolean) {
	const win = new EventTarget();
	const classes = new Set<string>();
	const node = Object.assign(new EventTarget(), {
		ownerDocument: { defaultView: win },
		classList: { add: (c: string) => void classes.add(c), remove: (c: string) => void classes.delete(c) },
		closest: (sel: string) => (sel === '.event' && onEvent ? {} : null)
	});
	const press = (button = 0) => node.dispatchEvent(Object.assign(new Event('pointerdown'), { button }));
	const on = (type: string) => win.dispatchEvent(new Event(type));
	const stop = grabCursor(node as unknown as Element);
	return { grabbing: () => classes.has(GRABBING), press, on, stop };
}

describe('grabCursor', () => {
	it('shows the hand while the background is held, until the button is released', () => {
		const p = plot(false);
		p.press();
		expect(p.grabbing()).toBe(true);
		p.on('pointerup');
		expect(p.grabbing()).toBe(false);
	});

	it('leaves a press on an event alone (it has its own cursor) until the pointer moves to pan', () => {
		const p = plot(true);
		p.press();
		expect(p.grabbing()).toBe(false);
		p.on('pointermove');
		expect(p.grabbing()).toBe(true);
		p.on('pointercancel');
		expect(p.grabbing()).toBe(false);
		p.on('pointermove');
		expect(p.grabbing()).toBe(false);
	});

	it('ignores other buttons, and stops listening when detached', () => {
		const p = plot(false);
		p.press(2);
		expect(p.grabbing()).toBe(false);
		p.stop();
		p.press();
		expect(p.grabbing()).toBe(false);
	});

	it('tells a press on an event from one elsewhere', () => {
		expect(grabsAtOnce(null)).toBe(true);
		expect(grabsAtOnce({ closest: () => null } as unknown as EventTarget)).toBe(true);
		expect(grabsAtOnce({ closest: () => ({}) } as unknown as EventTarget)).toBe(false);
	});
});
