import agencies from '../../data/agencies.json';
import events from '../../data/events.json';
import metrics from '../../data/metrics.json';
import source from '../../data/sources.json';
import { parseDatasetOrThrow } from './load-dataset';

/** The article's figures, validated once when the module loads. */
export const articleDataset = parseDatasetOrThrow({ source, agencies, metrics, events });
