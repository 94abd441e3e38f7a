// The names a wasm module's imports and exports go by, read and rewritten in its binary.
//
// wasm-bindgen names each import after the function it binds plus a 16-digit hash
// (`__wbg_setAttribute_1a2b…`), and each closure adapter it exports after a mangled path plus a
// hash. The names are written twice, in the wasm and in the glue, and the hashes do not
// compress: about 3.8 KB of brotli of the 75 KB the two ship. Nothing but the glue reads them,
// so shrink-wasm.mjs gives them short names in both. Only the import and export sections change;
// every other byte is copied as it is.

/** An unsigned LEB128 number at `at`: its value and the offset after it. */
function readU32(bytes, at) {
  let value = 0;
  let shift = 0;
  let byte;
  do {
    if (at >= bytes.length) throw new Error('a number runs past the end of the module');
    byte = bytes[at++];
    value |= (byte & 0x7f) << shift;
    shift += 7;
  } while (byte & 0x80);
  return [value >>> 0, at];
}

function writeU32(value) {
  const out = [];
  do {
    let byte = value & 0x7f;
    value >>>= 7;
    if (value !== 0) byte |= 0x80;
    out.push(byte);
  } while (value !== 0);
  return Buffer.from(out);
}

const writeName = (name) => {
  const bytes = Buffer.from(name, 'utf8');
  return Buffer.concat([writeU32(bytes.length), bytes]);
};

function readName(bytes, at) {
  const [length, start] = readU32(bytes, at);
  return [bytes.subarray(start, start + length).toString('utf8'), start + length];
}

/** The end of a limits field (a table's or a memory's) at `at`. */
function skipLimits(bytes, at) {
  const flags = bytes[at];
  let [, next] = readU32(bytes, at + 1);
  if (flags & 1) [, next] = readU32(bytes, next);
  return next;
}

/** The end of an import's description (after its kind byte at `at`). */
function skipImportDesc(bytes, at) {
  switch (bytes[at]) {
    case 0: // a function: its type index
      return readU32(bytes, at + 1)[1];
    case 1: // a table: its element type, then limits
      return skipLimits(bytes, at + 2);
    case 2: // a memory
      return skipLimits(bytes, at + 1);
    case 3: // a global: its value type and mutability
      return at + 3;
    case 4: // a tag: attribute and type index
      return readU32(bytes, at + 2)[1];
    default:
      throw new Error(`an import of unknown kind ${bytes[at]} at byte ${at}`);
  }
}

/**
 * A copy of `wasm` with import fields and export names renamed: `importName(module, field)` and
 * `exportName(name)` return the new name, or the same one to keep it.
 */
export function renameImportsAndExports(wasm, importName, exportName) {
  if (wasm.readUInt32LE(0) !== 0x6d736100) throw new Error('not a wasm module');
  const out = [wasm.subarray(0, 8)];
  let at = 8;
  while (at < wasm.length) {
    const id = wasm[at];
    const [size, start] = readU32(wasm, at + 1);
    const end = start + size;
    if (id !== 2 && id !== 7) {
      out.push(wasm.subarray(at, end));
      at = end;
      continue;
    }
    let [count, p] = readU32(wasm, start);
    const body = [writeU32(count)];
    for (let i = 0; i < count; i++) {
      if (id === 2) {
        const [module, afterModule] = readName(wasm, p);
        const [field, afterField] = readName(wasm, afterModule);
        const descEnd = skipImportDesc(wasm, afterField);
        body.push(writeName(module), writeName(importName(module, field)), wasm.subarray(afterField, descEnd));
        p = descEnd;
      } else {
        const [name, afterName] = readName(wasm, p);
        const descEnd = readU32(wasm, afterName + 1)[1];
        body.push(writeName(exportName(name)), wasm.subarray(afterName, descEnd));
        p = descEnd;
      }
    }
    if (p !== end) throw new Error(`section ${id} ends at byte ${p}, not ${end}`);
    const section = Buffer.concat(body);
    out.push(Buffer.from([id]), writeU32(section.length), section);
    at = end;
  }
  return Buffer.concat(out);
}

/** `count` short names that are valid JavaScript identifiers: a … z, A … Z, aa, ab, … */
export function shortNames(count) {
  const letters = 'abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ';
  return Array.from({ length: count }, (_, i) => {
    let name = '';
    for (let n = i; n >= 0; n = Math.floor(n / letters.length) - 1) {
      name = letters[n % letters.length] + name;
    }
    return name;
  });
}
