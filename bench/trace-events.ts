/**
 * Chrome trace events and the two readings the browser profiling tools
 * (profile-zoom.ts, profile-select.ts) make of them: self time by event
 * name, and the outermost tasks with what nests in each.
 */

export interface TraceEvent {
	name: string;
	ph: string;
	ts: number;
	dur?: number;
	/** Thread (CPU) time, less sensitive than `dur` to other processes on a busy machine. */
	tdur?: number;
	pid: number;
	tid: number;
	args?: { name?: string; data?: { frame?: string; type?: string } };
}

/** Self time by event name on one thread: each complete event less the events nested in it (`cpu`: thread time). */
export function selfTimes(events: readonly TraceEvent[], cpu = false): Map<string, number> {
	const d = (e: TraceEvent) => (cpu ? (e.tdur ?? e.dur!) : e.dur!);
	const spans = events.filter((e) => e.ph === 'X' && e.dur !== undefined).sort((a, b) => a.ts - b.ts || b.dur! - a.dur!);
	const self = new Map<string, number>();
	const stack: TraceEvent[] = [];
	for (const e of spans) {
		while (stack.length && stack[stack.length - 1].ts + stack[stack.length - 1].dur! <= e.ts) stack.pop();
		const parent = stack[stack.length - 1];
		if (parent) self.set(parent.name, (self.get(parent.name) ?? 0) - d(e));
		self.set(e.name, (self.get(e.name) ?? 0) + d(e));
		stack.push(e);
	}
	return self;
}

/** The outermost complete events (tasks) lasting `ms` or more, each with what nests in it. */
export function longTasks(events: readonly TraceEvent[], ms = 0): { task: TraceEvent; inside: TraceEvent[] }[] {
	const spans = events.filter((e) => e.ph === 'X' && e.dur !== undefined).sort((a, b) => a.ts - b.ts || b.dur! - a.dur!);
	const out: { task: TraceEvent; inside: TraceEvent[] }[] = [];
	let cur: { task: TraceEvent; inside: TraceEvent[] } | null = null;
	for (const e of spans) {
		if (cur && e.ts < cur.task.ts + cur.task.dur!) {
			cur.inside.push(e);
			continue;
		}
		cur = { task: e, inside: [e] };
		if (e.dur! >= ms * 1000) out.push(cur);
	}
	return out;
}
