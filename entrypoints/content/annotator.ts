/**
 * The annotator chunk's entry: everything a page gets once the gate says it
 * names the story (scope, detection, matcher, painter, cards). Built as an ES
 * module by wxt.config.ts and loaded by load-annotator.ts.
 */
export { startBackstory } from './controller.ts';
