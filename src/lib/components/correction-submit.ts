/**
 * How the correction forms behave with JavaScript (they also work without):
 * the form's result lands in `page.form` as it would after a full post, the
 * page's data is reloaded on success and on a conflict (to show what the
 * other person changed), and what was typed is never reset on a failure.
 */
import type { SubmitFunction } from '@sveltejs/kit';
import { applyAction } from '$app/forms';
import { invalidateAll } from '$app/navigation';
import type { CorrectionFormResult } from '$lib/corrections/form';

export function correctionSubmit(onDone?: (result: CorrectionFormResult) => void): SubmitFunction {
	return () =>
		async ({ result, update }) => {
			if (result.type === 'failure') {
				if (result.status === 409) {
					// Reload first (the other person's changes, the new version), then
					// show the conflict: a reload alone would clear page.form.
					await invalidateAll();
					await applyAction(result);
				} else {
					await update({ reset: false, invalidateAll: false });
				}
				return;
			}
			await update({ reset: false });
			if (result.type === 'success' && result.data) onDone?.(result.data as unknown as CorrectionFormResult);
		};
}
