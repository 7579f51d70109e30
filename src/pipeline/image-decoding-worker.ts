// The worker of image-decoding.ts: decodes one image at a time with sharp and answers on the port it was given.
import { parentPort, type MessagePort } from 'node:worker_threads';

async function decodesWhole(bytes: Uint8Array): Promise<boolean> {
  // Loaded here, so that an install without sharp is an answer (an error) rather than a worker that never answers.
  const { default: sharp } = await import('sharp');
  // As Astro's image service reads it (every frame), but failing where Astro would fill the missing rows in: on
  // 'error', not only 'truncated', since libtiff reports a TIFF's cut strips as errors.
  const image = sharp(bytes, { failOn: 'error', pages: -1, limitInputPixels: false });
  try {
    // An SVG is parsed whole to read its size; the browser draws it, at whatever size it asks for.
    if ((await image.metadata()).format !== 'svg') await image.stats();
    return true;
  } catch {
    return false;
  }
}

interface Request {
  bytes: Uint8Array;
  /** Set to 1 once the answer is posted, which the gate waits on. */
  answered: Int32Array;
  reply: MessagePort;
}

parentPort!.on('message', ({ bytes, answered, reply }: Request) => {
  void decodesWhole(bytes)
    .catch((error: unknown) => error)
    .then((answer) => {
      reply.postMessage(answer);
      reply.close();
      Atomics.store(answered, 0, 1);
      Atomics.notify(answered, 0);
    });
});
