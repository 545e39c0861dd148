/** Content-script phases, visible in DevTools' Performance panel as backstory:* measures. */
export async function phase<T>(name: string, work: () => T | Promise<T>): Promise<T> {
  const start = performance.now();
  try {
    return await work();
  } finally {
    try {
      performance.measure(`backstory:${name}`, { start, end: performance.now() });
    } catch {
      // A page that replaced performance.measure must not break us.
    }
  }
}
