//! The wasm entry: starts the explainer's islands (see `ilrs_explainer::start`).

#[cfg(target_arch = "wasm32")]
#[global_allocator]
// SAFETY: the wasm is built without threads, so the allocator is never used from two at once.
static ALLOCATOR: lol_alloc::AssumeSingleThreaded<lol_alloc::FreeListAllocator> =
    unsafe { lol_alloc::AssumeSingleThreaded::new(lol_alloc::FreeListAllocator::new()) };

fn main() {
    #[cfg(feature = "hydrate")]
    ilrs_explainer::start::start();
}
