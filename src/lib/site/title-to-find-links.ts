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
