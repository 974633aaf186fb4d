import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import type * as Tfjs from '@tensorflow/tfjs-core';
import type { Config, Human } from '@vladmandic/human';
import { invalidInput, LiaisonError } from '../../core/errors.ts';
import type { FaceTemplate } from './schema.ts';

/** An image as raw pixels: `width × height` pixels row by row, 4 bytes each (red, green, blue, alpha; alpha is ignored). */
export interface RgbaImage {
  width: number;
  height: number;
  data: Uint8Array | Uint8ClampedArray;
}

/** The engine id of the templates made by {@link extractFaceTemplate}. */
export const REFERENCE_FACE_ENGINE = 'liaison-reference-human';
/** Smallest image side accepted, and smallest detected face (box side, in pixels) described. */
export const MIN_IMAGE_SIDE = 64;
export const MIN_FACE_SIDE = 32;
/** Largest image side accepted. */
export const MAX_IMAGE_SIDE = 4096;
/** Detections below this confidence are not counted as faces. */
const MIN_FACE_CONFIDENCE = 0.5;
const DESCRIPTION_MODEL = 'faceres';

interface Engine {
  human: Human;
  tf: typeof Tfjs;
  engineVersion: string;
}

let engine: Promise<Engine> | null = null;
let queue: Promise<unknown> = Promise.resolve();

/**
 * A face template of the one face in an RGBA image, made by the reference
 * extractor: @vladmandic/human (BlazeFace detection, face mesh alignment,
 * the `faceres` description model: 1,024 dimensions) on TensorFlow.js's
 * WebAssembly backend, entirely offline with the weights shipped in the
 * package. **A reference for tests and demonstrations, not a certified
 * engine**: templates searched in earnest come from the agency's certified
 * engine, with its own engine id. Its templates carry engine
 * `liaison-reference-human` and engine version `<human version>/faceres`.
 *
 * The engine loads once per process, on first use (a second or so); calls
 * run one at a time. Throws `invalid_input` for an image that is malformed,
 * smaller than 64 × 64 pixels or larger than 4,096 on a side, shows no face,
 * shows a face smaller than 32 pixels, or shows more than one face: the
 * extractor refuses rather than guess which person is meant (crop the image
 * to the one face).
 *
 * @example
 * const template = await extractFaceTemplate({ width, height, data: rgba });
 * gallery.enrol('t-1', template);
 */
export async function extractFaceTemplate(image: RgbaImage): Promise<FaceTemplate> {
  checkImage(image);
  // Copied now: the caller may reuse its buffer while this call waits its turn.
  const { width, height, data } = image;
  const rgb = new Float32Array(width * height * 3);
  for (let p = 0, q = 0; p < rgb.length; p += 3, q += 4) {
    rgb[p] = data[q];
    rgb[p + 1] = data[q + 1];
    rgb[p + 2] = data[q + 2];
  }
  const run = queue.then(() => extract(rgb, width, height));
  queue = run.catch(() => undefined);
  return run;
}

async function extract(rgb: Float32Array, width: number, height: number): Promise<FaceTemplate> {
  const { human, tf, engineVersion } = await loadEngine();
  const input = tf.tensor4d(rgb, [1, height, width, 3], 'float32');
  let faces;
  try {
    const result = await human.detect(input);
    if (result.error) throw new LiaisonError('internal', `the reference face extractor failed: ${result.error}`);
    faces = result.face.filter((f) => f.boxScore >= MIN_FACE_CONFIDENCE);
  } finally {
    tf.dispose(input);
  }
  if (faces.length === 0) throw invalidInput('no face found in the image', [{ path: 'image', message: 'no face found' }]);
  if (faces.length > 1) {
    throw invalidInput(`${faces.length} faces found in the image; crop it to the one face to describe`, [{ path: 'image', message: `${faces.length} faces, not one` }]);
  }
  const [face] = faces;
  const side = Math.min(face.box[2], face.box[3]);
  if (side < MIN_FACE_SIDE) {
    throw invalidInput(`the face is too small to describe: ${Math.round(side)} pixels, at least ${MIN_FACE_SIDE}`, [{ path: 'image', message: 'face too small' }]);
  }
  const vector = face.embedding;
  if (!vector || vector.length === 0 || !vector.every(Number.isFinite)) throw new LiaisonError('internal', 'the reference face extractor gave no description of the face');
  return { engine: REFERENCE_FACE_ENGINE, engineVersion, vector: [...vector] };
}

