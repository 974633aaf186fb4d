// Runs only the exchange benchmark: npx tsx bench/exchange-run.ts [seconds] [concurrency]
import { benchExchange } from './exchange.ts';

const result = await benchExchange({ seconds: Number(process.argv[2] ?? 15), concurrency: Number(process.argv[3] ?? 32), fanOut: 10, log: (l) => process.stderr.write(l + '\n') });
process.stdout.write(JSON.stringify(result, null, 2) + '\n');
