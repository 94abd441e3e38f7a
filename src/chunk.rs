//! Code the page fetches only when it needs it. A function marked with
//! `#[cfg_attr(chunks, leptos::wasm_split::wasm_split(name, …))]` is, in a release build with the
//! `split` feature (Trunk's, see index.html; build.rs sets `cfg(chunks)` for it), cut into a
//! chunk of its own by `scripts/split-wasm.mjs` (wasm-split-cli, after cargo); calling it fetches
//! the chunk first, once. Other builds (debug ones: the wasm tests, `trunk serve`; and release
//! wasm tests, such as the explorer's benchmark) are not split, and the same call runs the
//! function at once: nothing but the split step could provide a chunk. The chunks: the explorer
//! (fetched when a reader comes near it) and the host-frame protocol (only inside an iframe).
//!
//! A chunk function takes the island's [`Root`](crate::watch::Root) and returns at once if the
//! root was stopped while its code was on the way (an embed removed from its host page).
//!
//! The macro is Leptos's (`wasm_split_macros`); the run time it calls is this module's
//! (`wasm_split_path = crate::chunk`): wasm_split_helpers' own one, which lets threads share a
//! load and remembers it in a `Mutex` and an async once-cell, brought 2.2 KB of brotli into the
//! wasm the page loads. The wasm has one thread, and the loader in the glue already fetches each
//! chunk once and remembers it, so here a load is one call and one callback.

/// Runs `$call`, a call of a chunk function: in a split build, once its chunk has arrived, saying
/// in the console if it could not be fetched (the prerendered page goes on working without it);
/// in any other build, at once.
macro_rules! run_chunk {
    ($what:literal, $call:expr) => {
        $crate::chunk::run_chunk!($what, $call, || {})
    };
    // `$failed` runs where the chunk did not load, to leave the page whole without it.
    ($what:literal, $call:expr, $failed:expr) => {{
        #[cfg(chunks)]
        {
            let failed = $failed;
            leptos::task::spawn_local(async move {
                if let Err(e) = $call.await {
                    leptos::logging::warn!(
                        "ILRS explainer: the code for {} did not load ({e})",
                        $what
                    );
                    failed();
                }
            });
        }
        #[cfg(not(chunks))]
        let _ = ($call, $failed);
    }};
}

pub(crate) use run_chunk;

/// A chunk that could not be fetched or started: the loader in the glue says why in the console.
#[derive(Debug)]
pub struct SplitLoaderError;

impl std::fmt::Display for SplitLoaderError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("its chunk did not arrive")
    }
}

/// What `wasm_split`'s generated code calls (the names are the macro's).
pub mod rt {
    use std::cell::Cell;
    use std::ffi::c_void;
    use std::pin::Pin;
    use std::rc::Rc;
    use std::task::{Poll, Waker};

    use super::SplitLoaderError;

    /// Called by the loader once a load is over, with the data it was given and whether the
    /// chunk runs.
    pub type LoadCallbackFn = unsafe extern "C" fn(*const c_void, bool);
    /// The loader's entry for one chunk (an import the split step links to the glue's loader).
    pub type LoadFn = unsafe extern "C" fn(LoadCallbackFn, *const c_void);

    /// One chunk's loader, as the generated code keeps it in a static.
    pub struct LazySplitLoader {
        load: LoadFn,
    }

    impl LazySplitLoader {
        /// # Safety
        /// Each call of `load` calls the callback it is given exactly once (never twice: the
        /// data is freed then), with the data it is given. The loader wasm-split-cli writes does,
        /// in a `finally`, after the fetch.
        pub const unsafe fn new(load: LoadFn) -> Self {
            LazySplitLoader { load }
        }
    }

    /// A load under way: its outcome once the loader calls back, and the task waiting for it.
    #[derive(Default)]
    struct Load {
        outcome: Cell<Option<bool>>,
        waiting: Cell<Option<Waker>>,
    }

    unsafe extern "C" fn loaded(data: *const c_void, ok: bool) {
        // SAFETY: `data` is the `Rc<Load>` that `ensure_loaded` handed to this one call.
        let load = unsafe { Rc::from_raw(data.cast::<Load>()) };
        load.outcome.set(Some(ok));
        if let Some(waker) = load.waiting.take() {
            waker.wake();
        }
    }

    /// Fetches and starts the chunk, or finds it started already (the loader keeps what it
    /// fetched); `Err` if it could not.
    pub async fn ensure_loaded(loader: Pin<&LazySplitLoader>) -> Result<(), SplitLoaderError> {
        let load = Rc::new(Load::default());
        let data = Rc::into_raw(load.clone()).cast::<c_void>();
        // SAFETY: `LazySplitLoader::new`'s contract: `loaded` is called once, with `data`.
        unsafe { (loader.load)(loaded, data) };
        std::future::poll_fn(|cx| match load.outcome.get() {
            Some(true) => Poll::Ready(Ok(())),
            Some(false) => Poll::Ready(Err(SplitLoaderError)),
            None => {
                load.waiting.set(Some(cx.waker().clone()));
                Poll::Pending
            }
        })
        .await
    }
}