function checkImage(image: RgbaImage): void {
  const { width, height, data } = image ?? {};
  const whole = (n: unknown) => typeof n === 'number' && Number.isInteger(n) && n > 0;
  if (!whole(width) || !whole(height)) throw invalidInput('image width and height must be positive whole numbers', [{ path: 'image.width', message: 'not a positive whole number' }]);
  if (!(data instanceof Uint8Array || data instanceof Uint8ClampedArray) || data.length !== width * height * 4) {
    throw invalidInput(`image data must hold width × height × 4 bytes (RGBA): ${width * height * 4}`, [{ path: 'image.data', message: 'not width × height × 4 bytes' }]);
  }
  if (width < MIN_IMAGE_SIDE || height < MIN_IMAGE_SIDE) {
    throw invalidInput(`image too small: ${width} × ${height} pixels, at least ${MIN_IMAGE_SIDE} × ${MIN_IMAGE_SIDE}`, [{ path: 'image', message: 'too small' }]);
  }
  if (width > MAX_IMAGE_SIDE || height > MAX_IMAGE_SIDE) {
    throw invalidInput(`image too large: ${width} × ${height} pixels, at most ${MAX_IMAGE_SIDE} on a side`, [{ path: 'image', message: 'too large' }]);
  }
}

function loadEngine(): Promise<Engine> {
  engine ??= createEngine().catch((error: unknown) => {
    engine = null;
    throw error;
  });
  return engine;
}

async function createEngine(): Promise<Engine> {
  const require = createRequire(import.meta.url);
  // The package's exports offer the tfjs-node build only; its Node + WebAssembly build sits beside it.
  const humanDir = dirname(require.resolve('@vladmandic/human'));
  const HumanClass = (require(join(humanDir, 'human.node-wasm.js')) as { Human: new (config?: Partial<Config>) => Human }).Human;
  const wasmDir = dirname(require.resolve('@tensorflow/tfjs-backend-wasm'));
  const modelsDir = join(humanDir, '..', 'models');
  const skip = { skipFrames: 0, skipTime: 0 };
  const human = new HumanClass({
    backend: 'wasm',
    wasmPath: wasmDir + '/',
    modelBasePath: pathToFileURL(modelsDir).href + '/',
    debug: false,
    cacheModels: false,
    // A still image, not a video: nothing is carried over from one call to the next.
    cacheSensitivity: 0,
    warmup: 'none',
    filter: { enabled: false },
    face: {
      enabled: true,
      detector: { ...skip, rotation: true, maxDetected: 8, minConfidence: 0.2, return: false },
      mesh: { enabled: true },
      iris: { enabled: false },
      description: { ...skip, enabled: true, modelPath: `${DESCRIPTION_MODEL}.json` },
      emotion: { enabled: false },
      antispoof: { enabled: false },
      liveness: { enabled: false },
      attention: { enabled: false },
      gear: { enabled: false },
    },
    body: { enabled: false },
    hand: { enabled: false },
    object: { enabled: false },
    gesture: { enabled: false },
    segmentation: { enabled: false },
  });
  const tf = human.tf as typeof Tfjs;
  registerFileLoader(tf);
  // One thread with SIMD: enough for a reference, and the threaded build would start workers of its own.
  tf.env().set('WASM_HAS_MULTITHREAD_SUPPORT', false);
  await human.init();
  if (tf.getBackend() !== 'wasm') throw new LiaisonError('internal', `the reference face extractor could not start TensorFlow.js's WebAssembly backend (got ${tf.getBackend()})`);
  await human.load();
  return { human, tf, engineVersion: `${human.version}/${DESCRIPTION_MODEL}` };
}

let fileLoaderRegistered = false;

/** Lets TensorFlow.js load graph models from file:// URLs (only tfjs-node does by itself). */
function registerFileLoader(tf: typeof Tfjs): void {
  if (fileLoaderRegistered) return;
  fileLoaderRegistered = true;
  // A router answers null for URLs it does not handle, though the type says otherwise.
  const router = (url: string | string[]): Tfjs.io.IOHandler | null => {
    if (typeof url !== 'string' || !url.startsWith('file://')) return null;
    const path = fileURLToPath(url);
    return {
      load: async () => {
        const json = JSON.parse(await readFile(path, 'utf8')) as Tfjs.io.ModelJSON;
        return tf.io.getModelArtifactsForJSON(json, async (manifest) => {
          const specs = manifest.flatMap((group) => group.weights);
          const files = await Promise.all(manifest.flatMap((group) => group.paths).map((p) => readFile(join(dirname(path), p))));
          const all = Buffer.concat(files);
          return [specs, all.buffer.slice(all.byteOffset, all.byteOffset + all.byteLength)];
        });
      },
    };
  };
  tf.io.registerLoadRouter(router as Parameters<typeof tf.io.registerLoadRouter>[0]);
}
