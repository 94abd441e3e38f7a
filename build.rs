//! Validates `data/` and bakes it into `$OUT_DIR/dataset.rs`. A bad dataset stops the build with
//! every problem listed by file, line, record and field.

#[path = "src/model/mod.rs"]
#[allow(dead_code, unused_imports)]
mod model;

#[path = "build/mod.rs"]
mod dataset;

use std::path::Path;

fn main() {
    // The wasm's chunks (src/chunk.rs): split points exist only in a release build with the
    // `split` feature, the one scripts/split-wasm.mjs splits. `cfg(chunks)` names that condition.
    println!("cargo::rustc-check-cfg=cfg(chunks)");
    if std::env::var_os("CARGO_FEATURE_SPLIT").is_some()
        && std::env::var_os("CARGO_CFG_DEBUG_ASSERTIONS").is_none()
    {
        println!("cargo::rustc-cfg=chunks");
    }
    println!("cargo::rerun-if-changed=data");
    println!("cargo::rerun-if-changed=build");
    println!("cargo::rerun-if-changed=src/model");
    // The articles the data is drawn from, beside the project: the copying rule reads them.
    let articles = Path::new("../shared/articles");
    println!("cargo::rerun-if-changed=../shared/articles");
    let data = match dataset::load_checked(&[Path::new("data")], articles) {
        Ok(loaded) => {
            if !loaded.copying_checked {
                println!(
                    "cargo::warning={} is not there: the data's own words were not checked against the articles",
                    articles.display()
                );
            }
            loaded.data
        }
        Err(errors) => {
            for error in &errors {
                println!("cargo::error={error}");
            }
            eprintln!(
                "data/ has {} problem(s); the build stops here.",
                errors.len()
            );
            std::process::exit(1);
        }
    };
    let out = Path::new(&std::env::var("OUT_DIR").expect("cargo sets OUT_DIR")).join("dataset.rs");
    std::fs::write(&out, dataset::bake::rust_source(&data)).expect("OUT_DIR is writable");
}
