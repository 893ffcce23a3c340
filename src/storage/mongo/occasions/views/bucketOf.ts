/** A stable bucket in [0, buckets) for an id (the same in every process and version). */
export function bucketOf(id: string, buckets: number): number {
  let hash = 0;
  for (let i = 0; i < id.length; i += 1) hash = (hash * 31 + id.charCodeAt(i)) | 0;
  return Math.abs(hash) % buckets;
}
