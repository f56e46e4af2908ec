/**
 * node tests/eval/heldout-6/source/build.mjs
 * Writes the gold files of tests/eval/heldout-6 from the marked-up
 * articles here (the markup is described in ../../gold-source.mjs).
 */
import { dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildGoldSet } from '../../gold-source.mjs';
import { POINTS } from './points.mjs';

buildGoldSet(dirname(fileURLToPath(import.meta.url)), POINTS);
