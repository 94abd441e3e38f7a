//! Validates `data/` and bakes it into `$OUT_DIR/dataset.rs`. A bad dataset stops the build with
//! every problem listed by file, line, record and field.

#[path = "src/model/mod.rs"]
#[allow(dead_code, unused_imports)]
mod model;

#[path = "build/mod.rs"]
mod dataset;

use std::path::Path;

fn main() {
    println!("cargo::rerun-if-changed=data");
    println!("cargo::rerun-if-changed=build");
    println!("cargo::rerun-if-changed=src/model");
    let data = match dataset::load_dirs(&[Path::new("data")]) {
        Ok(data) => data,
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
