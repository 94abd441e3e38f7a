//! The wasm entry: only starts the app (see `ilrs_explainer::mount`).

fn main() {
    #[cfg(feature = "hydrate")]
    ilrs_explainer::mount::start();
}
