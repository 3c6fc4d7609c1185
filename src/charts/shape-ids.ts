import type { ChartOption } from './echarts-option-type';

/** The option's top-level components that a new view may add, drop or reshape. */
export const REPLACED_COMPONENTS = [
  'series',
  'xAxis',
  'yAxis',
  'grid',
  'legend',
  'title',
  'graphic',
] as const;

type Plain = Record<string, unknown>;

function isPlainObject(value: unknown): value is Plain {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/**
 * The keys of an option object, nested, with the values that change what is drawn rather
 * than how much (`type`). Arrays are left out: ECharts replaces them whole on a merge.
 */
function shapeOf(value: Plain): string {
  const parts: string[] = [];
  for (const key of Object.keys(value).sort()) {
    if (key === 'id') continue;
    const child = value[key];
    if (key === 'type') parts.push(`type=${String(child)}`);
    else if (isPlainObject(child)) parts.push(`${key}{${shapeOf(child)}}`);
    else parts.push(key);
  }
  return parts.join(',');
}

/** A short, stable string for a shape (FNV-1a). */
function hashShape(shape: string): string {
  let hash = 0x811c9dc5;
  for (let i = 0; i < shape.length; i++) {
    hash ^= shape.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193);
  }
  return (hash >>> 0).toString(36);
}

function withShapeId(component: unknown, index: number): unknown {
  if (!isPlainObject(component)) return component;
  return { ...component, id: `${hashShape(shapeOf(component))}-${index}` };
}

/**
 * Gives each replaceable component an id made of its shape (its keys, nested) and position.
 *
 * ECharts' `replaceMerge` keeps a component only when the new option names it by the same id;
 * without ids every update builds every component and view anew, re-creating the chart's
 * whole SVG. With these ids a component of the same shape is merged (every key it had is
 * set again, so nothing of the old view lingers) and its view is kept; a component whose shape
 * changed gets a new id and is replaced whole.
 */
export function withShapeIds(option: ChartOption): ChartOption {
  const out: Plain = { ...option };
  for (const key of REPLACED_COMPONENTS) {
    const value = out[key];
    if (value === undefined) continue;
    out[key] = Array.isArray(value) ? value.map(withShapeId) : withShapeId(value, 0);
  }
  return out as ChartOption;
}
