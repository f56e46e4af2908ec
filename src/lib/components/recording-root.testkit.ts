/**
 * For the specs of listeners attached to a root (timeline-mark-events,
 * timeline-bare-pointer): a stand-in EventTarget that keeps the handler of
 * each event type, so a spec can call it with a made-up event, and sees a
 * handler go when it is removed.
 */
export function recordingRoot(): { root: EventTarget; listeners: Map<string, (e: Event) => void> } {
	const listeners = new Map<string, (e: Event) => void>();
	const root = {
		addEventListener: (type: string, h: (e: Event) => void) => listeners.set(type, h),
		removeEventListener: (type: string) => listeners.delete(type)
	} as unknown as EventTarget;
	return { root, listeners };
}
