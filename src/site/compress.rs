//! Precompressed copies (`.br`, `.gz`) beside each built file, for static hosts that serve them.

use std::io::Write;
use std::path::{Path, PathBuf};

/// The kinds of file worth compressing; images and fonts are compressed already.
const COMPRESSIBLE: [&str; 9] = [
    "html", "js", "wasm", "css", "json", "csv", "svg", "txt", "xml",
];

/// Writes `name.br` and `name.gz` beside every compressible file under `dir`; returns the files
/// compressed.
pub fn precompress_dir(dir: &Path) -> std::io::Result<Vec<PathBuf>> {
    let mut done = Vec::new();
    for path in files_under(dir)? {
        let compressible = path
            .extension()
            .and_then(|e| e.to_str())
            .is_some_and(|e| COMPRESSIBLE.contains(&e));
        if compressible {
            let bytes = std::fs::read(&path)?;
            std::fs::write(with_suffix(&path, "br"), brotli(&bytes)?)?;
            std::fs::write(with_suffix(&path, "gz"), gzip(&bytes)?)?;
            done.push(path);
        }
    }
    Ok(done)
}

pub fn brotli(bytes: &[u8]) -> std::io::Result<Vec<u8>> {
    let mut out = Vec::new();
    {
        let mut writer = brotli::CompressorWriter::new(&mut out, 4096, 11, 22);
        writer.write_all(bytes)?;
    }
    Ok(out)
}

pub fn gzip(bytes: &[u8]) -> std::io::Result<Vec<u8>> {
    let mut encoder = flate2::write::GzEncoder::new(Vec::new(), flate2::Compression::best());
    encoder.write_all(bytes)?;
    encoder.finish()
}

fn with_suffix(path: &Path, suffix: &str) -> PathBuf {
    let mut name = path.as_os_str().to_owned();
    name.push(".");
    name.push(suffix);
    PathBuf::from(name)
}

fn files_under(dir: &Path) -> std::io::Result<Vec<PathBuf>> {
    let mut files = Vec::new();
    let mut pending = vec![dir.to_path_buf()];
    while let Some(folder) = pending.pop() {
        for entry in std::fs::read_dir(&folder)? {
            let path = entry?.path();
            if path.is_dir() {
                pending.push(path);
            } else {
                files.push(path);
            }
        }
    }
    files.sort();
    Ok(files)
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::io::Read;

    #[test]
    fn compressed_copies_decompress_to_the_original() {
        let text = "The Moon, the Moon, the Moon. ".repeat(200);
        let br = brotli(text.as_bytes()).unwrap();
        let mut back = String::new();
        ::brotli::Decompressor::new(&br[..], 4096)
            .read_to_string(&mut back)
            .unwrap();
        assert_eq!(back, text);
        assert!(br.len() < text.len() / 10);

        let gz = gzip(text.as_bytes()).unwrap();
        let mut back = String::new();
        flate2::read::GzDecoder::new(&gz[..])
            .read_to_string(&mut back)
            .unwrap();
        assert_eq!(back, text);
    }
}
