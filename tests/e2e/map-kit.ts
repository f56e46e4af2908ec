import { expect, type Locator, type Page } from '@playwright/test';

/**
 * The marker of one place on the map. Where the view merges it with its
 * neighbours into a cluster (Pyongyang and Vladivostok, seen from the whole
 * story), the cluster is opened first, by a click or a tap as a reader would.
 */
export async function placeMarker(page: Page, name: string, { tap = false } = {}): Promise<Locator> {
	const map = page.locator('[data-view="map"]');
	const own = map.locator(`.leaflet-marker-icon:not([data-place-kind="cluster"])[aria-label*="${name}"]`).first();
	const cluster = map.locator(`.leaflet-marker-icon[data-place-kind="cluster"][aria-label*="${name}"]`).first();
	await expect(own.or(cluster).first()).toBeVisible();
	// A cluster may hold a smaller one: open until the place stands alone.
	for (let i = 0; i < 4 && (await own.count()) === 0; i++) {
		await cluster.scrollIntoViewIfNeeded();
		if (tap) await cluster.tap();
		else await cluster.click();
		await expect(own.or(cluster).first()).toBeVisible();
		await expect(cluster).toHaveCount(0, { timeout: 2000 }).catch(() => {});
	}
	await expect(own).toBeVisible();
	return own;
}
