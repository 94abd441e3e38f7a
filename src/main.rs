//! The wasm entry: starts the explainer's islands (see `ilrs_explainer::start`).

fn main() {
    #[cfg(feature = "hydrate")]
    ilrs_explainer::start::start();
}
