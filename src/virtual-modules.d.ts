declare module 'virtual:article-dataset' {
  const dataset: import('@/data/schema').Dataset;
  export default dataset;
}
