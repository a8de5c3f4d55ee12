/**
 * The export runs in an extension page that must never freeze for more than 200 ms, so long
 * loops call `maybeYield()` and give the event loop a turn once their budget is spent.
 */
export function createYielder(budgetMs = 50): { maybeYield(): Promise<void> } {
  let last = performance.now();
  return {
    async maybeYield() {
      if (performance.now() - last < budgetMs) return;
      await new Promise<void>((resolve) => setTimeout(resolve, 0));
      last = performance.now();
    },
  };
}
