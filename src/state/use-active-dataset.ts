import { useCallback, useMemo, useState } from 'react';
import articleText from '../../data/article.zh.txt?raw';
import articleDataset from 'virtual:article-dataset';
import type { Dataset } from '@/data/schema';
import { vocabularyOf } from './filter-state';

export type DatasetOrigin = { kind: 'article' } | { kind: 'file'; fileName: string };

export interface ActiveDataset {
  dataset: Dataset;
  /** The full article, for showing a quote in its paragraph; absent for a user's file. */
  articleText: string | null;
  origin: DatasetOrigin;
}

const ARTICLE: ActiveDataset = {
  dataset: articleDataset,
  articleText,
  origin: { kind: 'article' },
};

/**
 * The dataset on screen: the article's, or one the reader opened. Replaced only as a whole,
 * and only with a dataset that passed validation, so a bad file never half-applies.
 */
export function useActiveDataset() {
  const [active, setActive] = useState<ActiveDataset>(ARTICLE);
  const vocabulary = useMemo(() => vocabularyOf(active.dataset), [active.dataset]);
  const openDataset = useCallback((dataset: Dataset, fileName: string) => {
    setActive({ dataset, articleText: null, origin: { kind: 'file', fileName } });
  }, []);
  const resetDataset = useCallback(() => setActive(ARTICLE), []);
  return { ...active, vocabulary, openDataset, resetDataset };
}
