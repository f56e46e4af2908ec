import { describe, expect, it } from 'vitest';
import { listenToMarks, markCrossed } from './timeline-mark-events';
import { recordingRoot } from './recording-root.testkit';

/** Just enough of an element: a parent, attributes, closest and contains. */
class FakeNode {
	constructor(
		readonly parent: FakeNode | null = null,
		readonly attrs: Record<string, string> = {}
	) {}
	getAttribute(name: string) {
		return this.attrs[name] ?? null;
	}
	closest(selector: string): FakeNode | null {
		const name = /^\[([\w-]+)\]$/.exec(selector)![1];
		if (name in this.attrs) return this;
		return this.parent ? this.parent.closest(selector) : null;
	}
	contains(other: FakeNode | null) {
		for (let n = other; n; n = n.parent) if (n === this) return true;
		return false;
	}
}

/** A plot with two marks (each a group with a shape and a label) and a `+N` pill. */
function plot() {
	const svg = new FakeNode();
	const a = new FakeNode(svg, { 'data-event-id': 'a' });
	const b = new FakeNode(svg, { 'data-event-id': 'b' });
	const cluster = new FakeNode(svg, { class: 'cluster' });
	return { svg, a, aShape: new FakeNode(a), aLabel: new FakeNode(a), b, bShape: new FakeNode(b), cluster };
}

/** A root recording its listeners, and what the handlers were told. */
function listening() {
	const { root, listeners } = recordingRoot();
	const told: string[] = [];
	const stop = listenToMarks(root, {
		enter: (id) => told.push(`enter ${id}`),
		leave: () => told.push('leave'),
		focus: (id) => told.push(`focus ${id}`),
		blur: () => told.push('blur')
	});
	const fire = (type: string, target: FakeNode, relatedTarget: FakeNode | null = null) => listeners.get(type)?.({ type, target, relatedTarget } as unknown as Event);
	return { told, fire, stop, listeners };
}

describe('markCrossed', () => {
	it('names the mark the pointer comes onto from outside it', () => {
		const p = plot();
		expect(markCrossed(p.aShape as unknown as Element, p.svg as unknown as Element)).toBe('a');
		expect(markCrossed(p.aShape as unknown as Element, null)).toBe('a');
	});

	it('is null between the parts of one mark and off the marks', () => {
		const p = plot();
		expect(markCrossed(p.aLabel as unknown as Element, p.aShape as unknown as Element)).toBeNull();
		expect(markCrossed(p.cluster as unknown as Element, p.aShape as unknown as Element)).toBeNull();
	});
});

describe('listenToMarks', () => {
	it('enters and leaves a mark once, however the pointer moves over its parts', () => {
		const p = plot();
		const { told, fire } = listening();
		fire('pointerover', p.aShape, p.svg);
		fire('pointerout', p.aShape, p.aLabel);
		fire('pointerover', p.aLabel, p.aShape);
		fire('pointerout', p.aLabel, p.svg);
		expect(told).toEqual(['enter a', 'leave']);
	});

	it('leaves one mark before entering the next', () => {
		const p = plot();
		const { told, fire } = listening();
		fire('pointerover', p.aShape, p.svg);
		fire('pointerout', p.aShape, p.bShape);
		fire('pointerover', p.bShape, p.aShape);
		expect(told).toEqual(['enter a', 'leave', 'enter b']);
	});

	it('tells the focus landing on a mark and leaving it, not on a +N pill', () => {
		const p = plot();
		const { told, fire } = listening();
		fire('focusin', p.b);
		fire('focusout', p.b);
		fire('focusin', p.cluster);
		fire('focusout', p.cluster);
		expect(told).toEqual(['focus b', 'blur']);
	});

	it('stops listening', () => {
		const { stop, listeners } = listening();
		expect(listeners.size).toBe(4);
		stop();
		expect(listeners.size).toBe(0);
	});
});
