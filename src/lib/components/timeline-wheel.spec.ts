import { afterEach, describe, expect, it, vi } from 'vitest';
import { wheelFactor, wheelZoom, WHEEL_REST_MS } from './timeline-wheel';

describe('wheelFactor (d3-zoom’s default wheel delta)', () => {
	it.each([
		[{ deltaY: -100, deltaMode: 0, ctrlKey: false }, 2 ** 0.2],
		[{ deltaY: 100, deltaMode: 0, ctrlKey: false }, 2 ** -0.2],
		[{ deltaY: -3, deltaMode: 1, ctrlKey: false }, 2 ** 0.15],
		[{ deltaY: -1, deltaMode: 2, ctrlKey: false }, 2],
		// A trackpad pinch: ctrlKey, ten times as strong.
		[{ deltaY: -10, deltaMode: 0, ctrlKey: true }, 2 ** 0.2]
	])('%o → %d', (e, k) => {
		expect(wheelFactor(e)).toBeCloseTo(k, 12);
	});
});

describe('wheelZoom', () => {
	afterEach(() => {
		vi.useRealTimers();
	});

	/** An element at (100, 50) on screen that counts how often its box is read. */
	function fakeNode() {
		const node = new EventTarget() as EventTarget & { reads: number; clientLeft: number; clientTop: number; getBoundingClientRect(): { left: number; top: number } };
		node.reads = 0;
		node.clientLeft = 0;
		node.clientTop = 0;
		node.getBoundingClientRect = () => {
			node.reads++;
			return { left: 100, top: 50 };
		};
		return node;
	}
	const wheel = (clientX: number, clientY: number, deltaY = -50) => Object.assign(new Event('wheel', { cancelable: true }), { clientX, clientY, deltaY, deltaMode: 0, ctrlKey: false }) as unknown as WheelEvent;

	it('reads the plot’s position once a gesture, zooms around the pointer, ends when the wheel rests', () => {
		vi.useFakeTimers();
		const node = fakeNode();
		const steps: [number, [number, number]][] = [];
		let rests = 0;
		const stop = wheelZoom(node as unknown as Element, { onstep: (k, p) => steps.push([k, p]), onrest: () => rests++ });
		const first = wheel(300, 80);
		node.dispatchEvent(first);
		vi.advanceTimersByTime(WHEEL_REST_MS - 1);
		node.dispatchEvent(wheel(310, 80));
		node.dispatchEvent(wheel(320, 90));
		expect(first.defaultPrevented).toBe(true);
		expect(node.reads).toBe(1);
		expect(rests).toBe(0);
		expect(steps.map(([, p]) => p)).toEqual([
			[200, 30],
			[210, 30],
			[220, 40]
		]);
		expect(steps[0][0]).toBeCloseTo(2 ** 0.1, 12);
		vi.advanceTimersByTime(WHEEL_REST_MS);
		expect(rests).toBe(1);
		// The next gesture reads the position again: the page may have moved in between.
		node.dispatchEvent(wheel(300, 80));
		expect(node.reads).toBe(2);
		stop();
		vi.advanceTimersByTime(WHEEL_REST_MS);
		node.dispatchEvent(wheel(300, 80));
		expect(steps.length).toBe(4);
		expect(rests).toBe(1);
	});
});
