import * as assert from 'node:assert/strict';
import { describeSizes, sizeDistribution, sizeTable } from '../../../bench/corpus/sizeDistribution';

describe('bench: size distribution of lesson files', () => {
  it('gives the percentiles by nearest rank and the median halfway between the middle two', () => {
    const sizes = [1000, 100, 900, 200, 800, 300, 700, 400, 600, 500];
    assert.deepEqual(sizeDistribution(sizes), {
      files: 10,
      totalBytes: 5500,
      min: 100,
      p10: 100,
      p25: 300,
      median: 550,
      p75: 800,
      p90: 900,
      p95: 1000,
      max: 1000,
      over3kShare: 0,
    });
  });

  it('counts the share of files of 3 KB (3,072 bytes) or more', () => {
    assert.equal(sizeDistribution([3071, 3072, 5000, 1000])?.over3kShare, 0.5);
  });

  it('has no distribution for no files', () => {
    assert.equal(sizeDistribution([]), undefined);
  });

  it('copes with a corpus too large to spread into Math.min', () => {
    const sizes = Array.from({ length: 300_000 }, (_, index) => 400 + (index % 4000));
    const distribution = sizeDistribution(sizes);
    assert.equal(distribution?.min, 400);
    assert.equal(distribution?.max, 4399);
  });

  it('describes a distribution on one line and as a Markdown table', () => {
    const distribution = sizeDistribution([1200, 1500, 3500])!;
    assert.equal(
      describeSizes(distribution),
      '3 files, median 1,500 B (min 1,200, p10 1,200, p25 1,200, p75 3,500, p90 3,500, p95 3,500, max 3,500), 33.3% ≥ 3 KB',
    );
    const table = sizeTable([{ name: 'examples/', sizes: distribution }]);
    assert.equal(table[0], '| Corpus | Files | min | p10 | p25 | median | p75 | p90 | p95 | max | ≥ 3 KB |');
    assert.equal(table[2], '| examples/ | 3 | 1,200 | 1,200 | 1,200 | 1,500 | 3,500 | 3,500 | 3,500 | 3,500 | 33.3% |');
  });
});
