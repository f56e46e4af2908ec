// PLACEHOLDER, replaced by the places stage: the in-memory gazetteer type.
export interface Gazetteer {
	readonly size: number;
}
