import { MessageChannel, Worker, receiveMessageOnPort } from 'node:worker_threads';
import { processWide } from '../build-cache/process-wide.ts';

/** Longer than decoding any picture takes: past it, the worker is taken to have failed to start. */
const patienceMs = 60_000;

/** The process's one decoding worker (src/pipeline/image-decoding-worker.ts), which keeps no process alive. */
const decoder = () =>
  processWide('image-decoder', () => {
    const worker = new Worker(new URL('./image-decoding-worker.ts', import.meta.url));
    worker.unref();
    return worker;
  });

/**
 * Whether an image decodes whole with sharp, which Astro's image service uses: every pixel of every frame before
 * the file ends (an SVG: its XML to the end). Astro fills in what a truncated file lacks, and the page shows half
 * a picture. sharp decodes only asynchronously and the content gate is synchronous, so a worker decodes while the
 * gate waits.
 */
export function decodesWhole(bytes: Uint8Array): boolean {
  const answered = new Int32Array(new SharedArrayBuffer(4));
  const { port1: answer, port2: reply } = new MessageChannel();
  decoder().postMessage({ bytes, answered, reply }, [reply]);
  const waited = Atomics.wait(answered, 0, 0, patienceMs);
  const received = receiveMessageOnPort(answer);
  answer.close();
  if (waited === 'timed-out')
    throw new Error(
      `The image decoder (src/pipeline/image-decoding-worker.ts) gave no answer in ${patienceMs / 1000} s: ` +
        'it did not start, or a picture is too large to decode in that time.',
    );
  if (received!.message instanceof Error) throw received!.message;
  return received!.message as boolean;
}
