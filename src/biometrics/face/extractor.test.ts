import { describe, expect, it } from 'vitest';
import { LiaisonError } from '../../core/errors.ts';
import { extractFaceTemplate, REFERENCE_FACE_ENGINE, type RgbaImage } from './extractor.ts';
import { FaceGallery } from './gallery.ts';
import { renderSyntheticFaces } from './synthetic-face-image.ts';

async function errorOf(promise: Promise<unknown>): Promise<LiaisonError> {
  try {
    await promise;
  } catch (error) {
    expect(error).toBeInstanceOf(LiaisonError);
    return error as LiaisonError;
  }
  throw new Error('no error');
}

const oneFace = () => renderSyntheticFaces({ width: 256, height: 256, faces: [{ x: 128, y: 133, size: 256 }] });

describe('the reference face extractor, input checks', () => {
  it('refuses images that are too small, too large or malformed before loading anything', async () => {
    const small = await errorOf(extractFaceTemplate({ width: 48, height: 200, data: new Uint8Array(48 * 200 * 4) }));
    expect(small.code).toBe('invalid_input');
    expect(small.message).toBe('image too small: 48 × 200 pixels, at least 64 × 64');
    expect((await errorOf(extractFaceTemplate({ width: 5000, height: 64, data: new Uint8Array(5000 * 64 * 4) }))).message).toMatch(/too large/);
    expect((await errorOf(extractFaceTemplate({ width: 100, height: 100, data: new Uint8Array(100) }))).issues[0].path).toBe('image.data');
    expect((await errorOf(extractFaceTemplate({ width: 0, height: 100, data: new Uint8Array(0) }))).issues[0].path).toBe('image.width');
  });
});

describe('the reference face extractor (@vladmandic/human on the WASM backend)', () => {
  it('reports no face in an image without one', async () => {
    const data = new Uint8ClampedArray(160 * 120 * 4);
    for (let i = 0; i < data.length; i += 4) data.set([(i / 4) % 160, 90, 200 - ((i / 4) % 120), 255], i);
    const error = await errorOf(extractFaceTemplate({ width: 160, height: 120, data }));
    expect(error.code).toBe('invalid_input');
    expect(error.message).toBe('no face found in the image');
  });

  it('describes a drawn face with a 1,024-dimensional template, the same every time', async () => {
    const first = await extractFaceTemplate(oneFace());
    expect(first.engine).toBe(REFERENCE_FACE_ENGINE);
    expect(first.engineVersion).toMatch(/^\d+\.\d+\.\d+\/faceres$/);
    expect(first.vector).toHaveLength(1024);
    expect(first.vector.every(Number.isFinite)).toBe(true);
    const second = await extractFaceTemplate(oneFace());
    expect(second).toEqual(first);
    const gallery = new FaceGallery();
    gallery.enrol('drawn', first);
    expect(gallery.search(second, 1)).toEqual([{ id: 'drawn', similarity: expect.closeTo(1, 5) }]);
  });

  it('refuses an image with more than one face, and a face too small to describe', async () => {
    const two: RgbaImage = renderSyntheticFaces({
      width: 512,
      height: 256,
      faces: [
        { x: 128, y: 133, size: 230 },
        { x: 384, y: 133, size: 230, skin: [150, 100, 80], hair: [20, 20, 20] },
      ],
    });
    expect((await errorOf(extractFaceTemplate(two))).message).toBe('2 faces found in the image; crop it to the one face to describe');
    const tiny = renderSyntheticFaces({ width: 256, height: 256, faces: [{ x: 128, y: 128, size: 40 }] });
    expect((await errorOf(extractFaceTemplate(tiny))).message).toMatch(/^the face is too small to describe/);
  });
});
