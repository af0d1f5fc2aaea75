/** Search links for a paper title on the sites researchers look papers up on. */
export function titleToFindLinks(title: string): { name: string; url: string }[] {
  const q = encodeURIComponent(title.replace(/\$/g, ''));
  return [
    { name: 'arXiv', url: `https://arxiv.org/search/?query=${q}&searchtype=title` },
    { name: 'Semantic Scholar', url: `https://www.semanticscholar.org/search?q=${q}` },
    { name: 'Google Scholar', url: `https://scholar.google.com/scholar?q=${encodeURIComponent(`"${title.replace(/\$/g, '')}"`)}` },
    { name: 'Hugging Face', url: `https://huggingface.co/papers?q=${q}` },
  ];
}

/** Search links for a reader's query (not a title: no quotes), for when the shelf holds nothing that matches. */
export function queryToFindLinks(query: string): { name: string; url: string }[] {
  const q = encodeURIComponent(query.replace(/\$/g, ''));
  return [
    { name: 'arXiv', url: `https://arxiv.org/search/?query=${q}&searchtype=all` },
    { name: 'Semantic Scholar', url: `https://www.semanticscholar.org/search?q=${q}` },
    { name: 'Google Scholar', url: `https://scholar.google.com/scholar?q=${q}` },
    { name: 'Hugging Face', url: `https://huggingface.co/papers?q=${q}` },
  ];
}
