/**
 * Whether the browser is walking the history (back/forward) right now.
 * A selection restored by back/forward comes without a navigation when its
 * entry was written by shallow routing; the map must then show the view
 * that entry remembers rather than fit the selection as after a click.
 *
 * The flag is raised by a capturing `popstate` listener, which runs before
 * SvelteKit's own (it listens without capture) and so before the effects
 * that SvelteKit's update of the page schedules; it falls at the end of the
 * task, after those effects have run.
 */
export class HistoryWalks {
	walking = false;
	#timer: ReturnType<typeof setTimeout> | undefined;

	/** Starts listening; returns the function that stops. */
	watch(target: Pick<Window, 'addEventListener' | 'removeEventListener'> = window): () => void {
		const onpop = () => {
			this.walking = true;
			clearTimeout(this.#timer);
			this.#timer = setTimeout(() => (this.walking = false));
		};
		target.addEventListener('popstate', onpop, { capture: true });
		return () => {
			target.removeEventListener('popstate', onpop, { capture: true });
			clearTimeout(this.#timer);
			this.walking = false;
		};
	}
}
