// Brotli as the build serves it: Google's brotli from Node's zlib at its highest quality, with a
// 16 MB window, so the precompressed copies (precompress.mjs) and the figures that weigh them
// (tests/bench/weight.mjs) compress alike.
import zlib from 'node:zlib';

const { constants: C } = zlib;

/** `bytes` (a Buffer) compressed as the built site's `.br` files are. */
export const brotli = (bytes) =>
  zlib.brotliCompressSync(bytes, {
    params: { [C.BROTLI_PARAM_QUALITY]: C.BROTLI_MAX_QUALITY, [C.BROTLI_PARAM_LGWIN]: 24, [C.BROTLI_PARAM_SIZE_HINT]: bytes.length },
  });
