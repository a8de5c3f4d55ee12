import { loadLazyImages, scrollForScreenshot } from './load-lazy-images';
import { listPageImages } from './page-images';

/*
 * Injected on demand into every frame of the tab the person clicked "Find my images on this page"
 * on (activeTab). It returns the page's images' hashes and places; it never sees the person's
 * own hashes, which stay in the worker. Like the other injected scripts it only defines functions:
 * the worker imports this file's name, and must be able to do so where there is no page.
 */
let original = { top: 0, left: 0 };

Object.assign(globalThis, {
  __preserveFindImages: async () => {
    // Where the person was before any scrolling, for the screenshots to come back to.
    const root = document.scrollingElement ?? document.documentElement;
    original = { top: root.scrollTop, left: root.scrollLeft };
    await loadLazyImages();
    return listPageImages();
  },
  __preserveFindImagesScroll: (top: number | null) => scrollForScreenshot(top, original),
});
