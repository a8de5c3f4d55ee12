import { loadLazyImages, scrollForScreenshot } from './load-lazy-images';
import { listPageImages } from './page-images';

/*
 * Injected on demand into every frame of the tab the person clicked "Find my images on this page"
 * on (activeTab). It returns the page's images' hashes and places; it never sees the person's
 * own hashes, which stay in the worker.
 */
const root = document.scrollingElement ?? document.documentElement;
const original = { top: root.scrollTop, left: root.scrollLeft };

Object.assign(globalThis, {
  __preserveFindImages: async () => {
    await loadLazyImages();
    return listPageImages();
  },
  __preserveFindImagesScroll: (top: number | null) => scrollForScreenshot(top, original),
});
