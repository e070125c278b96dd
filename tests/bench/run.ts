// `npm run bench`: prints every speed and size figure of the product in one table.
import { benchCore } from './coreBench.ts';
import { benchReceiver } from './receiverBench.ts';
import { benchBrowser } from './browserBench.ts';
import { benchServerRender } from './serverRenderBench.ts';
import { benchWebhooks } from './webhookBench.ts';

interface Figure {
  name: string;
  value: number;
  unit: string;
  target?: string;
}

const sections: Array<[string, () => Promise<Figure[]>]> = [
  ['core (matching, catalog parsing)', benchCore],
  ['widget in Chromium (bundle, first paint, long tasks, layout shift)', benchBrowser],
  [
    'server-rendered embed (static floor vs server-rendered vs script-only, interleaved; renderEmbed in Node)',
    benchServerRender,
  ],
  ['reference receiver (loopback)', benchReceiver],
  ['forwarding leads to a CRM by webhook (loopback)', benchWebhooks],
];

function format(value: number): string {
  return Number.isInteger(value) ? value.toLocaleString('en-US') : value.toFixed(3);
}

let failed = false;
for (const [title, run] of sections) {
  console.log(`\n## ${title}`);
  try {
    for (const figure of await run()) {
      const target = figure.target ? `  (target ${figure.target})` : '';
      console.log(`  ${figure.name.padEnd(72)} ${format(figure.value).padStart(12)} ${figure.unit}${target}`);
    }
  } catch (error) {
    failed = true;
    console.error(`  could not measure: ${error instanceof Error ? error.message : String(error)}`);
  }
}
process.exitCode = failed ? 1 : 0;
