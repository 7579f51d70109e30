import { prepareTarget } from './measure/bench-targets.ts';
import { measureDevEdit } from './measure/dev-edit.ts';
const size = process.argv[2] === 'aks' ? { size: 'aks' as const } : { size: Number(process.argv[2]), format: 'mdx' as const };
console.log(await measureDevEdit(prepareTarget(size), 4397));
