import type { Dataset, Metric } from '../../src/data/schema';

const PROVINCES = 31;

function shiftYear(date: string, years: number): string {
  return `${Number(date.slice(0, 4)) + years}${date.slice(4)}`;
}

/**
 * A dataset in the app's schema with about `size` figures: the article's figures repeated
 * for 31 provinces over as many years as needed, each with its own agency, as a stand-in for
 * a national collection of such reports.
 */
export function generateDataset(base: Dataset, size: number): Dataset {
  const metrics: Metric[] = [];
  const agencies = [...base.agencies];
  for (let copy = 0; metrics.length < size; copy++) {
    const province = copy % PROVINCES;
    const yearShift = -Math.floor(copy / PROVINCES);
    const agencyId = `province-${province}-police`;
    if (copy < PROVINCES) {
      agencies.push({
        id: agencyId,
        name: { zh: `第${province}省公安厅`, en: `Province ${province} police` },
      });
    }
    for (const m of base.metrics) {
      if (metrics.length >= size) break;
      metrics.push({
        ...m,
        id: `${m.id}-p${province}-y${-yearShift}`,
        value: m.value * (1 + province / 100),
        agencies: [agencyId, ...m.agencies],
        period: {
          ...m.period,
          start: m.period.start === null ? null : shiftYear(m.period.start, yearShift),
          end: shiftYear(m.period.end, yearShift),
        },
      });
    }
  }
  return { ...base, agencies, metrics };
}
