/**
 * How the correction forms behave with JavaScript (they also work without):
 * the form's result lands in `page.form` as it would after a full post, the
 * page's data is reloaded on success and on a conflict (to show what the
 * other person changed), and what was typed is never reset on a failure.
 */
import type { SubmitFunction } from '@sveltejs/kit';
import { invalidateAll } from '$app/navigation';
import type { CorrectionFormResult } from '$lib/corrections/form';

export function correctionSubmit(onDone?: (result: CorrectionFormResult) => void): SubmitFunction {
	return () =>
		async ({ result, update }) => {
			if (result.type === 'failure') {
				await update({ reset: false, invalidateAll: false });
				if (result.status === 409) await invalidateAll();
				return;
			}
			await update({ reset: false });
			if (result.type === 'success' && result.data) onDone?.(result.data as unknown as CorrectionFormResult);
		};
}
